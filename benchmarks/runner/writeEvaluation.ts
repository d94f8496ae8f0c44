/**
 * The trajectory's evaluation file, `evaluation.json`: the ground-truth
 * labels of every step and the run's truth metrics. It sits beside the
 * agent's own files but is written by the runner after the run, from what
 * the device recorded; the agent never reads it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LabelledRun, RunTruth } from '../truth/index.ts';

export const EVALUATION_FILE = 'evaluation.json';

export async function writeEvaluation(dir: string, run: LabelledRun, truth: RunTruth): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, EVALUATION_FILE);
  const body = { format: 'maple.evaluation', version: 1, alignment: run.alignment, truth, steps: run.labels };
  await writeFile(file, `${JSON.stringify(body, null, 1)}\n`);
  return file;
}
