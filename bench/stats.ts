/**
 * Percentiles and timing helpers shared by the benchmarks.
 */
import type { BenchResult } from './types.ts';

/** Percentile by linear interpolation between closest ranks; `p` in [0, 100]. Empty input gives NaN. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

export interface Summary {
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(samples: readonly number[]): Summary {
  const n = samples.length;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const s of samples) {
    min = Math.min(min, s);
    max = Math.max(max, s);
    sum += s;
  }
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: n > 0 ? sum / n : Number.NaN,
    min,
    max,
    n,
  };
}

/** Milliseconds one call of `fn` takes, `iterations` times after `warmup` untimed calls. */
export function timeSamples(fn: () => unknown, iterations: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    fn();
    out.push(performance.now() - started);
  }
  return out;
}

/** Rounds for tables and JSON: 3 significant decimals below 10, 1 above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) < 10 ? Math.round(value * 1000) / 1000 : Math.round(value * 10) / 10;
}

/** A timed benchmark's result in milliseconds: median and p95 of `samples`, with mean and max among the extras. */
export function msResult(
  name: string,
  samples: number[],
  target?: string,
  extra?: Record<string, number | string>,
): BenchResult {
  const s = summarize(samples);
  return {
    name,
    unit: 'ms',
    p50: round(s.p50),
    p95: round(s.p95),
    n: s.n,
    ...(target ? { target } : {}),
    extra: { mean: round(s.mean), max: round(s.max), ...extra },
  };
}
