/**
 * The ground-truth headline of a group of runs, pooled over the runs that
 * have ground truth (the virtual device): the verifier's false fails and
 * false successes, fault recovery within 3 steps, faulted runs that still
 * succeeded, wasted actions, rollbacks that reached their true screen, and
 * action accuracy. Rates carry Wilson 95% intervals (pooled over steps, so
 * read them as approximate: steps of one run are not independent).
 */
import type { Confusion, RunTruth } from '../truth/truthMetrics.ts';
import type { TaskResult } from '../types.ts';
import { wilson, type RateStat } from './wilson.ts';

export interface TruthStats {
  /** Runs with ground truth. */
  runs: number;
  /** Agent actions and framework moves. */
  agentSteps: number;
  frameworkSteps: number;
  /** Judged agent actions whose true outcome was an effect, and the others. */
  effective: number;
  ineffective: number;
  /** Of the actions that worked, the share judged fail. */
  falseFail: RateStat;
  /** Of the actions that did nothing or the wrong thing, the share judged success. */
  falseSuccess: RateStat;
  /** Of all judged actions, the share with a wrong verdict either way (false fails and false successes). */
  verdictErrors: RateStat;
  confusion: Confusion;
  /** Faults that hit, recovered (clean and on track) within 3 steps. */
  faultRecovery: RateStat;
  /** Runs that met at least one fault, and succeeded all the same. */
  faultedRunsSucceeded: RateStat;
  /** Agent actions with no true effect or undone later. */
  wasted: RateStat;
  /** Rollback attempts that reached the true screen they aimed for. */
  rollbacks: RateStat;
  /** Agent actions with a lasting true effect. */
  accuracy: RateStat;
}

function addConfusion(into: Confusion, from: Confusion): void {
  for (const [outcome, row] of Object.entries(from)) {
    const mine = (into[outcome as keyof Confusion] ??= {});
    for (const [verdict, n] of Object.entries(row ?? {}))
      mine[verdict as keyof typeof mine] = (mine[verdict as keyof typeof mine] ?? 0) + (n ?? 0);
  }
}

export function truthStats(results: readonly TaskResult[]): TruthStats | null {
  const withTruth = results.filter((r): r is TaskResult & { truth: RunTruth } => r.truth !== undefined);
  if (withTruth.length === 0) return null;
  const sum = (f: (t: RunTruth) => number) => withTruth.reduce((a, r) => a + f(r.truth), 0);
  const confusion: Confusion = {};
  for (const r of withTruth) addConfusion(confusion, r.truth.confusion);
  const faulted = withTruth.filter((r) => r.truth.faults.hit > 0);
  const judged = sum((t) => t.judged);
  return {
    runs: withTruth.length,
    agentSteps: sum((t) => t.agentSteps),
    frameworkSteps: sum((t) => t.frameworkSteps),
    effective: sum((t) => t.effective),
    ineffective: sum((t) => t.ineffective),
    falseFail: wilson(
      sum((t) => t.falseFail),
      sum((t) => t.effective),
    ),
    falseSuccess: wilson(
      sum((t) => t.falseSuccess),
      sum((t) => t.ineffective),
    ),
    verdictErrors: wilson(
      sum((t) => t.falseFail + t.falseSuccess),
      judged,
    ),
    confusion,
    faultRecovery: wilson(
      sum((t) => t.faults.recovered),
      sum((t) => t.faults.hit),
    ),
    faultedRunsSucceeded: wilson(faulted.filter((r) => r.success).length, faulted.length),
    wasted: wilson(
      sum((t) => t.wasted),
      judged,
    ),
    rollbacks: wilson(
      sum((t) => t.rollbacks.reached),
      sum((t) => t.rollbacks.attempts),
    ),
    accuracy: wilson(
      sum((t) => t.accurate),
      sum((t) => t.agentSteps),
    ),
  };
}
