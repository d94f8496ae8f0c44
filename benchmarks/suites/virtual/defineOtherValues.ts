/**
 * How an other-values variant is written: the same kind of request as a
 * virtual-suite task with other values in it ("Text Emma Rossi the price of
 * Azul" where the suite asks for Catan and Bob Martinez), for the retention
 * benchmark (docs/benchmarks.md, "Retention tasks"). A task learnt once
 * should serve its variant with the slots filled from the new instruction.
 *
 * Everything that is not a value is taken from the original (apps,
 * category, difficulty, fault profile, start, seed), so the pair differs
 * only where the values do; the author gives the new wording, the value
 * pairs it was made with, and a success predicate and reference solution
 * for the new values.
 */
import type { Predicate } from '../../predicate/types.ts';
import type { ActionScript } from '../../types.ts';
import { defineTask, type VirtualCategory, type VirtualTask } from './defineTask.ts';
import type { AppLabel } from './packages.ts';

/** A variant's id is its original's id with this suffix: `x_catan_price_to_bob__other`. */
export const OTHER_VALUES_SUFFIX = '__other';

/** `[value in the original instruction, the value that replaces it]`. */
export type ValueSwap = readonly [original: string, other: string];

export interface OtherValuesSpec {
  /** Id of the virtual-suite task this variant repeats with other values. */
  of: string;
  /** The original instruction with every value of `values` replaced (checked by validateOtherValues). */
  instruction: string;
  /** Every value that changed, as it reads in the original instruction and in this one. */
  values: readonly ValueSwap[];
  /** Holds on the ground truth once the request is done for the new values (and fails on the fresh device). */
  success: Predicate;
  reference: ActionScript;
  /** Another seed than the original's, only when the new values need one; `seedNote` says why. */
  seed?: number;
  seedNote?: string;
}

export interface OtherValuesTask extends VirtualTask {
  /** The id of the suite task this one repeats with other values. */
  learnedFrom: string;
  values: readonly ValueSwap[];
  seedNote?: string;
}

export const otherValuesId = (originalId: string): string => `${originalId}${OTHER_VALUES_SUFFIX}`;

/** The variant of `original` described by `spec`: the original's setting, the spec's values. */
export function defineOtherValues(original: VirtualTask, spec: OtherValuesSpec): OtherValuesTask {
  if (spec.of !== original.id)
    throw new Error(`defineOtherValues: the spec is for "${spec.of}" but the original given is "${original.id}"`);
  const task = defineTask({
    id: otherValuesId(original.id),
    instruction: spec.instruction,
    apps: original.apps as AppLabel[],
    difficulty: original.difficulty ?? 1,
    category: original.category as VirtualCategory,
    success: spec.success,
    reference: spec.reference,
    seed: spec.seed ?? original.seed ?? 1,
    faultProfile: original.faultProfile,
    startInApp: original.launch.mode === 'app',
  });
  return {
    ...task,
    learnedFrom: original.id,
    values: spec.values,
    ...(spec.seedNote !== undefined ? { seedNote: spec.seedNote } : {}),
  };
}
