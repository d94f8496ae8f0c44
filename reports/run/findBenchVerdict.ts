/**
 * The benchmark evaluator's verdict on one run, found from the run's own
 * trajectory folder: the runner writes a trajectory under its output folder
 * (`<out>/trajectories/<suite>/<task>/rep<N>`) and one line per run into
 * `<out>/results.jsonl` naming that folder. A run page shows this verdict
 * beside what the agent said, because the agent's own "finished" is a claim,
 * and the evaluator checked the phone.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** What the evaluator found, as one results.jsonl line records it (benchmarks/types.ts TaskResult). */
export interface BenchVerdict {
  success: boolean;
  /** Which evaluator decided: state, spa-bench, rubric, or none (the run was not evaluated). */
  evaluator: string;
  reason: string;
  taskId: string;
  /** The runner's termination reason, and its error message when the run broke. */
  termination?: string;
  error?: string;
  /** The results.jsonl the verdict was read from. */
  source: string;
}

/** How far up from a trajectory folder a bench output folder can be (`trajectories/<suite>/<task>/rep<N>` is 4). */
const MAX_LEVELS_UP = 5;

function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** A results.jsonl line as far as the run page needs it; older or partial lines may lack parts. */
interface ResultLine {
  taskId?: unknown;
  success?: unknown;
  trajectoryDir?: unknown;
  termination?: unknown;
  error?: unknown;
  verdict?: { evaluator?: unknown; reason?: unknown };
}

export function toBenchVerdict(line: ResultLine, source: string): BenchVerdict {
  const verdict: BenchVerdict = {
    success: line.success === true,
    evaluator: typeof line.verdict?.evaluator === 'string' ? line.verdict.evaluator : 'unknown',
    reason: typeof line.verdict?.reason === 'string' ? line.verdict.reason : '',
    taskId: String(line.taskId ?? ''),
    source,
  };
  if (typeof line.termination === 'string') verdict.termination = line.termination;
  if (typeof line.error === 'string') verdict.error = line.error;
  return verdict;
}

function matchIn(benchDir: string, trajectoryDir: string): BenchVerdict | undefined {
  const file = path.join(benchDir, 'results.jsonl');
  let found: BenchVerdict | undefined;
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    let line: ResultLine;
    try {
      line = JSON.parse(text) as ResultLine;
    } catch {
      continue; // an interrupted runner's half-written last line
    }
    if (typeof line.trajectoryDir !== 'string') continue;
    // The last line wins: a resumed bench never rewrites a run, but a hand-merged file might hold two.
    if (samePath(path.resolve(benchDir, line.trajectoryDir), trajectoryDir)) found = toBenchVerdict(line, file);
  }
  return found;
}

/** The verdict on the run in `trajectoryDir` when a bench output folder above it lists that run; else undefined. */
export function findBenchVerdict(trajectoryDir: string): BenchVerdict | undefined {
  let dir = path.resolve(trajectoryDir);
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    if (existsSync(path.join(dir, 'results.jsonl'))) {
      const hit = matchIn(dir, trajectoryDir);
      if (hit) return hit;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
