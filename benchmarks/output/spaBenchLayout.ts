/**
 * The SPA-Bench agent layout, so SPA-Bench's own evaluator can score our
 * runs: `<results>/<task_identifier>/<agent>/` holding `0.png, 1.png, …`
 * (one screenshot per observation, in order) and `log.json`, a JSON list of
 * per-step entries `{ step, response, prompt_tokens, completion_tokens,
 * action }` whose LAST element is the summary SPA-Bench reads
 * (framework/utils.py: `json.load(file)[-1]`):
 *   { total_steps, finish_signal (0|1), elapsed_time_initial, elapsed_time_exec (seconds),
 *     total_prompt_tokens, total_completion_tokens }
 * and, when the run failed, `error.json`: `[{ "error_message": "…" }]`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './writeFileAtomic.ts';

export const DEFAULT_SPA_BENCH_AGENT = 'MAPLE';

export interface SpaBenchStepLog {
  step: number;
  response?: string;
  prompt_tokens: number;
  completion_tokens: number;
  action: string | Record<string, unknown>;
}

export interface SpaBenchLogSummary {
  total_steps: number;
  finish_signal: 0 | 1;
  elapsed_time_initial: number;
  elapsed_time_exec: number;
  total_prompt_tokens: number;
  total_completion_tokens: number;
}

export interface SpaBenchRun {
  /** PNG bytes, one per observation, in order. */
  screenshots: readonly Uint8Array[];
  steps: readonly SpaBenchStepLog[];
  /** The agent declared the task done (finish_signal 1). */
  finished: boolean;
  /** Setup (reset, launch) in seconds. */
  elapsedInitialSec: number;
  /** Execution in seconds. */
  elapsedExecSec: number;
  /** Defaults to the number of step entries (actions performed). */
  totalSteps?: number;
  error?: string;
}

/** `<root>/<task_identifier>/<agent>`: where SPA-Bench's "full" mode looks. */
export function spaBenchTaskDir(root: string, taskIdentifier: string, agent: string = DEFAULT_SPA_BENCH_AGENT): string {
  return path.join(root, taskIdentifier, agent);
}

/** Writes (replacing) one task's SPA-Bench folder. */
export async function writeSpaBenchLayout(dir: string, run: SpaBenchRun): Promise<void> {
  // SPA-Bench clears the agent folder before a run; stale screenshots would confuse its evaluator.
  if (existsSync(dir)) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [i, png] of run.screenshots.entries()) await writeFileAtomic(path.join(dir, `${i}.png`), png);
  const summary: SpaBenchLogSummary = {
    total_steps: run.totalSteps ?? run.steps.length,
    finish_signal: run.finished ? 1 : 0,
    elapsed_time_initial: run.elapsedInitialSec,
    elapsed_time_exec: run.elapsedExecSec,
    total_prompt_tokens: run.steps.reduce((a, s) => a + s.prompt_tokens, 0),
    total_completion_tokens: run.steps.reduce((a, s) => a + s.completion_tokens, 0),
  };
  await writeFileAtomic(path.join(dir, 'log.json'), JSON.stringify([...run.steps, summary], null, 2));
  if (run.error)
    await writeFileAtomic(path.join(dir, 'error.json'), JSON.stringify([{ error_message: run.error }], null, 2));
}

export interface SpaBenchLayoutCheck {
  ok: boolean;
  problems: string[];
  screenshots: number;
  summary: SpaBenchLogSummary | null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function isNonNegInt(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** Checks a task folder against the format SPA-Bench's evaluator reads. */
export async function checkSpaBenchLayout(dir: string): Promise<SpaBenchLayoutCheck> {
  const problems: string[] = [];
  if (!existsSync(dir)) return { ok: false, problems: [`folder not found: ${dir}`], screenshots: 0, summary: null };
  const names = await readdir(dir);
  const images = names.filter((n) => /\.(png|jpg)$/.test(n));
  const numbered = images
    .filter((n) => /^\d+\.png$/.test(n))
    .map((n) => Number(n.slice(0, -4)))
    .sort((a, b) => a - b);
  for (const n of images)
    if (!/^\d+\.png$/.test(n)) problems.push(`screenshot ${n} is not named <n>.png (SPA-Bench sorts by the number)`);
  numbered.forEach((n, i) => {
    if (n !== i)
      problems.push(`screenshots must be numbered 0..${numbered.length - 1} without gaps; found ${n} at position ${i}`);
  });
  if (numbered.length === 0) problems.push('no screenshots (SPA-Bench marks such a task as an evaluation error)');
  for (const n of numbered) {
    const head = (await readFile(path.join(dir, `${n}.png`))).subarray(0, 8);
    if (!head.equals(PNG_SIGNATURE)) problems.push(`${n}.png is not a PNG file`);
  }

  let summary: SpaBenchLogSummary | null = null;
  const logFile = path.join(dir, 'log.json');
  if (!existsSync(logFile)) problems.push('log.json missing');
  else {
    let log: unknown;
    try {
      log = JSON.parse(await readFile(logFile, 'utf8'));
    } catch (e) {
      problems.push(`log.json is not JSON: ${(e as Error).message}`);
    }
    if (log !== undefined) {
      if (!Array.isArray(log) || log.length === 0)
        problems.push('log.json must be a non-empty JSON list whose last element is the summary');
      else {
        const last = log[log.length - 1] as Record<string, unknown>;
        for (const k of ['total_steps', 'total_prompt_tokens', 'total_completion_tokens'])
          if (!isNonNegInt(last[k])) problems.push(`log.json summary: ${k} must be a whole number >= 0`);
        for (const k of ['elapsed_time_initial', 'elapsed_time_exec'])
          if (!(typeof last[k] === 'number' && (last[k] as number) >= 0))
            problems.push(`log.json summary: ${k} must be a number of seconds >= 0`);
        if (last['finish_signal'] !== 0 && last['finish_signal'] !== 1)
          problems.push('log.json summary: finish_signal must be 0 or 1');
        const steps = log.slice(0, -1) as Array<Record<string, unknown>>;
        steps.forEach((s, i) => {
          if (!isNonNegInt(s['step'])) problems.push(`log.json entry ${i}: step must be a whole number`);
          if (!isNonNegInt(s['prompt_tokens']) || !isNonNegInt(s['completion_tokens']))
            problems.push(`log.json entry ${i}: prompt_tokens and completion_tokens must be whole numbers`);
        });
        const sumP = steps.reduce((a, s) => a + (Number(s['prompt_tokens']) || 0), 0);
        const sumC = steps.reduce((a, s) => a + (Number(s['completion_tokens']) || 0), 0);
        if (steps.length && (sumP !== last['total_prompt_tokens'] || sumC !== last['total_completion_tokens']))
          problems.push('log.json summary: token totals differ from the sum of the steps');
        if (
          isNonNegInt(last['total_steps']) &&
          numbered.length > 0 &&
          numbered.length < (last['total_steps'] as number)
        ) {
          problems.push(`fewer screenshots (${numbered.length}) than steps (${String(last['total_steps'])})`);
        }
        summary = last as unknown as SpaBenchLogSummary;
      }
    }
  }
  const errorFile = path.join(dir, 'error.json');
  if (existsSync(errorFile)) {
    try {
      const e = JSON.parse(await readFile(errorFile, 'utf8')) as unknown;
      if (!Array.isArray(e) || typeof (e[0] as Record<string, unknown> | undefined)?.['error_message'] !== 'string')
        problems.push('error.json must be [{"error_message": "..."}]');
    } catch {
      problems.push('error.json is not JSON');
    }
  }
  return { ok: problems.length === 0, problems, screenshots: numbered.length, summary };
}
