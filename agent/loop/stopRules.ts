/**
 * Stop rules, pure: given the run's counters, whether to stop and why. The
 * statechart checks them on every way back into `acting`.
 */
import type { TerminationReason } from '../trajectory/types.ts';

export interface Limits {
  /** The agent's own actions (the model's step budget) before the run stops; framework moves do not count. */
  maxSteps: number;
  /**
   * Framework moves (clearing interruptions, rollbacks) before the run stops: a phone that keeps
   * interrupting is not worked around forever. Default: twice maxSteps.
   */
  maxFrameworkSteps?: number;
  /** Failed steps in a row (fail verdicts, invalid model answers) before the run stops. */
  maxConsecutiveFailures: number;
  /** The same action on the same screen this many times within the recent window stops the run. */
  maxRepeats: number;
  /**
   * The same action on the same screen this many times within the last
   * CYCLE_WINDOW actions, whatever their verdicts, stops the run: an agent
   * going round in circles (open the app, Back, open it again) makes no progress.
   */
  maxCycles: number;
  /** Re-plans after failed recoveries before giving up. */
  maxReplans: number;
  budget: { maxTokens?: number; maxCostUsd?: number };
}

export const DEFAULT_LIMITS: Limits = {
  maxSteps: 40,
  maxConsecutiveFailures: 5,
  maxRepeats: 3,
  maxCycles: 4,
  maxReplans: 2,
  budget: {},
};

export interface StopCounters {
  steps: number;
  frameworkSteps?: number;
  consecutiveFailures: number;
  /** Fingerprints ("<screen>|<action>") of recent agent actions not judged success, newest last. */
  recent: string[];
  /** Fingerprints of every recent agent action, newest last. */
  actions?: string[];
  replans: number;
  tokens: number;
  costUsd: number;
  aborted: boolean;
  /** The abort came from the user (Ctrl-C), not from a time limit. */
  interrupted?: boolean;
}

export interface StopDecision {
  reason: TerminationReason;
  detail: string;
}

/** How many recent actions the repetition rule looks at. */
export const REPEAT_WINDOW = 8;
/** How many recent actions the cycle rule looks at. */
export const CYCLE_WINDOW = 12;

export function checkStopRules(c: StopCounters, limits: Limits): StopDecision | undefined {
  if (c.aborted && c.interrupted) return { reason: 'interrupted', detail: 'stopped by the user (Ctrl-C)' };
  if (c.aborted) return { reason: 'timeout', detail: 'the run was aborted (its time limit)' };
  if (limits.budget.maxTokens !== undefined && c.tokens >= limits.budget.maxTokens) {
    return { reason: 'budget_exceeded', detail: `${c.tokens} tokens used, budget ${limits.budget.maxTokens}` };
  }
  if (limits.budget.maxCostUsd !== undefined && c.costUsd >= limits.budget.maxCostUsd) {
    return { reason: 'budget_exceeded', detail: `$${c.costUsd.toFixed(4)} spent, budget $${limits.budget.maxCostUsd}` };
  }
  if (c.steps >= limits.maxSteps)
    return { reason: 'step_limit', detail: `${c.steps} steps taken, limit ${limits.maxSteps}` };
  const frameworkCap = limits.maxFrameworkSteps ?? limits.maxSteps * 2;
  if ((c.frameworkSteps ?? 0) >= frameworkCap)
    return {
      reason: 'step_limit',
      detail: `${c.frameworkSteps} recovery moves (clearing interruptions, rolling back), limit ${frameworkCap}`,
    };
  if (c.consecutiveFailures >= limits.maxConsecutiveFailures) {
    return { reason: 'consecutive_failures', detail: `${c.consecutiveFailures} failed steps in a row` };
  }
  if (c.replans > limits.maxReplans)
    return { reason: 'consecutive_failures', detail: `recovery failed twice after ${limits.maxReplans} re-plans` };
  const cycle = (c.actions ?? []).slice(-CYCLE_WINDOW);
  const latest = cycle[cycle.length - 1];
  if (latest !== undefined) {
    const times = cycle.filter((f) => f === latest).length;
    if (times >= limits.maxCycles)
      return {
        reason: 'repeated_actions',
        detail: `going round in circles: the same action on the same screen ${times} times in the last ${cycle.length}: ${latest.split('|').slice(1).join('|')}`,
      };
  }
  const window = c.recent.slice(-REPEAT_WINDOW);
  const last = window[window.length - 1];
  if (last !== undefined) {
    const repeats = window.filter((f) => f === last).length;
    if (repeats >= limits.maxRepeats)
      return {
        reason: 'repeated_actions',
        detail: `the same action on the same screen ${repeats} times: ${last.split('|').slice(1).join('|')}`,
      };
  }
  return undefined;
}

/** SPA-Bench agent exit code for a termination reason. */
export function exitCodeFor(reason: TerminationReason): 0 | 1 | 2 | 3 | 4 {
  switch (reason) {
    case 'finished':
      return 0;
    case 'step_limit':
      return 4;
    case 'unexpected_error':
      return 1;
    case 'model_error':
    case 'device_error':
    case 'timeout':
    case 'interrupted': // stopped with Ctrl-C: worth running again (`maple run` itself exits 130)
      return 3;
    case 'repeated_actions':
    case 'consecutive_failures':
    case 'budget_exceeded':
    case 'not_understood':
    case 'unverified':
      return 2;
  }
}

/**
 * The exit code of a whole run: as its reason says, except that an agent that
 * finished by saying it could not do the task ended with an expected error (2), not 0.
 */
export function runExitCode(reason: TerminationReason, success: boolean): 0 | 1 | 2 | 3 | 4 {
  return reason === 'finished' && !success ? 2 : exitCodeFor(reason);
}
