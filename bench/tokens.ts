/**
 * Lean model requests (issue 12), counted by the project's own token account
 * from the real requests of the agent: the whole virtual suite with the
 * noisy oracle (`--model noisy-oracle:0.2 --faults light`) on two virtual
 * devices with model screenshots `auto` (the default), then its cross-app
 * tasks again with `always` (every executor request carries one: the upper
 * bound of what images cost; the runs are otherwise the same, since the
 * oracle and the faults are seeded). Screenshots are not saved with each
 * observation (the model's are taken on demand), so the passes measure the
 * model's input, not the report's images.
 *
 * Targets: at most 2.5k input tokens per executor request without its
 * screenshot, at most 40k per cross-app run (a task of two apps or more)
 * with screenshots, at most 1.2 model calls per step. Each figure is the
 * mean over the suite (what the targets are about), with p50/p95 over runs.
 * The success rate rides along in `extra`: a leaner request that loses what
 * the model needs shows there first.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accountTotal, inputPerCallWithoutImages } from '../agent/calls/tokenAccount.ts';
import type { ScreenshotMode } from '../agent/perceive/index.ts';
import { tokenStats } from '../benchmarks/metrics/tokenStats.ts';
import { loadRunTask, loadSuite } from '../benchmarks/runner/agentRunner.ts';
import { createEvaluator } from '../benchmarks/runner/defaultEvaluate.ts';
import { virtualDevices } from '../benchmarks/runner/deviceSources.ts';
import { runSuite } from '../benchmarks/runner/runSuite.ts';
import type { BenchTask, TaskResult } from '../benchmarks/types.ts';
import { round, summarize } from './stats.ts';
import type { BenchResult } from './types.ts';

export const TOKEN_TARGETS = {
  /** Mean input tokens per executor request, its screenshot left out. */
  executorRequestWithoutImage: 2500,
  /** Mean input tokens per cross-app run, every role, screenshots included. */
  crossAppRun: 40_000,
  /** Model calls over steps. */
  callsPerStep: 1.2,
} as const;

const MODEL = 'noisy-oracle:0.2';

export interface TokenBenchOptions {
  /** Task ids (default: the whole virtual suite). */
  tasks?: readonly string[];
  /** Virtual devices (default 2). */
  devices?: number;
}

const verdict = (ok: boolean): string => (ok ? 'pass' : 'FAIL');

async function runPass(mode: ScreenshotMode, tasks: BenchTask[], options: TokenBenchOptions): Promise<TaskResult[]> {
  const out = await mkdtemp(path.join(tmpdir(), `maple-tokens-${mode}-`));
  const source = await virtualDevices(options.devices ?? 2);
  try {
    const report = await runSuite({
      tasks,
      repetitions: 1,
      outDir: out,
      runTask: await loadRunTask({
        agent: 'maple',
        model: MODEL,
        fsm: true,
        screenshots: false,
        modelScreenshots: mode,
      }),
      evaluate: createEvaluator(),
      devices: source,
      faultsOverride: 'light',
      config: { model: MODEL, fsm: true, faults: 'light', agent: 'maple', screenshots: mode },
    });
    return report.results;
  } finally {
    await source.close();
    await rm(out, { recursive: true, force: true });
  }
}

function success(results: readonly TaskResult[]): string {
  return `${results.filter((r) => r.success).length}/${results.length}`;
}

function meanResult(
  name: string,
  unit: string,
  mean: number,
  perRun: number[],
  target: number,
  extra: Record<string, number | string>,
): BenchResult {
  const s = summarize(perRun);
  return {
    name,
    unit,
    p50: round(s.p50),
    p95: round(s.p95),
    n: s.n,
    target: `mean <= ${target.toLocaleString('en-US')}`,
    extra: { mean: round(mean), max: round(s.max), ...extra, verdict: verdict(mean <= target) },
  };
}

/** A pass's figures: per executor request and calls per step (over all its runs), per cross-app run. */
function passResults(mode: ScreenshotMode, results: readonly TaskResult[], perRequest: boolean): BenchResult[] {
  const t = tokenStats(results);
  if (!t) throw new Error(`tokens bench: the ${mode} pass made no model calls`);
  const counted = results.filter((r) => r.facts.tokenAccount && r.facts.modelCalls > 0);
  const executor = t.account.byRole.executor;
  // Where an executor request's input goes, per request: the parts the account splits it into.
  const parts: Record<string, number> = {};
  for (const [part, n] of Object.entries(executor?.parts ?? {})) parts[`request.${part}`] = round(n / t.executor.calls);
  const common = { screenshots: mode, runs: counted.length, success: success(results) };
  const withoutImage = counted.flatMap((r) => {
    const v = inputPerCallWithoutImages(r.facts.tokenAccount!.byRole.executor);
    return v === null ? [] : [v];
  });
  const crossApp = counted.filter((r) => r.apps.length >= 2);
  const crossAppResult = meanResult(
    `tokens (${mode}): input per cross-app run, screenshots included`,
    'tokens',
    t.crossApp.inputPerRun ?? 0,
    crossApp.map((r) => accountTotal(r.facts.tokenAccount!).inputTokens),
    TOKEN_TARGETS.crossAppRun,
    { ...common, crossAppRuns: crossApp.length, requests: t.executor.calls, withScreenshot: t.executor.imageCalls },
  );
  if (!perRequest) return [crossAppResult];
  return [
    meanResult(
      `tokens (${mode}): executor input per request, without its screenshot`,
      'tokens',
      t.executor.inputPerCallWithoutImages ?? 0,
      withoutImage,
      TOKEN_TARGETS.executorRequestWithoutImage,
      { ...common, requests: t.executor.calls, withScreenshot: t.executor.imageCalls, ...parts },
    ),
    crossAppResult,
    meanResult(
      `tokens (${mode}): model calls per step`,
      'calls',
      t.callsPerStep ?? 0,
      counted.map((r) => r.facts.modelCalls / Math.max(1, r.facts.steps)),
      TOKEN_TARGETS.callsPerStep,
      common,
    ),
  ];
}

export async function runTokenBench(options: TokenBenchOptions = {}): Promise<BenchResult[]> {
  const all = await loadSuite('virtual');
  const wanted = options.tasks;
  const tasks = wanted ? all.filter((t) => wanted.includes(t.id)) : all;
  const crossApp = tasks.filter((t) => t.apps.length >= 2);
  return [
    ...passResults('auto', await runPass('auto', tasks, options), true),
    ...passResults('always', await runPass('always', crossApp, options), false),
  ];
}
