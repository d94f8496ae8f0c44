/**
 * The pool pays off: with simulated device latency, 4 virtual devices run the
 * same 8 reference runs at least 2x faster than 1 (bench/runnerScaling.ts).
 * Screenshots are off here: their rendering is the in-process device's CPU,
 * not device waiting, and on a shared 2-core machine it makes the ratio
 * depend on the load of other processes. `npm run bench` measures with them.
 */
import { describe, expect, it } from 'vitest';
import { runRunnerScalingBench } from '../../../bench/runnerScaling.ts';

describe('runner scaling', () => {
  it('4 virtual devices finish at least 2x faster than 1, every run succeeding', async () => {
    const results = await runRunnerScalingBench({ repetitions: 2, latencyMs: 100, screenshots: false });
    const speedup = results.find((r) => r.unit === 'x')!;
    expect(speedup.extra).toMatchObject({ success1: '8/8', successN: '8/8' });
    expect(speedup.p50).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
