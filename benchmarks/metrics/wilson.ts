/** Wilson score interval for a proportion: sound at small n and at 0% or 100%, unlike the normal approximation. */

export interface RateStat {
  successes: number;
  n: number;
  /** successes / n; null when n = 0. */
  rate: number | null;
  /** 95% Wilson interval; null when n = 0. */
  low: number | null;
  high: number | null;
}

export const Z95 = 1.959963984540054;

export function wilson(successes: number, n: number, z = Z95): RateStat {
  if (n <= 0) return { successes, n, rate: null, low: null, high: null };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { successes, n, rate: p, low: Math.max(0, center - half), high: Math.min(1, center + half) };
}
