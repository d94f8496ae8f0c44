/**
 * Reads a trajectory folder back (reports, benchmark export, tests). A
 * truncated last line in steps.jsonl (a run killed mid-write) is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunSummary, StepRecord } from './types.ts';

export class TrajectoryReadError extends Error {
  override name = 'TrajectoryReadError';
}

export interface Trajectory {
  dir: string;
  summary?: RunSummary;
  steps: StepRecord[];
}

export function readTrajectory(dir: string): Trajectory {
  const stepsFile = path.join(dir, 'steps.jsonl');
  if (!existsSync(stepsFile)) {
    throw new TrajectoryReadError(
      `${dir} is not a trajectory folder: steps.jsonl is missing (give the --out folder of a maple run)`,
    );
  }
  const steps: StepRecord[] = [];
  for (const line of readFileSync(stepsFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      steps.push(JSON.parse(line) as StepRecord);
    } catch {
      // a half-written last line from an interrupted run: everything before it is intact
    }
  }
  const summaryFile = path.join(dir, 'summary.json');
  const summary = existsSync(summaryFile) ? (JSON.parse(readFileSync(summaryFile, 'utf8')) as RunSummary) : undefined;
  return { dir, steps, ...(summary ? { summary } : {}) };
}
