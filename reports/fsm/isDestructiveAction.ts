/**
 * Whether a transition's action does something a person cannot take back or
 * that reaches other people: deleting, removing, discarding, resetting,
 * sending, paying, calling. The FSM view never proposes such a step in a
 * path it suggests: a path is advice on how to get somewhere, and nobody
 * asking for the way to Settings wants to delete an alarm on the way.
 *
 * Judged on the words of the element acted on (its label as seen, else the
 * static label in its signature), as whole words in any case.
 */

/** Verbs (and fixed phrases) of irreversible or outward actions. */
const DESTRUCTIVE_WORDS = [
  'delete',
  'remove',
  'discard',
  'erase',
  'clear',
  'reset',
  'wipe',
  'format',
  'uninstall',
  'trash',
  'empty trash',
  'send',
  'submit',
  'post',
  'publish',
  'pay',
  'buy',
  'purchase',
  'checkout',
  'check out',
  'place order',
  'order now',
  'transfer',
  'call',
  'dial',
  'block',
  'report',
  'unsubscribe',
  'sign out',
  'log out',
  'logout',
  'factory',
  'force stop',
];

const PATTERN = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${DESTRUCTIVE_WORDS.join('|')})(?=$|[^\\p{L}\\p{N}])`, 'iu');

/** Phrases with such a word that undo or leave rather than do: ending a call, cancelling a send. */
const WAY_OUT = /\b(?:end call|hang up|cancel|undo)\b/i;

/** True when `words` (an element's label, an action caption) name a destructive action. */
export function namesDestructiveAction(words: string): boolean {
  return PATTERN.test(words) && !WAY_OUT.test(words);
}
