/**
 * A learned task's steps as one replay takes them: a value entered on a
 * keypad (a step with `keys`) becomes one tap per key of this run's value
 * ("8", "2", ".", "4" where "6", "4", ".", "5" were learnt), each found on
 * screen by its label when its turn comes. A value that is not a number
 * cannot be keyed in: that step is the model's.
 */
import type { SkillSlot, SkillStep } from '../../fsm/index.ts';
import { keysFor } from './keypadEntry.ts';

type ActStep = Extract<SkillStep, { kind: 'act' }>;

/** A step of a replay: a learnt step, or one key of a keypad entry (`key`, the character it enters). */
export type ReplayStep = Exclude<SkillStep, { kind: 'act' }> | (ActStep & { key?: string });

export function expandKeys(
  steps: readonly SkillStep[],
  slots: readonly SkillSlot[],
  values: Readonly<Record<string, string>>,
): ReplayStep[] {
  return steps.flatMap((step): ReplayStep[] => {
    if (step.kind !== 'act' || !step.keys) return [step];
    const { keys, ...rest } = step;
    const value = values[keys.slot];
    const example = slots.find((s) => s.name === keys.slot)?.example ?? keys.typed;
    const typed = value === undefined ? undefined : keysFor(value, { typed: keys.typed, example });
    if (typed === undefined)
      return [{ ...rest, ask: `its value ${JSON.stringify(value ?? '')} is not a number to key in` }];
    // Every key is pressed on the keypad's screen; none is "already done" by the state alone (a keypad's
    // screen stays the same state whatever it shows).
    const { to: _to, ...key } = rest;
    return [...typed].map((c) => ({ ...key, action: { ...key.action, label: c }, key: c }));
  });
}
