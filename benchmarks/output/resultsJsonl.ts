/**
 * results.jsonl: one line per finished run, appended as each run ends. A
 * line is written with a single append and flushed, so after a crash the
 * file holds whole lines plus at most one truncated last line; readFinished
 * skips that line, and the next append starts on a fresh line. A run whose
 * line is present is finished and is not rerun on resume.
 */
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TaskResult } from '../types.ts';

export const RESULTS_FILE = 'results.jsonl';

/** Appends to one file are chained so concurrent workers of one process never interleave the tail check. */
const chains = new Map<string, Promise<void>>();

async function appendLine(file: string, line: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const fh = await open(file, 'a+');
  try {
    const { size } = await fh.stat();
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await fh.read(last, 0, 1, size - 1);
      // A crash mid-write left a partial line: end it so the new record stands alone.
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await fh.write(Buffer.from(`${prefix}${line}\n`, 'utf8'));
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Appends one finished run to `<dir>/results.jsonl`. */
export function appendResult(dir: string, result: TaskResult): Promise<void> {
  const file = path.join(dir, RESULTS_FILE);
  const line = JSON.stringify(result);
  if (line.includes('\n')) throw new Error('JSON.stringify produced a newline');
  const prev = chains.get(file) ?? Promise.resolve();
  const next = prev.catch(() => undefined).then(() => appendLine(file, line));
  chains.set(file, next);
  return next;
}

export interface BadLine {
  /** 1-based line number. */
  line: number;
  reason: string;
}

export interface FinishedRuns {
  /** Valid results in file order; a later line for the same runKey replaces an earlier one. */
  results: TaskResult[];
  /** runKeys of finished runs: skip these on resume. */
  keys: Set<string>;
  /** The last line was cut off (an interrupted write). */
  truncatedTail: boolean;
  /** Unreadable lines other than a truncated tail (should not happen; reported, not fatal). */
  corrupt: BadLine[];
}

function validate(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return 'not a JSON object';
  const r = v as Record<string, unknown>;
  if (typeof r['runKey'] !== 'string') return 'missing runKey';
  if (typeof r['taskId'] !== 'string') return 'missing taskId';
  if (typeof r['success'] !== 'boolean') return 'missing success';
  if (typeof r['facts'] !== 'object' || r['facts'] === null) return 'missing facts';
  return null;
}

/** Reads `<dir>/results.jsonl` (an absent file = nothing finished). */
export async function readFinished(dir: string): Promise<FinishedRuns> {
  const file = path.join(dir, RESULTS_FILE);
  const empty: FinishedRuns = { results: [], keys: new Set(), truncatedTail: false, corrupt: [] };
  if (!existsSync(file) || (await stat(file)).size === 0) return empty;
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  const endsClean = text.endsWith('\n');
  if (endsClean) lines.pop();
  const byKey = new Map<string, TaskResult>();
  const corrupt: BadLine[] = [];
  let truncatedTail = false;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const isLast = i === lines.length - 1;
    let value: unknown;
    let problem: string | null;
    try {
      value = JSON.parse(line);
      problem = validate(value);
    } catch (e) {
      problem = `invalid JSON: ${(e as Error).message}`;
    }
    if (problem === null) {
      const r = value as TaskResult;
      byKey.delete(r.runKey);
      byKey.set(r.runKey, r);
    } else if (isLast && !endsClean) {
      truncatedTail = true;
    } else {
      corrupt.push({ line: i + 1, reason: problem });
    }
  });
  const results = [...byKey.values()];
  return { results, keys: new Set(byKey.keys()), truncatedTail, corrupt };
}

/** The resume key of a run. */
export function runKeyOf(suite: string, taskId: string, repetition: number): string {
  return `${suite}:${taskId}#${repetition}`;
}
