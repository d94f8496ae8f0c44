/** Reads a benchmark output folder (results.jsonl + optional summary.json) into a BenchView. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TaskResult } from '../../benchmarks/types.ts';
import { ReportInputError } from '../errors.ts';
import type { BenchTaskView, BenchView } from './BenchView.ts';

function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function numOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function configLabel(config: TaskResult['config'] | undefined): string {
  if (!config) return 'default';
  const rest = Object.entries(config)
    .filter(([k]) => !['model', 'fsm', 'faults'].includes(k))
    .map(([k, v]) => `${k}=${v}`);
  return [`${config.model}`, config.fsm ? 'FSM on' : 'FSM off', `faults ${config.faults}`, ...rest].join(' · ');
}

/** What the run's own summary.json says: the task text and the agent's claim (its status), when it can be read. */
function readRunSummary(trajectoryDir: string | undefined): { task?: string; status?: string } {
  if (!trajectoryDir) return {};
  const file = path.join(trajectoryDir, 'summary.json');
  if (!existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { task?: unknown; status?: unknown };
    return {
      ...(typeof value.task === 'string' ? { task: value.task } : {}),
      ...(typeof value.status === 'string' ? { status: value.status } : {}),
    };
  } catch {
    return {};
  }
}

/** One line of results.jsonl to a BenchTaskView. Tolerates missing optional parts (older or partial lines). */
export function toBenchTaskView(result: TaskResult & { instruction?: string }, dir: string): BenchTaskView {
  const facts: Partial<TaskResult['facts']> = result.facts ?? {};
  const metrics: Partial<TaskResult['metrics']> = result.metrics ?? {};
  const trajectoryDir = result.trajectoryDir ? path.resolve(dir, result.trajectoryDir) : undefined;
  const hasTrajectory = trajectoryDir !== undefined && existsSync(path.join(trajectoryDir, 'steps.jsonl'));
  const run = readRunSummary(hasTrajectory ? trajectoryDir : undefined);
  const instruction = result.instruction ?? run.task;
  const verdict = result.verdict as { reason?: unknown; evaluator?: unknown } | undefined;
  const view: BenchTaskView = {
    runKey: result.runKey ?? `${result.suite}:${result.taskId}#${result.repetition ?? 0}`,
    taskId: String(result.taskId),
    suite: String(result.suite ?? 'custom'),
    repetition: num(result.repetition),
    apps: Array.isArray(result.apps) ? result.apps.map(String) : [],
    difficulty: numOrNull(result.difficulty),
    goldenSteps: numOrNull(result.goldenSteps),
    configLabel: configLabel(result.config),
    success: result.success === true,
    agentClaim: run.status === 'success' ? 'success' : run.status === 'failed' ? 'failed' : 'unknown',
    evaluator: typeof verdict?.evaluator === 'string' ? verdict.evaluator : 'unknown',
    termination: String(result.termination ?? facts.termination ?? 'unknown'),
    steps: num(metrics.steps ?? facts.steps),
    stepRatio: numOrNull(metrics.stepRatio),
    recoverySuccess: numOrNull(metrics.recoverySuccess),
    actionAccuracy: numOrNull(metrics.actionAccuracy),
    errorsDetected: num(facts.errorsDetected),
    errorsRecovered: num(facts.errorsRecovered),
    modelCalls: num(metrics.modelCalls ?? facts.modelCalls),
    tokensIn: num(metrics.tokensIn ?? facts.tokensIn),
    tokensOut: num(metrics.tokensOut ?? facts.tokensOut),
    costUsd: num(metrics.costUsd ?? facts.costUsd),
    wallMs: num(metrics.wallMs ?? facts.wallMs),
  };
  if (instruction) view.instruction = instruction;
  if (result.category) view.category = result.category;
  if (hasTrajectory) view.trajectoryDir = trajectoryDir;
  if (typeof verdict?.reason === 'string') view.verdictReason = verdict.reason;
  if (result.error) view.error = result.error;
  return view;
}

export function isBenchDir(dir: string): boolean {
  return existsSync(path.join(dir, 'results.jsonl'));
}

export function readBenchDir(dir: string): BenchView {
  const file = path.join(dir, 'results.jsonl');
  if (!existsSync(file)) {
    throw new ReportInputError(
      `${dir} is not a benchmark output folder: results.jsonl is missing (give the --out folder of "maple bench")`,
    );
  }
  const tasks: BenchTaskView[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        // an interrupted runner can leave a half-written last line; earlier lines are whole
        return;
      }
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        typeof (parsed as { taskId?: unknown }).taskId !== 'string'
      ) {
        throw new ReportInputError(
          `${file} line ${i + 1} is not a task result (no "taskId"): is this a "maple bench" results file?`,
        );
      }
      tasks.push(toBenchTaskView(parsed as TaskResult, dir));
    });
  let summary: Record<string, unknown> | undefined;
  const summaryFile = path.join(dir, 'summary.json');
  if (existsSync(summaryFile)) {
    try {
      const value: unknown = JSON.parse(readFileSync(summaryFile, 'utf8'));
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        summary = value as Record<string, unknown>;
    } catch {
      summary = undefined;
    }
  }
  const suites = [...new Set(tasks.map((t) => t.suite))];
  const title = `Benchmark: ${suites.join(', ') || 'no tasks'} (${tasks.length} run${tasks.length === 1 ? '' : 's'})`;
  return { dir: path.resolve(dir), title, tasks, ...(summary ? { summary } : {}) };
}
