/**
 * Reads a trajectory's `evaluation.json` (benchmarks/runner/writeEvaluation.ts):
 * the ground-truth label of every step, written by the benchmark runner from
 * what the device recorded. A run page shows them beside the agent's own
 * verdicts; a file it cannot read is reported on the page, never fatal.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EVALUATION_FILE } from '../../benchmarks/runner/writeEvaluation.ts';
import type { RunTruth, TrueStepLabel } from '../../benchmarks/truth/index.ts';

export type StepTruth =
  | { kind: 'labels'; byStep: Map<number, TrueStepLabel>; truth?: RunTruth; alignment?: string }
  | { kind: 'unreadable'; problem: string };

function isLabel(value: unknown): value is TrueStepLabel {
  const v = value as Partial<TrueStepLabel> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.index === 'number' &&
    typeof v.outcome === 'string' &&
    typeof v.judged === 'string'
  );
}

/** undefined when the run has no evaluation file (a plain `maple run`, a real device). */
export function readEvaluation(dir: string): StepTruth | undefined {
  const file = path.join(dir, EVALUATION_FILE);
  if (!existsSync(file)) return undefined;
  let body: { format?: unknown; version?: unknown; steps?: unknown; truth?: unknown; alignment?: unknown };
  try {
    body = JSON.parse(readFileSync(file, 'utf8')) as typeof body;
  } catch (error) {
    return { kind: 'unreadable', problem: `${file} is not JSON (${(error as Error).message})` };
  }
  if (body.format !== 'maple.evaluation' || body.version !== 1 || !Array.isArray(body.steps)) {
    return {
      kind: 'unreadable',
      problem: `${file} is not a version-1 "maple.evaluation" file (format ${JSON.stringify(body.format)}, version ${JSON.stringify(body.version)})`,
    };
  }
  const byStep = new Map<number, TrueStepLabel>();
  for (const label of body.steps) if (isLabel(label)) byStep.set(label.index, label);
  return {
    kind: 'labels',
    byStep,
    ...(typeof body.truth === 'object' && body.truth !== null ? { truth: body.truth as RunTruth } : {}),
    ...(typeof body.alignment === 'string' ? { alignment: body.alignment } : {}),
  };
}
