/**
 * Values entered key by key on a keypad (a calculator's digits, a dialer, a
 * PIN pad): a run of taps on single-key controls whose concatenation is a
 * number of the instruction ("6", "4", ".", "5" for "$64.50") is one value
 * of the task, not a fixed sequence. Learning folds such a run into one step
 * bound to a slot; a replay taps the new value's keys, each found on screen
 * by its label. Keys are known by their labels alone ("7", "2 ABC", "."),
 * never by an app's name or an element id.
 */
import type { SkillStep } from '../../fsm/index.ts';
import type { Screen } from '../../drivers/screen/types.ts';

type ActStep = Extract<SkillStep, { kind: 'act' }>;

/**
 * The character a key enters, read from its label: a digit, alone or before
 * the letters a dialer shows beside it ("2 ABC"), or a decimal point.
 */
export function keyChar(label: string | undefined): string | undefined {
  const t = (label ?? '').trim();
  if (t === '.' || t === ',') return t;
  return /^(\d)(?:[\s,]+\p{Lu}{3,4})?$/u.exec(t)?.[1];
}

/** A tap on a lone control (not a list row or grid cell) whose label is one key. */
export function keyOfStep(step: SkillStep): string | undefined {
  if (step.kind !== 'act' || step.action.kind !== 'tap' || step.row || step.keys) return undefined;
  const ref = step.action.ref;
  if (ref && ref.kind !== 'control') return undefined;
  return keyChar(ref?.label ?? step.action.label);
}

/** A run of key taps: steps `from`..`to` (inclusive) entered `typed`. */
export interface KeyRun {
  from: number;
  to: number;
  typed: string;
}

/** The maximal runs of consecutive key taps that enter a number. */
export function keyRuns(steps: readonly SkillStep[]): KeyRun[] {
  const runs: KeyRun[] = [];
  let start = -1;
  let typed = '';
  const close = (end: number) => {
    if (start >= 0 && /\d/.test(typed)) runs.push({ from: start, to: end, typed });
    start = -1;
    typed = '';
  };
  steps.forEach((step, i) => {
    const key = keyOfStep(step);
    if (key === undefined) return close(i - 1);
    if (start < 0) start = i;
    typed += key;
  });
  close(steps.length - 1);
  return runs;
}

const NUMBER =
  /(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?(?![\p{N}])/gu;

/** The number a text writes, without currency signs, spaces or thousands separators; undefined when it is not one. */
export function plainNumber(text: string): string | undefined {
  const t = text.trim().replace(/^[^\d.]+|[^\d.]+$/g, '');
  const plain = t.replace(/,(?=\d{3}(?:\D|$))/g, '');
  return /^\d+(?:\.\d+)?$|^\.\d+$/.test(plain) ? plain : undefined;
}

/**
 * The number of the instruction, as it writes it ("64.50", "1,250"), that keys
 * `typed` entered ("64.5"): equal in value. Undefined when none is.
 */
export function keyedValue(typed: string, instruction: string): string | undefined {
  const n = plainNumber(typed);
  if (n === undefined) return undefined;
  return [...instruction.matchAll(NUMBER)].map((m) => m[0]).find((w) => Number(plainNumber(w)) === Number(n));
}

/**
 * The keys to press for a slot's new value, written as the learnt run wrote
 * its example: as the instruction wrote it ("82.40") or as a plain number
 * ("82.4" where "64.5" was typed for "64.50"). Undefined when the value is
 * not a number.
 */
export function keysFor(value: string, learnt: { typed: string; example: string }): string | undefined {
  const plain = plainNumber(value);
  if (plain === undefined) return undefined;
  const asWritten = plainNumber(learnt.example) === learnt.typed;
  return asWritten ? plain : String(Number(plain));
}

/** Folds each run whose number is a slot's value into one step that enters that slot on the keypad. */
export function foldKeyRuns(
  steps: readonly SkillStep[],
  instruction: string,
  slotOf: (value: string) => string | undefined,
): SkillStep[] {
  const out: SkillStep[] = [];
  let next = 0;
  for (const run of keyRuns(steps)) {
    const value = keyedValue(run.typed, instruction);
    const slot = value === undefined ? undefined : slotOf(value);
    if (!slot) continue;
    out.push(...steps.slice(next, run.from));
    const first = steps[run.from] as ActStep;
    const last = steps[run.to] as ActStep;
    out.push({
      ...first,
      ...(last.to !== undefined ? { to: last.to } : {}),
      keys: { slot, typed: run.typed },
    });
    next = run.to + 1;
  }
  out.push(...steps.slice(next));
  return out;
}

/** The values of the instruction that key runs entered. */
export function keyedValues(steps: readonly SkillStep[], instruction: string): string[] {
  return keyRuns(steps).flatMap((r) => {
    const v = keyedValue(r.typed, instruction);
    return v === undefined ? [] : [v];
  });
}

/** The one actionable control on screen that enters `key` (by its label or text), if exactly one does. */
export function keyOnScreen(screen: Screen, key: string): string | undefined {
  const keys = screen.elements.filter(
    (e) => e.actionable && e.role !== 'input' && (keyChar(e.label) === key || keyChar(e.text) === key),
  );
  return keys.length === 1 ? keys[0]!.id : undefined;
}
