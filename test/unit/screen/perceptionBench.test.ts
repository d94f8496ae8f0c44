/**
 * The perception benchmark and the shared stats helpers it is built on.
 * Timings are not asserted here (a shared 2-core machine is too noisy for
 * that); the shape, the counts and the size ratio are.
 */
import { describe, expect, it } from 'vitest';
import { runPerceptionBench } from '../../../bench/perception.ts';
import { DUMPS } from './dumps.ts';
import { formatBenchTable } from '../../../bench/run.ts';
import { percentile, summarize } from '../../../bench/stats.ts';

describe('bench stats', () => {
  it('interpolates percentiles between ranks', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95)).toBe(10.5);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([2, 4, 6])).toEqual({ p50: 4, p95: 5.8, mean: 4, min: 2, max: 6, n: 3 });
  });
});

describe('runPerceptionBench', () => {
  DUMPS.it(
    'reports parse, extract, parse+extract and render for real dumps and 5,000 nodes, and the size ratios',
    async () => {
      const results = await runPerceptionBench({ rounds: 2, largeRuns: 2 });
      const names = results.map((r) => r.name);
      expect(names).toContain('perception: parse+extract, real dumps');
      expect(names).toContain('perception: parse+extract, 5,000 nodes (appium)');
      expect(names).toContain('perception: parse+extract, 5,000 nodes (uiautomator)');
      expect(names).toContain('perception: render compact, real dumps');
      const real = results.find((r) => r.name === 'perception: parse+extract, real dumps');
      expect(real?.n).toBe(20); // 10 dumps x 2 rounds
      expect(real?.target).toBe('p50 <= 3 ms');
      const large = results.find((r) => r.name === 'perception: parse, 5,000 nodes (appium)');
      expect(large?.extra?.nodes).toBeGreaterThanOrEqual(5000);
      const ratio = results.find((r) => r.name === 'perception: compact size / raw XML, real dumps');
      expect(ratio?.n).toBe(10);
      expect(Number(ratio?.extra?.mean)).toBeLessThanOrEqual(15);
      expect(ratio?.extra?.verdict).toBe('pass');
      // Every screen the virtual phone reaches by taps (the crawl reaches at least 40).
      const virtual = results.find((r) => r.name === 'perception: compact size / raw XML, virtual phone screens');
      expect(virtual?.n).toBeGreaterThanOrEqual(40);
      expect(Number(virtual?.extra?.mean)).toBeLessThanOrEqual(15);
      for (const r of results) expect(r.p95).toBeGreaterThanOrEqual(r.p50);
      const table = formatBenchTable(results);
      expect(table.split('\n')).toHaveLength(results.length + 2);
    },
  );
});
