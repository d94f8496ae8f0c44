/**
 * The MAPLE agent's public face: runTask (one task on an open device), the
 * loop, roles and their parts for those who build on them.
 */
export { runTask, type RunTaskOptions, type RunTaskResult } from './runTask.ts';
export {
  RunAbortedError,
  UserInterrupt,
  RunConfigError,
  formatStepLine,
  formatSummary,
  defaultRunDir,
  type StepEvent,
} from './run/index.ts';
export {
  runMachine,
  runLoop,
  checkStopRules,
  exitCodeFor,
  DEFAULT_LIMITS,
  type Limits,
  type LoopDriver,
  type Termination,
} from './loop/index.ts';
export { perceive, screenFingerprint, type Perception } from './perceive/index.ts';
export {
  executeAction,
  AppDirectory,
  ActionTargetError,
  toAbstractAction,
  fromAbstractAction,
} from './execute/index.ts';
export { FactMemory } from './memory/index.ts';
export type { RunSummary, StepRecord, TerminationReason, Verdict } from './trajectory/index.ts';
