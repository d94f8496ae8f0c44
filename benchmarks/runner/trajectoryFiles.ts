/**
 * Reading what the runner needs from a trajectory folder (agent/trajectory
 * layout): the observations in order (page sources and screenshots, the
 * final one included), actions in words, and the SPA-Bench agent layout
 * built from them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunSummary, StepRecord } from '../../agent/trajectory/types.ts';
import { screenTextFromPageSource } from '../evaluators/screenText.ts';
import type { ScreenText } from '../evaluators/types.ts';
import { writeSpaBenchLayout, type SpaBenchStepLog } from '../output/spaBenchLayout.ts';

/** Relative paths of every observation, in order: each step's "before", then final/. */
function observationFiles(dir: string, steps: readonly StepRecord[], kind: 'pageSource' | 'screenshot'): string[] {
  const rel = steps.map((s) => s.before[kind]).filter((p): p is string => typeof p === 'string');
  const final = path.join('final', kind === 'pageSource' ? 'page.xml' : 'screen.png');
  if (existsSync(path.join(dir, final))) rel.push(final);
  return rel.map((r) => path.join(dir, r)).filter((f) => existsSync(f));
}

/** The text of every observed screen (from the hierarchy), numbered like SPA-Bench's screenshots. */
export function trajectoryScreens(dir: string, steps: readonly StepRecord[]): ScreenText[] {
  return observationFiles(dir, steps, 'pageSource').map((f, index) => ({
    index,
    text: screenTextFromPageSource(readFileSync(f, 'utf8')),
  }));
}

/** "tap 'Wi-Fi'", "type 'hello'": how a judge reads the actions. */
export function describeAction(step: StepRecord): string {
  const { name, input, element } = step.action;
  const text = typeof input['text'] === 'string' ? ` '${input['text']}'` : '';
  const on = element ? ` on '${element.label}'` : '';
  const other = !text && !on && Object.keys(input).length ? ` ${JSON.stringify(input)}` : '';
  return `${name}${text}${on}${other}`;
}

export interface SpaBenchExportInput {
  trajectoryDir: string;
  steps: readonly StepRecord[];
  summary: RunSummary | null;
  /** `<root>/<task_identifier>/<agent>`. */
  targetDir: string;
  setupMs: number;
  execMs: number;
  error?: string;
}

/** Writes SPA-Bench's agent folder for one run from its trajectory. */
export async function writeSpaBenchFromTrajectory(input: SpaBenchExportInput): Promise<void> {
  const screenshots = observationFiles(input.trajectoryDir, input.steps, 'screenshot').map((f) => readFileSync(f));
  const steps: SpaBenchStepLog[] = input.steps.map((s) => ({
    step: s.index,
    ...(s.action.reason ? { response: s.action.reason } : {}),
    prompt_tokens: s.modelCalls.reduce((a, c) => a + c.inputTokens, 0),
    completion_tokens: s.modelCalls.reduce((a, c) => a + c.outputTokens, 0),
    action: { name: s.action.name, ...s.action.input },
  }));
  await writeSpaBenchLayout(input.targetDir, {
    screenshots,
    steps,
    finished: input.summary?.reason === 'finished',
    elapsedInitialSec: input.setupMs / 1000,
    elapsedExecSec: input.execMs / 1000,
    ...(input.summary ? { totalSteps: input.summary.steps } : {}),
    ...(input.error ? { error: input.error } : {}),
  });
}
