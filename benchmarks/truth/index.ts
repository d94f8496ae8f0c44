/**
 * Ground truth on the evaluation side: recording what truly happened around
 * every device action (TruthRecorder), labelling the run's steps with it
 * (labelSteps) and the metrics those labels give (runTruth). Never part of
 * what the agent sees.
 */
export { truthProbeOf, baseScreen, type StateDigest, type TruthProbe } from './TruthProbe.ts';
export { TruthRecorder, type FaultEvent, type TrueActionRecord } from './TruthRecorder.ts';
export {
  labelSteps,
  stateKeyOf,
  TRUE_OUTCOMES,
  type Judged,
  type LabelledRun,
  type TrueOutcome,
  type TrueStepLabel,
} from './labelSteps.ts';
export { runTruth, FAULT_RECOVERY_WINDOW, type Confusion, type FaultTally, type RunTruth } from './truthMetrics.ts';
export { shortDiff } from './shortDiff.ts';
