/**
 * Does the device pool pay off? The same small task list, with simulated
 * device latency on every Appium command, run by the real runner (reset,
 * launch, ground-truth recording, evaluation, outputs) with the reference
 * agent (each task's reference solution through the Device interface) on
 * 1 and then 4 virtual devices of one in-process Appium server. Reports the
 * speedup; the target is >= 2x.
 *
 * Why 100 ms of latency by default: a UiAutomator2 command on a real phone or
 * emulator takes roughly that long, and that waiting is what a pool overlaps.
 * The virtual device itself costs CPU on the runner's own thread (a
 * screenshot renders in about 60 ms), which no pool in one process can
 * overlap; with little latency the suite is CPU-bound and the speedup stays
 * near 1.5x (measured: 1.48x at 0 ms, 1.50x at 25 ms, 2.51x at 100 ms).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAppiumServer } from '../drivers/appium/startAppiumServer.ts';
import { createEvaluator } from '../benchmarks/runner/defaultEvaluate.ts';
import { virtualDevices } from '../benchmarks/runner/deviceSources.ts';
import { parseTaskList } from '../benchmarks/runner/loadTaskFile.ts';
import { referenceRunTask } from '../benchmarks/runner/referenceAgent.ts';
import { runSuite } from '../benchmarks/runner/runSuite.ts';
import { round } from './stats.ts';
import type { BenchResult } from './types.ts';

const TASKS = parseTaskList(
  [
    {
      id: 'dark_theme_on',
      instruction: 'Turn on the dark theme in Settings.',
      apps: ['Settings'],
      seed: 3,
      success: { kind: 'state', predicate: { path: 'apps["com.android.settings"].display.darkMode', equals: true } },
      reference: [
        { do: 'tap', target: { desc: 'Settings' } },
        { do: 'tap', target: { text: 'Display' } },
        { do: 'tap', target: { text: 'Dark theme' } },
      ],
    },
    {
      id: 'alarm_6_45',
      instruction: 'Add an alarm at 06:45 in the Clock app.',
      apps: ['Clock'],
      seed: 5,
      success: { kind: 'state', predicate: { path: 'apps["com.android.deskclock"].alarms[*].time', equals: 405 } },
      reference: [
        { do: 'tap', target: { desc: 'Clock' } },
        { do: 'tap', target: { desc: 'Add alarm' } },
        { do: 'clear', target: { id: 'input_hour' } },
        { do: 'type', text: '6', target: { id: 'input_hour' } },
        { do: 'clear', target: { id: 'input_minute' } },
        { do: 'type', text: '45', target: { id: 'input_minute' } },
        { do: 'tap', target: { id: 'android:id/button1' } },
      ],
    },
    {
      id: 'device_name_maple',
      instruction: "Rename this phone's Bluetooth device name to maple.",
      apps: ['Settings'],
      seed: 6,
      success: {
        kind: 'state',
        predicate: { path: 'apps["com.android.settings"].bluetooth.deviceName', equals: 'maple' },
      },
      reference: [
        { do: 'openApp', package: 'com.android.settings' },
        { do: 'tap', target: { text: 'Connected devices' } },
        { do: 'tap', target: { text: 'Device name' } },
        { do: 'clear', target: { id: 'edittext' } },
        { do: 'type', text: 'maple', target: { id: 'edittext' } },
        { do: 'tap', target: { id: 'android:id/button1' } },
      ],
    },
    {
      id: 'open_about_phone',
      instruction: 'Open the About phone page in Settings.',
      apps: ['Settings'],
      seed: 4,
      launch: { mode: 'app', package: 'com.android.settings' },
      success: { kind: 'state', predicate: { path: 'screen', equals: 'settings/about' } },
      reference: [
        { do: 'scroll', direction: 'down' },
        { do: 'scroll', direction: 'down' },
        { do: 'tap', target: { text: 'About phone' } },
      ],
    },
  ],
  'bench/runnerScaling.ts',
);

export interface RunnerScalingOptions {
  /** Simulated latency per device command (default 100 ms, about a real device's). */
  latencyMs?: number;
  /** Repetitions of the task list (default 2: 8 runs). */
  repetitions?: number;
  /** Pool sizes compared (default 1 and 4). */
  poolSizes?: readonly [number, number];
  /**
   * Screenshots with each observation (default true, as a real run for the
   * SPA-Bench layout). Off, the device's own rendering CPU leaves the
   * measurement and what remains is the pool's overlap of device waits.
   */
  screenshots?: boolean;
}

export async function runRunnerScalingBench(options: RunnerScalingOptions = {}): Promise<BenchResult[]> {
  const latencyMs = options.latencyMs ?? 100;
  const repetitions = options.repetitions ?? 2;
  const [small, large] = options.poolSizes ?? [1, 4];
  const server = await startAppiumServer();
  const dirs: string[] = [];
  try {
    const measure = async (devices: number): Promise<{ ms: number; ok: number; runs: number }> => {
      const out = await mkdtemp(path.join(tmpdir(), `maple-scaling-${devices}-`));
      dirs.push(out);
      const source = await virtualDevices(devices, { latencyMs, serverUrl: server.url });
      const t0 = performance.now();
      const report = await runSuite({
        tasks: TASKS,
        repetitions,
        outDir: out,
        runTask: referenceRunTask({ screenshots: options.screenshots ?? true }),
        evaluate: createEvaluator(),
        devices: { factory: source.factory, size: source.size },
        config: { model: 'reference', fsm: false, faults: 'task' },
      });
      const ms = performance.now() - t0;
      await source.close();
      return { ms, ok: report.results.filter((r) => r.success).length, runs: report.results.length };
    };
    const one = await measure(small);
    const many = await measure(large);
    const speedup = one.ms / many.ms;
    const extra = {
      latencyMs,
      screenshots: String(options.screenshots ?? true),
      runs: one.runs,
      success1: `${one.ok}/${one.runs}`,
      successN: `${many.ok}/${many.runs}`,
    };
    return [
      {
        name: `runner: suite wall time, ${small} device`,
        unit: 'ms',
        p50: round(one.ms),
        p95: round(one.ms),
        n: 1,
        extra,
      },
      {
        name: `runner: suite wall time, ${large} devices`,
        unit: 'ms',
        p50: round(many.ms),
        p95: round(many.ms),
        n: 1,
        extra,
      },
      {
        name: `runner: speedup ${large} vs ${small} devices`,
        unit: 'x',
        p50: round(speedup),
        p95: round(speedup),
        n: 1,
        target: '>= 2x',
        extra,
      },
    ];
  } finally {
    await server.stop();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}
