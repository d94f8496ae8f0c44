/** Aggregates over task runs, computed the same way for the whole suite and for each group. */
import type { BenchTaskView } from './BenchView.ts';

export interface Aggregate {
  runs: number;
  successes: number;
  successRate: number;
  /** Runs where the agent itself said it succeeded, and how many of those the evaluator confirmed. */
  claims: number;
  claimsConfirmed: number;
  /** errors recovered / errors detected over all runs; null when none was detected. */
  recoverySuccess: number | null;
  /** mean of per-run action accuracy; null when no run has one. */
  actionAccuracy: number | null;
  meanSteps: number;
  meanStepRatio: number | null;
  modelCalls: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  wallMs: number;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function aggregate(tasks: BenchTaskView[]): Aggregate {
  const sum = (f: (t: BenchTaskView) => number) => tasks.reduce((n, t) => n + f(t), 0);
  const detected = sum((t) => t.errorsDetected);
  const successes = tasks.filter((t) => t.success).length;
  return {
    runs: tasks.length,
    successes,
    successRate: tasks.length ? successes / tasks.length : 0,
    claims: tasks.filter((t) => t.agentClaim === 'success').length,
    claimsConfirmed: tasks.filter((t) => t.agentClaim === 'success' && t.success).length,
    recoverySuccess: detected ? sum((t) => t.errorsRecovered) / detected : null,
    actionAccuracy: mean(tasks.flatMap((t) => (t.actionAccuracy === null ? [] : [t.actionAccuracy]))),
    meanSteps: mean(tasks.map((t) => t.steps)) ?? 0,
    meanStepRatio: mean(tasks.flatMap((t) => (t.stepRatio === null ? [] : [t.stepRatio]))),
    modelCalls: sum((t) => t.modelCalls),
    tokensIn: sum((t) => t.tokensIn),
    tokensOut: sum((t) => t.tokensOut),
    costUsd: sum((t) => t.costUsd),
    wallMs: sum((t) => t.wallMs),
  };
}

/** Groups runs by a key; a run with several keys (a cross-app task's apps) counts in each. */
export function groupBy(tasks: BenchTaskView[], keys: (t: BenchTaskView) => string[]): Map<string, BenchTaskView[]> {
  const groups = new Map<string, BenchTaskView[]>();
  for (const t of tasks) {
    for (const k of keys(t)) {
      const list = groups.get(k) ?? [];
      list.push(t);
      groups.set(k, list);
    }
  }
  return groups;
}
