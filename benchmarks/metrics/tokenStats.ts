/**
 * The token account of a group of runs (agent/calls/tokenAccount.ts summed
 * over them) and the figures issue 12 is judged on: input tokens per
 * executor request without its screenshot (and with it), per run, per
 * cross-app run (a task of two apps or more), and model calls per step.
 * Null for a group whose runs made no model calls (the offline policy).
 */
import { accountTotal, inputPerCallWithoutImages, sumAccounts } from '../../agent/calls/tokenAccount.ts';
import type { TokenAccount } from '../../agent/trajectory/types.ts';
import type { TaskResult } from '../types.ts';

export interface TokenStats {
  /** By role and part, summed over the runs. */
  account: TokenAccount;
  /** Runs that carried an account. */
  runs: number;
  executor: {
    calls: number;
    /** Mean input tokens per executor request, screenshots included. */
    inputPerCall: number | null;
    /** The same without the screenshots' tokens. */
    inputPerCallWithoutImages: number | null;
    /** Executor requests that carried a screenshot. */
    imageCalls: number;
  };
  /** Mean input tokens per run (every role, images included). */
  inputPerRun: number | null;
  /** The same over runs of tasks with two apps or more. */
  crossApp: { runs: number; inputPerRun: number | null };
  /** Model calls / steps over the runs (recovery moves count as steps). */
  callsPerStep: number | null;
}

const div = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function tokenStats(results: readonly TaskResult[]): TokenStats | null {
  const counted = results.filter((r) => r.facts.tokenAccount && r.facts.modelCalls > 0);
  if (counted.length === 0) return null;
  const account = sumAccounts(counted.map((r) => r.facts.tokenAccount!));
  const executor = account.byRole.executor;
  const input = (rs: readonly TaskResult[]): number =>
    rs.reduce((a, r) => a + accountTotal(r.facts.tokenAccount!).inputTokens, 0);
  const crossApp = counted.filter((r) => r.apps.length >= 2);
  return {
    account,
    runs: counted.length,
    executor: {
      calls: executor?.calls ?? 0,
      inputPerCall: executor ? div(executor.inputTokens, executor.calls) : null,
      inputPerCallWithoutImages: inputPerCallWithoutImages(executor),
      imageCalls: executor?.imageCalls ?? 0,
    },
    inputPerRun: div(input(counted), counted.length),
    crossApp: { runs: crossApp.length, inputPerRun: div(input(crossApp), crossApp.length) },
    callsPerStep: div(
      counted.reduce((a, r) => a + r.facts.modelCalls, 0),
      counted.reduce((a, r) => a + r.facts.steps, 0),
    ),
  };
}
