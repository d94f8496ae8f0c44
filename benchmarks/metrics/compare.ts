/**
 * Comparing two result sets (B against baseline A), metric by metric.
 *
 * Each metric is a ratio of totals (success = successful runs / runs,
 * recovery = recovered / detected errors, steps = steps / runs, ...). The
 * confidence interval of the difference B - A is a paired bootstrap over the
 * tasks both sets ran: tasks are resampled with replacement (all of a task's
 * repetitions travel together, so seeds and repetitions are kept paired), the
 * ratio is recomputed on both sides, and the 2.5% / 97.5% percentiles of the
 * differences are reported. For the success rate the Newcombe interval for
 * two independent proportions (Wilson-based) over all runs is given too; it
 * is what decides when fewer than two tasks are shared.
 */
import type { TaskResult } from '../types.ts';
import { wilson } from './wilson.ts';

export interface MetricComparison {
  metric: string;
  /** Point estimates on the shared tasks (all runs when none are shared). */
  a: number | null;
  b: number | null;
  /** b - a. */
  diff: number | null;
  /** 95% interval of b - a. */
  low: number | null;
  high: number | null;
  method: 'paired-bootstrap' | 'newcombe' | 'none';
  /** True when the interval excludes 0. */
  significant: boolean;
  /** Better when higher (success) or lower (steps, cost)? */
  higherIsBetter: boolean;
  /** Newcombe interval of the success-rate difference over all runs (success only). */
  newcombe?: { diff: number; low: number; high: number };
}

export interface Comparison {
  sharedTasks: number;
  onlyA: number;
  onlyB: number;
  runsA: number;
  runsB: number;
  resamples: number;
  seed: number;
  metrics: MetricComparison[];
}

interface Totals {
  runs: number;
  successes: number;
  detected: number;
  recovered: number;
  steps: number;
  /** Ground-truth counts (runs without ground truth add nothing). */
  agentSteps: number;
  accurate: number;
  judged: number;
  effective: number;
  ineffective: number;
  falseFail: number;
  falseSuccess: number;
  wasted: number;
  faultsHit: number;
  faultsRecovered: number;
  ratioSum: number;
  ratioN: number;
  modelCalls: number;
  tokensIn: number;
  tokensOut: number;
  cost: number;
  wall: number;
}

const ZERO: Totals = {
  runs: 0,
  successes: 0,
  detected: 0,
  recovered: 0,
  steps: 0,
  agentSteps: 0,
  accurate: 0,
  judged: 0,
  effective: 0,
  ineffective: 0,
  falseFail: 0,
  falseSuccess: 0,
  wasted: 0,
  faultsHit: 0,
  faultsRecovered: 0,
  ratioSum: 0,
  ratioN: 0,
  modelCalls: 0,
  tokensIn: 0,
  tokensOut: 0,
  cost: 0,
  wall: 0,
};

function add(t: Totals, r: TaskResult): Totals {
  return {
    runs: t.runs + 1,
    successes: t.successes + (r.success ? 1 : 0),
    detected: t.detected + r.facts.errorsDetected,
    recovered: t.recovered + r.facts.errorsRecovered,
    steps: t.steps + r.facts.steps,
    agentSteps: t.agentSteps + (r.truth?.agentSteps ?? 0),
    accurate: t.accurate + (r.truth?.accurate ?? 0),
    judged: t.judged + (r.truth?.judged ?? 0),
    effective: t.effective + (r.truth?.effective ?? 0),
    ineffective: t.ineffective + (r.truth?.ineffective ?? 0),
    falseFail: t.falseFail + (r.truth?.falseFail ?? 0),
    falseSuccess: t.falseSuccess + (r.truth?.falseSuccess ?? 0),
    wasted: t.wasted + (r.truth?.wasted ?? 0),
    faultsHit: t.faultsHit + (r.truth?.faults.hit ?? 0),
    faultsRecovered: t.faultsRecovered + (r.truth?.faults.recovered ?? 0),
    ratioSum: t.ratioSum + (r.metrics.stepRatio ?? 0),
    ratioN: t.ratioN + (r.metrics.stepRatio === null ? 0 : 1),
    modelCalls: t.modelCalls + r.facts.modelCalls,
    tokensIn: t.tokensIn + r.facts.tokensIn,
    tokensOut: t.tokensOut + r.facts.tokensOut,
    cost: t.cost + r.facts.costUsd,
    wall: t.wall + r.facts.wallMs,
  };
}

function merge(a: Totals, b: Totals): Totals {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Totals)[]) out[k] += b[k];
  return out;
}

interface MetricDef {
  name: string;
  higherIsBetter: boolean;
  value: (t: Totals) => number | null;
}

const div = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export const COMPARED_METRICS: readonly MetricDef[] = [
  { name: 'success rate', higherIsBetter: true, value: (t) => div(t.successes, t.runs) },
  { name: 'verifier false-fail', higherIsBetter: false, value: (t) => div(t.falseFail, t.effective) },
  { name: 'verifier false-success', higherIsBetter: false, value: (t) => div(t.falseSuccess, t.ineffective) },
  { name: 'fault recovery (ground truth)', higherIsBetter: true, value: (t) => div(t.faultsRecovered, t.faultsHit) },
  { name: 'wasted actions', higherIsBetter: false, value: (t) => div(t.wasted, t.judged) },
  { name: 'action accuracy (ground truth)', higherIsBetter: true, value: (t) => div(t.accurate, t.agentSteps) },
  { name: 'recovery success (self-reported)', higherIsBetter: true, value: (t) => div(t.recovered, t.detected) },
  { name: 'steps per run', higherIsBetter: false, value: (t) => div(t.steps, t.runs) },
  { name: 'step ratio', higherIsBetter: false, value: (t) => div(t.ratioSum, t.ratioN) },
  { name: 'model calls per run', higherIsBetter: false, value: (t) => div(t.modelCalls, t.runs) },
  { name: 'tokens in per run', higherIsBetter: false, value: (t) => div(t.tokensIn, t.runs) },
  { name: 'tokens out per run', higherIsBetter: false, value: (t) => div(t.tokensOut, t.runs) },
  { name: 'cost per run (USD)', higherIsBetter: false, value: (t) => div(t.cost, t.runs) },
  { name: 'wall time per run (ms)', higherIsBetter: false, value: (t) => div(t.wall, t.runs) },
];

/** Small seeded PRNG (mulberry32): the same seed gives the same intervals. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function byTask(results: readonly TaskResult[]): Map<string, Totals> {
  const m = new Map<string, Totals>();
  for (const r of results) {
    const k = `${r.suite}:${r.taskId}`;
    m.set(k, add(m.get(k) ?? ZERO, r));
  }
  return m;
}

function percentile(sorted: number[], p: number): number {
  const idx = (sorted.length - 1) * p;
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (idx - lo);
}

/** Newcombe's hybrid score interval for pB - pA (independent samples). */
export function newcombeDiff(
  successesA: number,
  nA: number,
  successesB: number,
  nB: number,
): { diff: number; low: number; high: number } | null {
  const a = wilson(successesA, nA);
  const b = wilson(successesB, nB);
  if (a.rate === null || b.rate === null) return null;
  const d = b.rate - a.rate;
  const low = d - Math.sqrt((b.rate - (b.low as number)) ** 2 + ((a.high as number) - a.rate) ** 2);
  const high = d + Math.sqrt(((b.high as number) - b.rate) ** 2 + (a.rate - (a.low as number)) ** 2);
  return { diff: d, low, high };
}

export interface CompareOptions {
  resamples?: number;
  seed?: number;
}

export function compareResults(
  a: readonly TaskResult[],
  b: readonly TaskResult[],
  options: CompareOptions = {},
): Comparison {
  const resamples = options.resamples ?? 2000;
  const seed = options.seed ?? 1;
  const ta = byTask(a);
  const tb = byTask(b);
  const shared = [...ta.keys()].filter((k) => tb.has(k)).sort();
  const allA = [...ta.values()].reduce(merge, ZERO);
  const allB = [...tb.values()].reduce(merge, ZERO);
  const sharedA = shared.map((k) => ta.get(k) as Totals);
  const sharedB = shared.map((k) => tb.get(k) as Totals);
  const pointA = shared.length ? sharedA.reduce(merge, ZERO) : allA;
  const pointB = shared.length ? sharedB.reduce(merge, ZERO) : allB;

  // One set of resampled task indices, shared by all metrics.
  const rand = seededRandom(seed);
  const draws: Array<[Totals, Totals]> = [];
  if (shared.length >= 2) {
    for (let i = 0; i < resamples; i++) {
      let sa = ZERO;
      let sb = ZERO;
      for (let j = 0; j < shared.length; j++) {
        const k = Math.floor(rand() * shared.length);
        sa = merge(sa, sharedA[k] as Totals);
        sb = merge(sb, sharedB[k] as Totals);
      }
      draws.push([sa, sb]);
    }
  }

  const metrics = COMPARED_METRICS.map((def): MetricComparison => {
    const va = def.value(pointA);
    const vb = def.value(pointB);
    const diff = va !== null && vb !== null ? vb - va : null;
    let low: number | null = null;
    let high: number | null = null;
    let method: MetricComparison['method'] = 'none';
    if (draws.length) {
      const diffs: number[] = [];
      for (const [sa, sb] of draws) {
        const x = def.value(sa);
        const y = def.value(sb);
        if (x !== null && y !== null) diffs.push(y - x);
      }
      if (diffs.length >= resamples * 0.5) {
        diffs.sort((p, q) => p - q);
        low = percentile(diffs, 0.025);
        high = percentile(diffs, 0.975);
        method = 'paired-bootstrap';
      }
    }
    const out: MetricComparison = {
      metric: def.name,
      a: va,
      b: vb,
      diff,
      low,
      high,
      method,
      significant: false,
      higherIsBetter: def.higherIsBetter,
    };
    if (def.name === 'success rate') {
      const nc = newcombeDiff(allA.successes, allA.runs, allB.successes, allB.runs);
      if (nc) {
        out.newcombe = nc;
        if (method === 'none') {
          out.a = div(allA.successes, allA.runs);
          out.b = div(allB.successes, allB.runs);
          out.diff = nc.diff;
          out.low = nc.low;
          out.high = nc.high;
          out.method = 'newcombe';
        }
      }
    }
    out.significant = out.low !== null && out.high !== null && (out.low > 0 || out.high < 0);
    return out;
  });

  return {
    sharedTasks: shared.length,
    onlyA: ta.size - shared.length,
    onlyB: tb.size - shared.length,
    runsA: a.length,
    runsB: b.length,
    resamples,
    seed,
    metrics,
  };
}
