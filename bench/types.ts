/**
 * The shape every benchmark reports, so one runner can print and compare
 * them all: a name, a unit, the median and 95th percentile over n samples,
 * the target it is judged against (in words), and any extra numbers.
 */
export interface BenchResult {
  name: string;
  unit: string;
  p50: number;
  p95: number;
  n: number;
  /** The target in words, e.g. "p50 <= 3 ms". */
  target?: string;
  extra?: Record<string, number | string>;
}

/** A registered benchmark: `bench/index.ts` holds the list. */
export interface BenchDefinition {
  name: string;
  description: string;
  run: () => Promise<BenchResult[]>;
}
