/**
 * Action accuracy's numerator: how many of a run's actions had the intended
 * effect. This is the one place that decides it.
 *
 * A step's action counts as intended when
 *   1. the agent's verifier judged it `success` (the observed outcome matched
 *      what the action was expected to do), and
 *   2. on the virtual device, where the true screen id around each action
 *      was recorded (GroundTruthRecorder), ground truth agrees:
 *        - the action did not throw, and
 *        - when the step carries the agent's FSM state keys before and after,
 *          the true screen changed exactly when the agent's state changed
 *          (the agent expected to move and really moved, or expected to stay
 *          and really stayed). A tap that "succeeded" in the agent's eyes
 *          while the device stayed put, or landed on another screen while the
 *          agent believed it stayed, is not intended.
 *      Steps without state keys (--no-fsm, the reference agent) are judged
 *      by (1) and "did not throw" only: there is no stated expectation to
 *      check the true screen against.
 * On real devices (no records) only (1) applies.
 *
 * Steps are matched to records by time: a step's action is the first
 * unmatched record issued at or after the step started and no later than the
 * next step started. A step with no matching record (the agent's action never
 * reached the device) fails (2).
 */
import type { StepRecord } from '../../agent/trajectory/types.ts';
import type { TrueActionRecord } from './GroundTruthRecorder.ts';

export interface IntendedActionsResult {
  intended: number;
  /** Per step, in order: whether it counted, and why not. */
  perStep: Array<{ index: number; intended: boolean; why: string }>;
}

export function countIntendedActions(
  steps: readonly StepRecord[],
  records: readonly TrueActionRecord[] | null,
): IntendedActionsResult {
  const perStep: IntendedActionsResult['perStep'] = [];
  const starts = steps.map((s) => Date.parse(s.startedAt));
  let next = 0;
  for (const [i, step] of steps.entries()) {
    let record: TrueActionRecord | undefined;
    if (records) {
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
    const verdict = judgeStep(step, records ? (record ?? null) : undefined);
    perStep.push({ index: step.index, ...verdict });
  }
  return { intended: perStep.filter((s) => s.intended).length, perStep };
}

/** `record`: undefined = no ground truth for this run; null = ground truth recorded but no action matched. */
function judgeStep(step: StepRecord, record: TrueActionRecord | null | undefined): { intended: boolean; why: string } {
  if (step.verdict !== 'success') return { intended: false, why: `verifier said ${step.verdict}` };
  if (record === undefined) return { intended: true, why: 'verifier success (no ground truth)' };
  if (record === null) return { intended: false, why: 'no device action recorded for this step' };
  if (record.error) return { intended: false, why: `the action failed on the device: ${record.error}` };
  const believedBefore = step.before.stateKey;
  const believedAfter = step.after?.stateKey;
  if (believedBefore === undefined || believedAfter === undefined)
    return { intended: true, why: 'verifier success, action performed (no state keys to compare)' };
  if (record.before === null || record.after === null)
    return { intended: true, why: 'verifier success (true screen unreadable)' };
  const agentMoved = believedBefore !== believedAfter;
  const deviceMoved = record.before !== record.after;
  if (agentMoved === deviceMoved) return { intended: true, why: 'verifier success, true screen agrees' };
  return {
    intended: false,
    why: agentMoved
      ? `agent believed it moved but the device stayed on ${record.before}`
      : `agent believed it stayed but the device moved ${record.before} -> ${record.after}`,
  };
}
