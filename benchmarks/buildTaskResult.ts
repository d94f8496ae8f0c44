/** Assembles one results.jsonl record from the task, what the runner counted and the evaluator's verdict. */
import type { EvaluationVerdict } from './evaluators/types.ts';
import { computeTaskMetrics } from './metrics/taskMetrics.ts';
import { exitCodeFor } from './output/exitCodes.ts';
import { runKeyOf } from './output/resultsJsonl.ts';
import type { BenchTask, RunFacts, TaskResult } from './types.ts';
import type { RunTruth } from './truth/truthMetrics.ts';

export interface TaskResultInput {
  task: BenchTask;
  repetition: number;
  config: TaskResult['config'];
  facts: RunFacts;
  verdict: EvaluationVerdict;
  startedAt: Date;
  endedAt: Date;
  /** Seed actually used (defaults to the task's). */
  seed?: number | null;
  trajectoryDir?: string;
  error?: string;
  /** Ground-truth metrics of the run (virtual device). */
  truth?: RunTruth;
}

export function buildTaskResult(input: TaskResultInput): TaskResult {
  const { task, facts } = input;
  return {
    runKey: runKeyOf(task.suite, task.id, input.repetition),
    taskId: task.id,
    suite: task.suite,
    repetition: input.repetition,
    seed: input.seed === undefined ? task.seed : input.seed,
    apps: task.apps,
    difficulty: task.difficulty,
    goldenSteps: task.goldenSteps,
    ...(task.category ? { category: task.category } : {}),
    ...(task.variant ? { variant: task.variant } : {}),
    ...(task.baseId ? { baseId: task.baseId } : {}),
    ...(task.safety ? { safety: task.safety } : {}),
    config: input.config,
    success: input.verdict.success,
    verdict: input.verdict,
    termination: facts.termination,
    exitCode: exitCodeFor(facts.termination),
    facts,
    metrics: computeTaskMetrics(facts, task.goldenSteps, input.truth),
    startedAt: input.startedAt.toISOString(),
    endedAt: input.endedAt.toISOString(),
    ...(input.truth ? { truth: input.truth } : {}),
    ...(input.trajectoryDir ? { trajectoryDir: input.trajectoryDir } : {}),
    ...(input.error ? { error: input.error } : {}),
  };
}
