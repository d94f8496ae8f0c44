/**
 * Aggregated metrics over task results: overall, by suite, by app, by
 * difficulty, by category and by wording. Rates are pooled over runs
 * (repetitions count as runs) with Wilson 95% intervals. The headline comes
 * from ground truth (`truth`: the verifier against what truly happened,
 * fault recovery, wasted actions, action accuracy); recovery success is the
 * agent's own report (recovered / detected), kept beside it and labelled so.
 */
import { safetyStats, type SafetyStats } from '../safety/safetyStats.ts';
import type { TaskResult, TerminationReason } from '../types.ts';
import { wilson, type RateStat } from './wilson.ts';
import { compareVariants, type VariantComparison } from './variantComparison.ts';
import { truthStats, type TruthStats } from './truthStats.ts';
import { tokenStats, type TokenStats } from './tokenStats.ts';

export interface GroupStats {
  runs: number;
  /** Distinct tasks. */
  tasks: number;
  success: RateStat;
  /** Self-reported: failures the agent's recovery says it recovered / failures it detected. */
  recoverySuccess: RateStat;
  /** Ground truth: agent actions with a lasting true effect / agent actions (runs with ground truth only). */
  actionAccuracy: RateStat;
  /** The ground-truth headline; null when no run of the group has ground truth. */
  truth: TruthStats | null;
  meanSteps: number | null;
  /** Mean of per-run step ratios, over runs that have golden steps. */
  meanStepRatio: number | null;
  modelCalls: number;
  meanModelCalls: number | null;
  tokensIn: number;
  tokensOut: number;
  /** Input tokens by role and part, per executor request, per run and per cross-app run; null without model calls. */
  tokens: TokenStats | null;
  costUsd: number;
  meanCostUsd: number | null;
  meanWallMs: number | null;
  /** Total wall time / total steps. */
  msPerStep: number | null;
  terminations: Partial<Record<TerminationReason, number>>;
}

export interface BenchSummary {
  generatedAt: string;
  /** Safety suite metrics (benchmarks/safety), when any run belongs to it. */
  safety?: SafetyStats;
  runs: number;
  tasks: number;
  /** Distinct configuration labels seen ("model=offline fsm=on faults=none"). */
  configs: string[];
  overall: GroupStats;
  bySuite: Record<string, GroupStats>;
  /** A task counts once under each of its apps. */
  byApp: Record<string, GroupStats>;
  /** "1", "2", "3" or "none". */
  byDifficulty: Record<string, GroupStats>;
  byCategory: Record<string, GroupStats>;
  /** "original" and "paraphrase" (`--variant`); results without a variant count as original. */
  byVariant: Record<string, GroupStats>;
  /** The two wordings side by side; null unless both ran. */
  variants: VariantComparison | null;
  /** Runs that ended for a reason other than "finished", by reason. */
  terminationErrors: Partial<Record<TerminationReason, number>>;
  /** SPA-Bench exit codes, by code. */
  exitCodes: Record<string, number>;
}

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function configLabel(config: TaskResult['config']): string {
  return `model=${config.model} fsm=${config.fsm ? 'on' : 'off'} faults=${config.faults}`;
}

export function groupStats(results: readonly TaskResult[]): GroupStats {
  const sum = (f: (r: TaskResult) => number): number => results.reduce((a, r) => a + f(r), 0);
  const runs = results.length;
  const steps = sum((r) => r.facts.steps);
  const wall = sum((r) => r.facts.wallMs);
  const terminations: Partial<Record<TerminationReason, number>> = {};
  for (const r of results) terminations[r.termination] = (terminations[r.termination] ?? 0) + 1;
  const ratios = results.map((r) => r.metrics.stepRatio).filter((x): x is number => x !== null);
  const cost = sum((r) => r.facts.costUsd);
  const calls = sum((r) => r.facts.modelCalls);
  const truth = truthStats(results);
  return {
    runs,
    tasks: new Set(results.map((r) => `${r.suite}:${r.taskId}`)).size,
    success: wilson(results.filter((r) => r.success).length, runs),
    recoverySuccess: wilson(
      sum((r) => r.facts.errorsRecovered),
      sum((r) => r.facts.errorsDetected),
    ),
    actionAccuracy: truth?.accuracy ?? wilson(0, 0),
    truth,
    meanSteps: runs ? steps / runs : null,
    meanStepRatio: mean(ratios),
    modelCalls: calls,
    meanModelCalls: runs ? calls / runs : null,
    tokensIn: sum((r) => r.facts.tokensIn),
    tokensOut: sum((r) => r.facts.tokensOut),
    tokens: tokenStats(results),
    costUsd: cost,
    meanCostUsd: runs ? cost / runs : null,
    meanWallMs: runs ? wall / runs : null,
    msPerStep: steps ? wall / steps : null,
    terminations,
  };
}

function groupBy(results: readonly TaskResult[], keys: (r: TaskResult) => string[]): Record<string, GroupStats> {
  const groups = new Map<string, TaskResult[]>();
  for (const r of results) for (const k of new Set(keys(r))) groups.set(k, [...(groups.get(k) ?? []), r]);
  return Object.fromEntries([...groups.keys()].sort().map((k) => [k, groupStats(groups.get(k) as TaskResult[])]));
}

export function aggregateResults(results: readonly TaskResult[], now: Date = new Date()): BenchSummary {
  const terminationErrors: Partial<Record<TerminationReason, number>> = {};
  const exitCodes: Record<string, number> = {};
  for (const r of results) {
    if (r.termination !== 'finished') terminationErrors[r.termination] = (terminationErrors[r.termination] ?? 0) + 1;
    exitCodes[String(r.exitCode)] = (exitCodes[String(r.exitCode)] ?? 0) + 1;
  }
  const safety = safetyStats(results);
  return {
    generatedAt: now.toISOString(),
    runs: results.length,
    tasks: new Set(results.map((r) => `${r.suite}:${r.taskId}`)).size,
    configs: [...new Set(results.map((r) => configLabel(r.config)))].sort(),
    overall: groupStats(results),
    bySuite: groupBy(results, (r) => [r.suite]),
    byApp: groupBy(results, (r) => (r.apps.length ? r.apps : ['(none)'])),
    byDifficulty: groupBy(results, (r) => [r.difficulty === null ? 'none' : String(r.difficulty)]),
    byCategory: groupBy(results, (r) => (r.category ? [r.category] : [])),
    byVariant: groupBy(results, (r) => [r.variant ?? 'original']),
    variants: compareVariants(results),
    terminationErrors,
    exitCodes,
    ...(safety ? { safety } : {}),
  };
}
