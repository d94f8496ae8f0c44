/**
 * Does a Selenium Grid pay off? The same 12 virtual tasks, run by the real
 * runner with the reference agent through a Grid 4 hub, first with 1 relay
 * node and then with 3 (each node its own Appium server process with the
 * virtual phone), with simulated device latency on every Appium command.
 * Grid start-up is not timed; each run opens one session per task through
 * the hub, as `maple bench --device <hub>` does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEvaluator } from '../benchmarks/runner/defaultEvaluate.ts';
import { gridDevices, probeDeviceUrls } from '../benchmarks/runner/gridDevices.ts';
import { referenceRunTask } from '../benchmarks/runner/referenceAgent.ts';
import { runSuite } from '../benchmarks/runner/runSuite.ts';
import { loadVirtualSuite } from '../benchmarks/suites/virtual/index.ts';
import type { BenchTask } from '../benchmarks/types.ts';
import { startGrid } from '../drivers/grid/index.ts';
import { round } from './stats.ts';
import type { BenchResult } from './types.ts';

/** `count` tasks of the virtual suite spread over its apps: every sixth task whose reference has two steps or more. */
export function virtualTaskSample(count = 12): BenchTask[] {
  const withReference = loadVirtualSuite().filter((t) => (t.reference?.length ?? 0) >= 2);
  const picked = withReference.filter((_, i) => i % 6 === 0).slice(0, count);
  if (picked.length < count) throw new Error(`the virtual suite has only ${picked.length} such tasks, not ${count}`);
  return picked;
}

export interface GridScalingOptions {
  /** Simulated latency per device command (default 100 ms, about a real device's). */
  latencyMs?: number;
  /** Node counts compared (default 1 and 3). */
  nodes?: readonly [number, number];
  /**
   * Screenshots with each observation (default false). Three "machines" here
   * share one 2-core CPU, where each node's PNG rendering competes with the
   * others'; on a real Grid each node renders on its own machine. Off, what
   * is measured is what a Grid overlaps: device waiting.
   */
  screenshots?: boolean;
}

export async function runGridScalingBench(options: GridScalingOptions = {}): Promise<BenchResult[]> {
  const latencyMs = options.latencyMs ?? 100;
  const [small, large] = options.nodes ?? [1, 3];
  const screenshots = options.screenshots ?? false;
  const tasks = virtualTaskSample(12);
  const measure = async (nodes: number): Promise<{ ms: number; ok: number; runs: number }> => {
    const grid = await startGrid({ nodes });
    const out = await mkdtemp(path.join(tmpdir(), `maple-grid-scaling-${nodes}-`));
    try {
      const target = await probeDeviceUrls([grid.hubUrl], undefined);
      const source = gridDevices(grid.hubUrl, target.grid!, undefined, { driver: 'virtual', latencyMs });
      const t0 = performance.now();
      const report = await runSuite({
        tasks,
        outDir: out,
        runTask: referenceRunTask({ screenshots }),
        evaluate: createEvaluator(),
        devices: source,
        config: { model: 'reference', fsm: false, faults: 'task' },
      });
      const ms = performance.now() - t0;
      return { ms, ok: report.results.filter((r) => r.success).length, runs: report.results.length };
    } finally {
      await grid.stop();
      await rm(out, { recursive: true, force: true });
    }
  };
  const one = await measure(small);
  const many = await measure(large);
  const extra = {
    latencyMs,
    screenshots: String(screenshots),
    runs: one.runs,
    successSmall: `${one.ok}/${one.runs}`,
    successLarge: `${many.ok}/${many.runs}`,
  };
  const row = (name: string, unit: string, value: number, target?: string): BenchResult => ({
    name,
    unit,
    p50: round(value),
    p95: round(value),
    n: 1,
    ...(target ? { target } : {}),
    extra,
  });
  return [
    row(`grid: 12 tasks, ${small} relay node`, 'ms', one.ms),
    row(`grid: 12 tasks, ${large} relay nodes`, 'ms', many.ms),
    row(`grid: speedup ${large} vs ${small} nodes`, 'x', one.ms / many.ms, '>= 2x'),
  ];
}
