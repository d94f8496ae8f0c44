/**
 * Writes a made-up benchmark output folder in the runner's format
 * (results.jsonl of TaskResult lines, summary.json, one trajectory per task),
 * for the report's tests and its size/speed benchmark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TaskResult } from '../../benchmarks/types.ts';
import { aggregateResults } from '../../benchmarks/metrics/aggregate.ts';
import type { RunTruth } from '../../benchmarks/truth/index.ts';
import { seededRandom, writeSyntheticTrajectory } from './syntheticTrajectory.ts';

/** Made-up ground truth for a run of `steps` actions: two of them did nothing, one mis-tap was caught. */
function syntheticTruth(steps: number, success: boolean): RunTruth {
  return {
    agentSteps: steps,
    frameworkSteps: 1,
    confusion: { effect: { success: steps - 3 }, no_effect: { no_change: 2 }, mis_tap: { fail: 1 } },
    judged: steps,
    effective: steps - 3,
    ineffective: 3,
    falseFail: 0,
    falseSuccess: 0,
    missedEffect: 0,
    wasted: 2,
    accurate: steps - 3,
    faults: { hit: 1, recovered: success ? 1 : 0, byType: { misTap: { hit: 1, recovered: success ? 1 : 0 } } },
    rollbacks: { attempts: 1, reached: 1 },
    alignment: 'exact',
  };
}

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
    // Every other failure is one the agent called a success: it finished, and the check found the task not done.
    const claimedSuccess = success || i % 2 === 0;
    const steps = (options.stepsPerTask ?? 10) + Math.floor(rnd() * 3) - 1;
    const taskId = `virtual_${String(i + 1).padStart(3, '0')}`;
    const rel = path.join('runs', `${taskId}-0`);
    const traj = writeSyntheticTrajectory(path.join(dir, rel), {
      task: `Task ${i + 1}: in ${apps.join(' then ')}, open the list and add an item`,
      steps,
      seed: i + 1,
      app: pkg,
      status: claimedSuccess ? 'success' : 'failed',
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
      verdict: {
        evaluator: 'state',
        success,
        reason: success ? 'predicate held' : 'predicate failed: item not added',
      },
      termination: claimedSuccess ? 'finished' : 'step_limit',
      exitCode: claimedSuccess ? 0 : 4,
      facts: {
        termination: claimedSuccess ? 'finished' : 'step_limit',
        steps,
        errorsDetected: 1,
        errorsRecovered: 1,
        modelCalls: s?.modelCalls ?? 0,
        tokensIn: s?.tokens.input ?? 0,
        tokensOut: s?.tokens.output ?? 0,
        ...(s?.tokenAccount ? { tokenAccount: s.tokenAccount } : {}),
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
      truth: syntheticTruth(steps, success),
    } as unknown as TaskResult;
    results.push(result);
  }
  writeFileSync(path.join(dir, 'results.jsonl'), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  // The runner's own aggregate, so the report reads what a real run writes (ground truth included).
  writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(aggregateResults(results, new Date(0)), null, 2));
  return { dir: path.resolve(dir), results };
}
