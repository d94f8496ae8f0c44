/** The agent loop: the statechart, its stop rules and the driver contract. */
export { runMachine, type LoopContext, type LoopInput } from './runMachine.ts';
export { runLoop, type LoopResult } from './runLoop.ts';
export {
  checkStopRules,
  exitCodeFor,
  runExitCode,
  DEFAULT_LIMITS,
  REPEAT_WINDOW,
  type Limits,
  type StopCounters,
  type StopDecision,
} from './stopRules.ts';
export { terminationFromError } from './terminationFromError.ts';
export type {
  ActedStep,
  ActOutput,
  LoopDriver,
  RecoverInput,
  RecoverOutput,
  Termination,
  VerifyOutput,
} from './types.ts';
