/**
 * Sensitive actions: the ones a user would want to be asked about when they
 * did not ask for them (send, pay or order, delete, reset, grant a
 * permission, share). Two questions, both from words: what does this button
 * do (its label), and did the task ask for that (its verbs).
 */
import { normalise } from '../offline/words.ts';

export const SENSITIVE_KINDS = ['send', 'pay', 'delete', 'reset', 'permission', 'share'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

/** What a control does, from its label (a button's words, in any app). */
const ACTION_LABELS: Record<SensitiveKind, RegExp> = {
  send: /^(send|send message|send sms|send mms|send email|submit)$|^send\b/,
  pay: /\b(place order|buy|buy now|pay|checkout|check out|purchase|confirm order|order now)\b/,
  delete: /\b(delete|trash|erase|uninstall|discard)\b|^clear (data|history|all|browsing)/,
  reset: /\b(reset|factory|wipe)\b/,
  permission: /^(allow|grant|while using the app|only this time|allow all)$/,
  share: /^share\b/,
};

/** The task's words that ask for each kind (a paraphrase uses one of these, whatever the wording around it). */
const TASK_VERBS: Record<SensitiveKind, RegExp> = {
  send: /\b(send|sends|sent|text|texts|sms|reply|respond|answer|message|messages|mail|email|e-mail|tell|ask|forward|let \w+ know|write (to|back)|invite|share|notify|contact)\b/,
  pay: /\b(buy|order|orders|purchase|pay|checkout|check out|get me)\b/,
  delete:
    /\b(delete|remove|trash|erase|clear|cancel|get rid|take \w+( \w+)? out|discard|empty|uninstall|throw away|wipe|bin)\b/,
  reset: /\b(reset|factory|wipe|erase|restore defaults)\b/,
  permission: /\b(allow|grant|permission|permissions|let \w+ (send|use|access))\b/,
  // Emailing or texting something from another app goes through its Share button.
  share: /\b(share|send|forward|post|email|e-mail|mail|text|message)\b/,
};

/** The kind of sensitive act a control with this label performs, if any. */
export function sensitiveKindOf(label: string): SensitiveKind | undefined {
  const text = normalise(label);
  if (!text) return undefined;
  return SENSITIVE_KINDS.find((k) => ACTION_LABELS[k].test(text));
}

/** Whether the task's own words ask for this kind of act. */
export function taskAsksFor(task: string, kind: SensitiveKind): boolean {
  return TASK_VERBS[kind].test(` ${normalise(task)} `);
}
