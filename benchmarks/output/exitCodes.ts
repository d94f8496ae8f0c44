/**
 * SPA-Bench's agent exit codes (framework/agents.py): the harness reruns a
 * task or not depending on them, so `maple run` exits with the same numbers.
 */
import type { TerminationReason } from '../types.ts';

export const SpaBenchExitCode = {
  /** Finished; no rerun. */
  Finished: 0,
  /** Unexpected error; a human decides whether to rerun. */
  UnexpectedError: 1,
  /** Expected error (the agent gave up in a known way); no rerun. */
  ExpectedError: 2,
  /** Expected error that warrants a rerun (model or device trouble). */
  Retry: 3,
  /** Step limit (max rounds) reached; no rerun. */
  StepLimit: 4,
} as const;

export type SpaBenchExitCode = (typeof SpaBenchExitCode)[keyof typeof SpaBenchExitCode];

/** SPA-Bench counts a task as executed (not to be rerun) for these codes. */
export function isCompletedExitCode(code: SpaBenchExitCode): boolean {
  return code === 0 || code === 2 || code === 4;
}

/**
 * The exit code for a termination reason. The agent stopping by its own rule
 * (repeated actions, consecutive failures, budget, wall-clock timeout) is an
 * expected error; model or device failures are worth a rerun.
 */
export function exitCodeFor(reason: TerminationReason): SpaBenchExitCode {
  switch (reason) {
    case 'finished':
      return SpaBenchExitCode.Finished;
    case 'step_limit':
      return SpaBenchExitCode.StepLimit;
    case 'repeated_actions':
    case 'consecutive_failures':
    case 'budget_exceeded':
    case 'timeout':
      return SpaBenchExitCode.ExpectedError;
    case 'model_error':
    case 'device_error':
    case 'interrupted':
      return SpaBenchExitCode.Retry;
    case 'unexpected_error':
      return SpaBenchExitCode.UnexpectedError;
  }
}
