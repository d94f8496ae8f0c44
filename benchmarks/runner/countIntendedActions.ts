/**
 * Action accuracy's numerator: how many of a run's actions had the intended
 * effect. This is the one place that decides it, and it judges every run
 * alike — FSM on or off, any model — from evaluation-side knowledge only.
 *
 * With ground truth (the virtual device, GroundTruthRecorder), a step's action
 * counts as intended when it did what the task's plan needed:
 *   1. it reached the device (a record matches the step) and did not fail
 *      there (no error);
 *   2. the device did not mis-tap it (the fault log's `misTap` entry for that
 *      action: the tap ran on another element than the one aimed at);
 *   3. when the run's model is a scripted one that knows its own intent (the
 *      ablation's noisy oracle), it was not one of its deliberate errors.
 * The verifier's verdict plays no part: a wrong action the framework did not
 * notice is still wrong, a right one it doubted is still right. Recovery
 * actions (rollback Back presses, dismissing a pop-up) count like any other
 * action. Actions with no device effect (wait, finish, copy) need no record;
 * an action that never reached the device (an invalid answer, `none`) is not
 * intended.
 *
 * Without ground truth (a real device: records = null) only the verifier's
 * word is left: a step counts when it was judged `success`.
 *
 * Steps are matched to records by time: a step's action is the first
 * unmatched record issued at or after the step started and no later than the
 * next step started. A scripted model's answer belongs to the first step that
 * started at or after it was given (a step starts once its answer is in).
 */
import type { StepRecord } from '../../agent/trajectory/types.ts';
import type { TrueActionRecord } from './GroundTruthRecorder.ts';
import type { ModelIntent } from './types.ts';

export interface IntendedActionsResult {
  intended: number;
  /** Per step, in order: whether it counted, and why not. */
  perStep: Array<{ index: number; intended: boolean; why: string }>;
}

/** Actions that do nothing on the device (no record expected). */
const NO_DEVICE_ACTION = new Set(['wait', 'finish', 'copy', 'subgoal_done']);

export function countIntendedActions(
  steps: readonly StepRecord[],
  records: readonly TrueActionRecord[] | null,
  intents: readonly ModelIntent[] | null = null,
): IntendedActionsResult {
  const perStep: IntendedActionsResult['perStep'] = [];
  const starts = steps.map((s) => Date.parse(s.startedAt));
  const deliberate = deliberateSteps(steps, starts, intents);
  let next = 0;
  for (const [i, step] of steps.entries()) {
    let record: TrueActionRecord | undefined;
    if (records && !NO_DEVICE_ACTION.has(step.action.name)) {
      const from = starts[i] ?? -Infinity;
      const until = starts[i + 1] ?? Infinity;
      // Records before this step's start belong to earlier steps (or to setup): skip them.
      while (next < records.length && (records[next] as TrueActionRecord).at < from) next++;
      const candidate = records[next];
      // Inclusive: with millisecond clocks the next step may start in the very millisecond this action was issued.
      if (candidate && candidate.at <= until) {
        record = candidate;
        next++;
      }
    }
    const verdict = judgeStep(step, records ? (record ?? null) : undefined, deliberate.has(i));
    perStep.push({ index: step.index, ...verdict });
  }
  return { intended: perStep.filter((s) => s.intended).length, perStep };
}

/** Positions of the steps that carried a deliberate error of the scripted model. */
function deliberateSteps(steps: readonly StepRecord[], starts: number[], intents: readonly ModelIntent[] | null): Set<number> {
  const out = new Set<number>();
  if (!intents) return out;
  for (const intent of intents) {
    if (!intent.deliberateError) continue;
    const i = steps.findIndex((s, k) => s.kind !== 'recovery' && (starts[k] ?? -Infinity) >= intent.at);
    if (i >= 0) out.add(i);
  }
  return out;
}

/** `record`: undefined = no ground truth for this run; null = ground truth recorded but no action matched. */
function judgeStep(step: StepRecord, record: TrueActionRecord | null | undefined, deliberateError: boolean): { intended: boolean; why: string } {
  if (record === undefined) {
    return step.verdict === 'success'
      ? { intended: true, why: 'verifier success (no ground truth)' }
      : { intended: false, why: `verifier said ${step.verdict} (no ground truth)` };
  }
  if (deliberateError) return { intended: false, why: 'the model answered a wrong element on purpose (its own record)' };
  if (step.action.name === 'none') return { intended: false, why: 'no valid action' };
  if (NO_DEVICE_ACTION.has(step.action.name)) return { intended: true, why: `${step.action.name}: no device effect needed` };
  if (record === null) return { intended: false, why: 'no device action recorded for this step' };
  if (record.error) return { intended: false, why: `the action failed on the device: ${record.error}` };
  if (record.misTap)
    return { intended: false, why: `the device mis-tapped: aimed at "${record.misTap.intended ?? '?'}", hit "${record.misTap.actual ?? '?'}"` };
  return { intended: true, why: 'performed as aimed' };
}
