/** The agent roles: planner, executor, verifier, recovery, mentor (model-backed and offline). */
export type * from './types.ts';
export { OfflinePlanner } from './planner/OfflinePlanner.ts';
export { ModelPlanner, type ModelPlannerOptions } from './planner/ModelPlanner.ts';
export { OfflineExecutor } from './executor/OfflineExecutor.ts';
export { ModelExecutor, executorUserText } from './executor/ModelExecutor.ts';
export { fsmHints } from './executor/fsmHints.ts';
export { ModelVerifier, OfflineVerifier } from './verifier/ModelVerifier.ts';
export { deterministicVerdict, type DeterministicOutcome } from './verifier/deterministicVerdict.ts';
export {
  findInterruption,
  DISMISS_LABELS,
  type Interruption,
  type InterruptionKind,
} from './verifier/interruptions.ts';
export { interruptionMove, rollbackMove, flipBackMove, type RecoveryMove } from './recovery/recoveryAction.ts';
export { Mentor, type RetainInput, type RetainResult } from './mentor/Mentor.ts';
