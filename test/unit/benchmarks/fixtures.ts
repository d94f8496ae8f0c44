/** Small builders for benchmark tests: tasks and results without a device. */
import { buildTaskResult } from '../../../benchmarks/buildTaskResult.ts';
import type { BenchTask, RunFacts, TaskResult } from '../../../benchmarks/types.ts';
import type { RunTruth } from '../../../benchmarks/truth/index.ts';

/** Ground-truth metrics of one run: `agentSteps` actions, `accurate` of them with a lasting effect. */
export function makeTruth(over: Partial<RunTruth> = {}): RunTruth {
  return {
    agentSteps: 6,
    frameworkSteps: 0,
    confusion: { effect: { success: 5 }, no_effect: { no_change: 1 } },
    judged: 6,
    effective: 5,
    ineffective: 1,
    falseFail: 0,
    falseSuccess: 0,
    missedEffect: 0,
    wasted: 1,
    accurate: 5,
    faults: { hit: 0, recovered: 0, byType: {} },
    rollbacks: { attempts: 0, reached: 0 },
    alignment: 'exact',
    ...over,
  };
}

export function makeTask(id: string, over: Partial<BenchTask> = {}): BenchTask {
  return {
    id,
    suite: 'virtual',
    instruction: `do ${id}`,
    apps: ['Clock'],
    difficulty: 1,
    goldenSteps: 4,
    seed: 7,
    faultProfile: 'none',
    launch: { mode: 'home' },
    success: { kind: 'state', predicate: { path: 'x', exists: true } },
    crossApp: false,
    ...over,
  };
}

export function makeFacts(over: Partial<RunFacts> = {}): RunFacts {
  return {
    termination: 'finished',
    steps: 6,
    errorsDetected: 2,
    errorsRecovered: 1,
    modelCalls: 3,
    tokensIn: 1000,
    tokensOut: 100,
    costUsd: 0.01,
    wallMs: 3000,
    ...over,
  };
}

export function makeResult(
  task: BenchTask,
  success: boolean,
  over: { repetition?: number; facts?: Partial<RunFacts>; fsm?: boolean; truth?: Partial<RunTruth> | null } = {},
): TaskResult {
  return buildTaskResult({
    task,
    repetition: over.repetition ?? 0,
    config: { model: 'offline', fsm: over.fsm ?? true, faults: 'none' },
    facts: makeFacts(over.facts),
    verdict: success
      ? { evaluator: 'state', success: true, reason: 'ok', evidence: [] }
      : { evaluator: 'state', success: false, reason: 'no', evidence: [] },
    startedAt: new Date('2025-01-01T00:00:00Z'),
    endedAt: new Date('2025-01-01T00:00:03Z'),
    ...(over.truth === null ? {} : { truth: makeTruth(over.truth) }),
  });
}
