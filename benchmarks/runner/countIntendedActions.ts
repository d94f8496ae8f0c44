/**
 * Action accuracy's numerator: how many of a run's actions had the intended
 * effect. This is the one place that decides it, and it judges every run
 * alike — FSM on or off, any model — from evaluation-side knowledge only.
 *
 * An action is intended when all three hold:
 *   (a) it reached the device (a ground-truth record matches the step) and did
 *       not fail there (no error);
 *   (b) the device did not mis-tap it (the fault log's `misTap` entry for that
 *       action: the tap ran on another element than the one aimed at);
 *   (c) it had a place in the plan:
 *       - a framework recovery move (StepRecord kind 'recovery') counts when
 *         its rollback reached its target: the move's verdict is `success`
 *         (the state the rollback plan expected, or the pop-up gone) or the
 *         observation after it is the rollback target (`recovery.target`);
 *       - any other step of a model that states its intents (the ablation's
 *         noisy oracle, `modelIntents`) counts when it was a reference step
 *         the model meant to do: not a deliberate error, not a blind move
 *         (Back/Home/wait/open-app of a model that lost its place);
 *       - any other step of a model without intents (offline, LLMs), or a step
 *         no intent was matched to (a replayed shortcut), counts when its
 *         verdict is not `fail`.
 * So a wrong action the framework did not notice still fails (a) or (b) when
 * the device shows it, and a blind move of a lost agent never counts, FSM or
 * not. For models without intents, (c) leans on the verifier, which is
 * stricter with the FSM than without: the judge is the same function, but its
 * sensitivity to those models' wrong steps is not (docs/benchmarks.md).
 * Actions with no device effect (wait, finish, copy) need no record for (a)
 * and (b); an action that never reached the device (an invalid answer,
 * `none`) is not intended.
 *
 * Without ground truth (a real device: records = null), (a) and (b) cannot be
 * checked on the device; the verdict stands in for them (a step judged `fail`
 * is not intended) and (c) applies as above.
 *
 * Steps are matched to records by time: a step's action is the first
 * unmatched record issued at or after the step started and no later than the
 * next step started. A model's answers are matched to non-recovery steps: a
 * step's intent is the latest answer given at or before it started (a step
 * starts once its answer is in) not already taken by an earlier step; answers
 * that produced no step (an answer the loop refused) are passed over.
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

type Verdict = { intended: boolean; why: string };

export function countIntendedActions(
  steps: readonly StepRecord[],
  records: readonly TrueActionRecord[] | null,
  intents: readonly ModelIntent[] | null = null,
): IntendedActionsResult {
  const perStep: IntendedActionsResult['perStep'] = [];
  const starts = steps.map((s) => Date.parse(s.startedAt));
  const stepIntents = matchIntents(steps, starts, intents);
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
    const verdict =
      reachedDevice(step, records ? (record ?? null) : undefined) ??
      planned(step, intents !== null, stepIntents.get(i));
    perStep.push({ index: step.index, ...verdict });
  }
  return { intended: perStep.filter((s) => s.intended).length, perStep };
}

/** Per non-recovery step position, the model answer it carried out (the latest untaken one given at or before it started). */
function matchIntents(
  steps: readonly StepRecord[],
  starts: number[],
  intents: readonly ModelIntent[] | null,
): Map<number, ModelIntent> {
  const out = new Map<number, ModelIntent>();
  if (!intents) return out;
  const sorted = [...intents].sort((a, b) => a.at - b.at);
  let next = 0;
  for (const [i, step] of steps.entries()) {
    if (step.kind === 'recovery') continue;
    const start = starts[i] ?? -Infinity;
    let latest: ModelIntent | undefined;
    while (next < sorted.length && (sorted[next] as ModelIntent).at <= start) latest = sorted[next++];
    if (latest) out.set(i, latest);
  }
  return out;
}

/**
 * Clauses (a) and (b). `record`: undefined = no ground truth for this run; null = ground truth
 * recorded but no action matched. Returns a verdict when the step fails them, undefined when it passes.
 */
function reachedDevice(step: StepRecord, record: TrueActionRecord | null | undefined): Verdict | undefined {
  if (step.action.name === 'none') return { intended: false, why: 'no valid action' };
  if (record === undefined) {
    // No ground truth: the verdict is the only word on whether it failed on the device.
    return step.verdict === 'fail' && step.kind !== 'recovery'
      ? { intended: false, why: `verifier said fail (no ground truth): ${step.verdictReason}` }
      : undefined;
  }
  if (NO_DEVICE_ACTION.has(step.action.name)) return undefined;
  if (record === null) return { intended: false, why: 'no device action recorded for this step' };
  if (record.error) return { intended: false, why: `the action failed on the device: ${record.error}` };
  if (record.misTap)
    return {
      intended: false,
      why: `the device mis-tapped: aimed at "${record.misTap.intended ?? '?'}", hit "${record.misTap.actual ?? '?'}"`,
    };
  return undefined;
}

/** Clause (c): the action had a place in the plan. */
function planned(step: StepRecord, withIntents: boolean, intent: ModelIntent | undefined): Verdict {
  if (step.kind === 'recovery') {
    if (step.verdict === 'success')
      return { intended: true, why: 'recovery move that reached where the rollback aimed' };
    const target = step.recovery?.target;
    if (target !== undefined && step.after?.stateKey === target)
      return { intended: true, why: `recovery move that reached the rollback target ${target}` };
    return { intended: false, why: `recovery move that missed its target (${step.verdict}: ${step.verdictReason})` };
  }
  if (intent) {
    if (intent.deliberateError)
      return { intended: false, why: 'the model answered a wrong element on purpose (its own record)' };
    if (intent.blind)
      return { intended: false, why: 'a blind move: the model had lost its place in the plan (its own record)' };
    return {
      intended: true,
      why: `${NO_DEVICE_ACTION.has(step.action.name) ? `${step.action.name}: no device effect needed; ` : ''}a planned step performed as aimed`,
    };
  }
  const source = withIntents ? 'no model answer matched (e.g. a replayed shortcut)' : 'no stated intents';
  return step.verdict === 'fail'
    ? { intended: false, why: `${source}: the step was judged fail (${step.verdictReason})` }
    : { intended: true, why: `${source}: performed as aimed, judged ${step.verdict}` };
}
