/**
 * MAPLE's own virtual suite: tasks over the virtual phone's apps, each with
 * a success predicate over the device's ground truth and a reference
 * solution run through the Device interface (docs/benchmarks.md, "The
 * virtual suite").
 */

export {
  defineTask,
  countActions,
  type VirtualTaskSpec,
  type VirtualTask,
  type VirtualCategory,
} from './defineTask.ts';
export { PKG, app, type AppLabel } from './packages.ts';
export { checkReference, type ReferenceCheck } from './checkReference.ts';
export {
  checkTaskSoundness,
  soundnessProblems,
  type SoundnessCheck,
  type SoundnessCheckName,
  type TaskSoundness,
} from './checkSoundness.ts';
export { validateVirtualSuite, assertValidSuite, VirtualSuiteError, type SuiteProblem } from './validateSuite.ts';
export { PARAPHRASES } from './paraphrases.ts';
export { suiteStats, suiteMarkdownTable, appDifficultyTable, type SuiteStats } from './suiteStats.ts';
export { loadVirtualSuite } from './loadVirtualSuite.ts';
export { loadRetentionSuite, type RetentionSuite } from './retention.ts';
export {
  defineOtherValues,
  otherValuesId,
  OTHER_VALUES_SUFFIX,
  type OtherValuesSpec,
  type OtherValuesTask,
  type ValueSwap,
} from './defineOtherValues.ts';
export { otherValuesTasks } from './tasks/otherValues.ts';
export { validateOtherValues, applyValueSwaps } from './validateOtherValues.ts';
