/**
 * The pool pays off: with simulated device latency, 4 virtual devices run the
 * same reference runs at least 2x faster than 1 (bench/runnerScaling.ts,
 * smaller here: 4 runs instead of 8).
 */
import { describe, expect, it } from 'vitest';
import { runRunnerScalingBench } from '../../../bench/runnerScaling.ts';

describe('runner scaling', () => {
  it('4 virtual devices finish at least 2x faster than 1, every run succeeding', async () => {
    const results = await runRunnerScalingBench({ repetitions: 1, latencyMs: 100 });
    const speedup = results.find((r) => r.unit === 'x')!;
    expect(speedup.extra).toMatchObject({ success1: '4/4', successN: '4/4' });
    expect(speedup.p50).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
