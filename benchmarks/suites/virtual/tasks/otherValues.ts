/**
 * Other-values variants of 24 virtual-suite tasks (12 single-app, 12
 * cross-app), for the retention benchmark: the same request in the same
 * words with other values (another contact, product, time, title, place...),
 * so a task learnt from the original must have its slots filled from the new
 * instruction to serve it. Not part of `loadVirtualSuite()`'s 76 tasks;
 * `loadRetentionSuite()` (../retention.ts) pairs them with their originals.
 *
 * Every value exists on the virtual phone for the task's seed (the world
 * data in drivers/virtual-android/src/world and the apps' seeded state), and
 * the original's reference replayed as it is fails the variant's predicate
 * (test/e2e/suite/otherValuesSoundness.test.ts).
 */
import { defineOtherValues, type OtherValuesSpec, type OtherValuesTask } from '../defineOtherValues.ts';
import { virtualTasks } from './index.ts';
import { singleAppOtherValues } from './otherValuesSingleApp.ts';
import { crossAppOtherValues } from './otherValuesCrossApp.ts';

const originals = new Map(virtualTasks.map((t) => [t.id, t]));

function variantOf(spec: OtherValuesSpec): OtherValuesTask {
  const original = originals.get(spec.of);
  if (!original) throw new Error(`otherValues.ts: no virtual-suite task "${spec.of}" to make a variant of`);
  return defineOtherValues(original, spec);
}

/** The 24 other-values variants, single-app first, each `<original id>__other`. */
export const otherValuesTasks: readonly OtherValuesTask[] = [...singleAppOtherValues, ...crossAppOtherValues].map(
  variantOf,
);
