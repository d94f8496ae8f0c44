/**
 * Learning a skill from a verified run: the instruction becomes a template
 * (its values used by the steps become slots), each completed subgoal keeps
 * its steps (typed values as slot placeholders, rows chosen by a value
 * marked so a replay can look for another), the facts it read and where,
 * and the screen it ended on; the answer keeps where it was read. A fact
 * that was not read off the screen (a model worked it out or put it
 * together) cannot be replayed: a step that types it is left to the model.
 */
import { createHash } from 'node:crypto';
import {
  IDENTITY_VERSION,
  type SkillBody,
  type SkillFactSource,
  type SkillStep,
  type SkillSubgoal,
} from '../../fsm/index.ts';
import { foldKeyRuns, keyedValues, keyOfStep } from './keypadEntry.ts';
import { namesInAddress } from './namesInAddress.ts';
import { textTemplate } from './textTemplate.ts';
import { abstractSlots, containsWords, makeTemplate, numberValues, sharedRuns } from './slots.ts';
import type { SkillSlot } from '../../fsm/index.ts';
import { withoutDetours } from './withoutDetours.ts';
import { workedOutValues } from './workedOutValues.ts';

export interface LearnedSubgoal {
  goal: string;
  /** Launcher label of the app the planner named, when it named one. */
  label?: string;
  /** Package the subgoal ended in. */
  app: string;
  steps: SkillStep[];
  end?: { state?: string; title?: string };
  /** Facts the executor reported that no element on screen showed. */
  unreadFacts: string[];
}

export interface LearnInput {
  instruction: string;
  subgoals: LearnedSubgoal[];
  answer?: { template: string; source: SkillFactSource };
  /** The run ended with an answer (whether or not where it was read is known). */
  answered?: boolean;
  /** The facts the run remembered, by name (to recognise a typed fact no element showed). */
  factValues?: Readonly<Record<string, string>>;
  /** The launcher's app names: a tapped icon is where the run went, not a value of the instruction. */
  appLabels?: readonly string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Values a step took from the instruction: a typed text's runs, a tapped
 * row's texts. An app's name (its launcher icon is a cell too) and the field
 * a text was typed into are where a value went, not values.
 */
function stepValues(step: SkillStep, instruction: string, apps: readonly string[]): string[] {
  if (step.kind !== 'act') return [];
  const a = step.action;
  const typed =
    a.text !== undefined
      ? [...sharedRuns(a.text.replace(/\{memory:[^}]+\}/g, ' '), instruction), ...numberValues(a.text, instruction)]
      : [];
  const tapped = a.kind === 'tap' || a.kind === 'long_press';
  const row = tapped
    ? (a.ref?.row?.fields ?? []).flatMap((f) => {
        const t = f.text.trim();
        const runs = sharedRuns(t, instruction);
        if (t.length > 1 && runs.join(' ') === t) return [t];
        // A name the instruction gives among a few other words of the row ("Alice" of "Alice Chen").
        return words(t) <= MAX_ROW_WORDS ? runs.filter((r) => /^\p{Lu}/u.test(r)) : [];
      })
    : [];
  // An option outside a list ("5 minutes" in a dialog) chosen because the instruction says it: a value too,
  // when it is more than one word or holds a number (a lone "Save" or "Send" names a button, not a value).
  const label = a.ref?.label ?? a.label ?? '';
  // A keypad key ("4") is a value only within its run of keys (keypadEntry).
  const option =
    tapped &&
    keyOfStep(step) === undefined &&
    !a.ref?.row &&
    (/\d/.test(label) || label.trim().includes(' ')) &&
    sharedRuns(label, instruction).join(' ') === label.trim()
      ? [label]
      : [];
  return [...typed, ...row, ...option].filter((v) => !apps.some((app) => same(app, v)));
}

/** The row field that shows a slot's value: the whole field, or among other words ("Oslo – Wikipedia"). */
function rowSlot(step: SkillStep, slots: readonly SkillSlot[]): RowMark | undefined {
  if (step.kind !== 'act' || (step.action.kind !== 'tap' && step.action.kind !== 'long_press')) return undefined;
  if (step.keys || keyOfStep(step) !== undefined) return undefined;
  const ref = step.action.ref;
  if (ref && !ref.row) {
    const slot = slots.find((sl) => same(sl.example, ref.label));
    return slot ? { slot: slot.name, text: ref.label } : undefined;
  }
  const fields = ref?.row?.fields ?? [];
  for (const f of fields) {
    const slot = slots.find((sl) => same(sl.example, f.text));
    if (slot) return { slot: slot.name, text: f.text };
  }
  for (const f of fields) {
    // A short text around the value (a name with a surname, a title with its site), not a message quoting it.
    const slot = slots.find(
      (sl) => containsWords(f.text, sl.example) && words(f.text) - words(sl.example) <= MAX_EXTRA_WORDS,
    );
    if (!slot) continue;
    // A text made of several values, or showing a number padded ("Wednesday, June 11", "07:15"): its template.
    const made = textTemplate(f.text, slots);
    const template = made.slots > 1 || /\{slot:s\d+:\d\}/.test(made.template) ? made.template : undefined;
    return { slot: slot.name, text: f.text, contains: true, ...(template ? { template } : {}) };
  }
  return undefined;
}

const MAX_EXTRA_WORDS = 3;
/** A row text this short may hold a name among other words (a full name, a title with its site). */
const MAX_ROW_WORDS = 5;
const words = (t: string) => t.trim().split(/\s+/).length;

type RowMark = { slot: string; text: string; contains?: boolean; template?: string };

function idOf(template: string, apps: string[]): string {
  return createHash('sha1')
    .update(`${template}\n${apps.join(',')}`)
    .digest('hex')
    .slice(0, 16);
}

export function learnSkill(input: LearnInput): SkillBody | undefined {
  const { instruction } = input;
  const acting = input.subgoals.filter((s) => s.steps.length > 0);
  if (acting.length === 0) return undefined;
  // Facts the model reported that no element showed (worked out, or put together from several): a step that
  // types one is the model's on replay; the rest of the task still replays.
  const unread = input.subgoals.flatMap((s) => s.unreadFacts);
  const unreadValues = unread.flatMap((name) => {
    const v = input.factValues?.[name];
    return v && v.trim().length > 2 ? [v.trim()] : [];
  });
  const needsModel = (text: string): boolean =>
    unread.some((name) => text.includes(`{memory:${name}}`)) ||
    unreadValues.some((v) => text.toLowerCase().includes(v.toLowerCase()));
  const apps = [...(input.appLabels ?? []), ...input.subgoals.flatMap((s) => (s.label ? [s.label] : []))];
  // A step typing a value read or worked out on the way: a look-up before it is part of the task.
  const needsLookUp = (step: SkillStep): boolean =>
    step.kind === 'act' &&
    step.action.text !== undefined &&
    (workedOutValues(step.action.text, instruction).length > 0 || needsModel(step.action.text));
  const learnt = input.subgoals.map((s, i) => ({
    ...s,
    steps: withoutDetours(s.steps, {
      needsLookUp,
      laterNeedsLookUp: input.subgoals.slice(i + 1).some((later) => later.steps.some(needsLookUp)),
    }),
  }));
  const values = learnt.flatMap((s) => [
    ...s.steps.flatMap((st) => stepValues(st, instruction, apps)),
    ...keyedValues(s.steps, instruction),
  ]);
  const { template, slots } = makeTemplate(instruction, [...values, ...namesInAddress(values, instruction)]);
  const withSlots = (text: string) => abstractSlots(text, slots);
  const slotOf = (value: string) => slots.find((sl) => sl.example === value)?.name;
  const keyed = learnt.map((s) => ({ ...s, steps: foldKeyRuns(s.steps, instruction, slotOf) }));
  const subgoals: SkillSubgoal[] = keyed.map((s) => ({
    app: s.app,
    ...(s.label ? { label: s.label } : {}),
    goal: withSlots(s.goal).replace(/\{slot:(s\d+)\}/g, '{$1}'),
    steps: s.steps.map((step): SkillStep => {
      if (step.kind !== 'act') return step;
      const text = step.action.text !== undefined ? withSlots(step.action.text) : undefined;
      const action = text !== undefined ? { ...step.action, text } : step.action;
      const row = rowSlot(step, slots);
      const worked = text !== undefined ? workedOutValues(text, instruction) : [];
      if (text !== undefined && worked.length === 0 && needsModel(step.action.text ?? '')) worked.push('(a fact)');
      return {
        ...step,
        action,
        ...(row ? { row } : {}),
        ...(worked.length > 0 ? { ask: 'its text needs a value this task must read or work out again' } : {}),
      };
    }),
    ...(s.end ? { end: s.end } : {}),
  }));
  return {
    id: idOf(
      template,
      input.subgoals.map((s) => s.app),
    ),
    template,
    slots,
    subgoals,
    // The answer's words may restate the instruction's values ("18% of $64.50 is {value}"): the new ones on replay.
    ...(input.answer ? { answer: { ...input.answer, template: withSlots(input.answer.template) } } : {}),
    ...(input.answered || input.answer ? { answered: true } : {}),
    identityVersion: IDENTITY_VERSION,
  };
}
