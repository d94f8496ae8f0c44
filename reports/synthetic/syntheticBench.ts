/**
 * Writes a made-up benchmark output folder in the runner's format
 * (results.jsonl of TaskResult lines, summary.json, one trajectory per task),
 * for the report's tests and its size/speed benchmark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TaskResult } from '../../benchmarks/types.ts';
import { seededRandom, writeSyntheticTrajectory } from './syntheticTrajectory.ts';

const APPS = [
  ['Clock', 'com.maple.clock'],
  ['Contacts', 'com.maple.contacts'],
  ['Messages', 'com.maple.messages'],
  ['Settings', 'com.maple.settings'],
  ['Shopping', 'com.maple.shopping'],
  ['Notes', 'com.maple.notes'],
] as const;

export interface SyntheticBenchOptions {
  tasks?: number;
  stepsPerTask?: number;
  seed?: number;
  width?: number;
  height?: number;
}

export function writeSyntheticBench(
  dir: string,
  options: SyntheticBenchOptions = {},
): { dir: string; results: TaskResult[] } {
  const rnd = seededRandom(options.seed ?? 7);
  const n = options.tasks ?? 60;
  mkdirSync(dir, { recursive: true });
  const results: TaskResult[] = [];
  for (let i = 0; i < n; i++) {
    const [appName, pkg] = APPS[i % APPS.length] ?? APPS[0];
    const cross = i % 3 === 0;
    const second = APPS[(i + 2) % APPS.length] ?? APPS[1];
    const apps = cross ? [appName, second[0]] : [appName];
    const difficulty = ((i % 3) + 1) as 1 | 2 | 3;
    const success = rnd() < 0.8 - difficulty * 0.1;
    const steps = (options.stepsPerTask ?? 10) + Math.floor(rnd() * 3) - 1;
    const taskId = `virtual_${String(i + 1).padStart(3, '0')}`;
    const rel = path.join('runs', `${taskId}-0`);
    const traj = writeSyntheticTrajectory(path.join(dir, rel), {
      task: `Task ${i + 1}: in ${apps.join(' then ')}, open the list and add an item`,
      steps,
      seed: i + 1,
      app: pkg,
      status: success ? 'success' : 'failed',
      ...(options.width ? { width: options.width } : {}),
      ...(options.height ? { height: options.height } : {}),
    });
    const s = traj.summary;
    const golden = Math.max(2, steps - 1 - Math.floor(rnd() * 4));
    const result = {
      runKey: `virtual:${taskId}#0`,
      taskId,
      suite: 'virtual',
      repetition: 0,
      seed: i + 1,
      apps,
      difficulty,
      goldenSteps: golden,
      category: cross ? 'cross-app' : 'single-app',
      config: { model: 'claude-sonnet-4-5', fsm: true, faults: 'mis-tap' },
      success,
      verdict: { success, reason: success ? 'predicate held' : 'predicate failed: item not added' },
      termination: success ? 'finished' : 'step_limit',
      exitCode: success ? 0 : 4,
      facts: {
        termination: success ? 'finished' : 'step_limit',
        steps,
        intendedActions: steps - 2,
        errorsDetected: 1,
        errorsRecovered: 1,
        modelCalls: s?.modelCalls ?? 0,
        tokensIn: s?.tokens.input ?? 0,
        tokensOut: s?.tokens.output ?? 0,
        costUsd: s?.costUsd ?? 0,
        wallMs: s?.durationMs ?? 0,
      },
      metrics: {
        steps,
        stepRatio: steps / golden,
        recoverySuccess: 1,
        actionAccuracy: (steps - 2) / steps,
        modelCalls: s?.modelCalls ?? 0,
        tokensIn: s?.tokens.input ?? 0,
        tokensOut: s?.tokens.output ?? 0,
        costUsd: s?.costUsd ?? 0,
        wallMs: s?.durationMs ?? 0,
        msPerStep: (s?.durationMs ?? 0) / steps,
      },
      startedAt: s?.startedAt ?? '',
      endedAt: s?.endedAt ?? '',
      trajectoryDir: rel,
    } as unknown as TaskResult;
    results.push(result);
  }
  writeFileSync(path.join(dir, 'results.jsonl'), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  // The runner's summary.json carries more (benchmarks/metrics BenchSummary); the report reads only its scalars and overall.success.
  const successes = results.filter((r) => r.success).length;
  writeFileSync(
    path.join(dir, 'summary.json'),
    JSON.stringify(
      {
        generatedAt: new Date(0).toISOString(),
        runs: n,
        tasks: n,
        overall: {
          success: {
            successes,
            n,
            rate: successes / n,
            low: Math.max(0, successes / n - 0.1),
            high: Math.min(1, successes / n + 0.1),
          },
        },
      },
      null,
      2,
    ),
  );
  return { dir: path.resolve(dir), results };
}
