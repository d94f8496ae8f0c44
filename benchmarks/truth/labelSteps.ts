/**
 * Ground-truth step labels: every step of a run, lined up with the device
 * actions it issued, and told what truly happened on the phone (evaluation
 * side only; the agent never sees them). Per step: the true screen before
 * and after, what changed (screen, UI state, which apps' data, a short
 * diff), the faults that came or went, the true outcome of the action, how
 * the agent's own verdict compares with it, whether the step was wasted,
 * and for the last move of a rollback whether it reached the true screen it
 * aimed for.
 */
import type { StepRecord, Verdict } from '../../agent/trajectory/types.ts';
import type { ModelIntent } from '../runner/types.ts';
import type { FaultEvent, TrueActionRecord } from './TruthRecorder.ts';
import { baseScreen, type StateDigest } from './TruthProbe.ts';

/**
 * What an action truly did: changed the state (`effect`), changed nothing
 * (`no_effect`), hit another element than the one aimed at because the
 * device slipped (`mis_tap`) or because the model gave a wrong element on
 * purpose (`wrong_target`, the noisy oracle's own record), died in a crash
 * (`crashed`), failed on the device (`error`); `no_action` when it issued no
 * device action (wait, finish, an invalid answer).
 */
export type TrueOutcome = 'effect' | 'no_effect' | 'mis_tap' | 'wrong_target' | 'crashed' | 'error' | 'no_action';

export const TRUE_OUTCOMES: readonly TrueOutcome[] = [
  'effect',
  'no_effect',
  'mis_tap',
  'wrong_target',
  'crashed',
  'error',
  'no_action',
];

/** The agent's verdict held against the true outcome. */
export type Judged = 'correct' | 'false_fail' | 'false_success' | 'missed_effect' | 'not_judged';

export interface TrueStepLabel {
  index: number;
  kind: StepRecord['kind'];
  purpose?: string;
  action: string;
  verdict: Verdict;
  /** Device actions lined up with this step. */
  deviceActions: number;
  /** True screen ids before the step's first action and after its last (null: none, or unreadable). */
  before: string | null;
  after: string | null;
  changed: { screen: boolean; ui: boolean; apps: string[] };
  diff: string[];
  faults: FaultEvent[];
  outcome: TrueOutcome;
  judged: Judged;
  /** An agent action with no true effect, or inside a stretch the run later undid (the state came back). */
  wasted: boolean;
  /** On the last move of a rollback attempt: the true screen it aimed for and whether it got there. */
  rollback?: { attempt: number; intended: string | null; reached: boolean };
}

export interface LabelledRun {
  labels: TrueStepLabel[];
  /** How steps were lined up with device actions: by each step's own count, or by time (older trajectories). */
  alignment: 'exact' | 'time';
  /** The digest before the first and after the last action, in step order (for the metrics). */
  digests: Array<{ before: StateDigest | null; after: StateDigest | null }>;
}

const NO_DEVICE_ACTION = new Set(['wait', 'finish', 'copy', 'subgoal_done', 'none']);

/** Lines steps up with records: by the steps' own device-action counts when they add up, else by time. */
function align(
  steps: readonly StepRecord[],
  records: readonly TrueActionRecord[],
): {
  groups: TrueActionRecord[][];
  alignment: 'exact' | 'time';
} {
  const counts = steps.map((s) => s.deviceActions);
  if (counts.every((c) => c !== undefined) && counts.reduce((a, c) => a + c!, 0) === records.length) {
    let next = 0;
    return { groups: counts.map((c) => records.slice(next, (next += c!))), alignment: 'exact' };
  }
  const starts = steps.map((s) => Date.parse(s.startedAt));
  let next = 0;
  const groups = steps.map((step, i) => {
    if (NO_DEVICE_ACTION.has(step.action.name)) return [];
    const from = starts[i] ?? -Infinity;
    const until = starts[i + 1] ?? Infinity;
    while (next < records.length && records[next]!.at < from) next++;
    const r = records[next];
    if (r && r.at <= until) {
      next++;
      return [r];
    }
    return [];
  });
  return { groups, alignment: 'time' };
}

/** Per non-recovery step, the scripted model's answer it carried out (latest untaken answer given before it). */
function matchIntents(steps: readonly StepRecord[], intents: readonly ModelIntent[] | null): Map<number, ModelIntent> {
  const out = new Map<number, ModelIntent>();
  if (!intents) return out;
  const sorted = [...intents].sort((a, b) => a.at - b.at);
  let next = 0;
  steps.forEach((step, i) => {
    if (step.kind === 'recovery') return;
    const start = Date.parse(step.startedAt);
    let latest: ModelIntent | undefined;
    while (next < sorted.length && sorted[next]!.at <= start) latest = sorted[next++];
    if (latest) out.set(i, latest);
  });
  return out;
}

/** A state key of the phone that ignores injected overlays: screen, UI state and every app's data. */
export function stateKeyOf(d: StateDigest | null, withUi = true): string | null {
  if (!d) return null;
  const apps = Object.keys(d.apps)
    .sort()
    .map((p) => `${p}=${d.apps[p]}`)
    .join(',');
  return `${baseScreen(d.screen)}|${withUi ? d.ui : ''}|${apps}`;
}

function outcomeOf(step: StepRecord, recs: TrueActionRecord[], intent: ModelIntent | undefined): TrueOutcome {
  if (recs.length === 0) return 'no_action';
  if (recs.some((r) => r.error)) return 'error';
  const faults = recs.flatMap((r) => r.faults);
  if (faults.some((f) => f.type === 'misTap' && f.event === 'shown')) return 'mis_tap';
  if (step.kind === 'action' && intent?.deliberateError) return 'wrong_target';
  if (faults.some((f) => f.type === 'crash' && f.event === 'shown')) return 'crashed';
  const before = stateKeyOf(recs[0]!.before);
  const after = stateKeyOf(recs[recs.length - 1]!.after);
  if (before !== null && before === after) return 'no_effect';
  return 'effect';
}

function judge(kind: StepRecord['kind'], outcome: TrueOutcome, verdict: Verdict): Judged {
  if (kind !== 'action' || outcome === 'no_action') return 'not_judged';
  if (outcome === 'effect')
    return verdict === 'success' ? 'correct' : verdict === 'fail' ? 'false_fail' : 'missed_effect';
  // No effect, or the wrong one: anything but success tells the agent it did not work.
  return verdict === 'success' ? 'false_success' : 'correct';
}

/** Agent actions inside a stretch whose end state equals its start state did nothing lasting. */
function markWasted(labels: TrueStepLabel[], digests: LabelledRun['digests']): void {
  const acting = labels.map((l, i) => i).filter((i) => labels[i]!.deviceActions > 0);
  const before = acting.map((i) => stateKeyOf(digests[i]!.before));
  const after = acting.map((i) => stateKeyOf(digests[i]!.after));
  for (let b = 0; b < acting.length; b++) {
    if (before[b] === null) continue;
    for (let e = b; e < acting.length; e++) {
      if (after[e] !== before[b]) continue;
      for (let k = b; k <= e; k++) {
        const label = labels[acting[k]!]!;
        if (label.kind === 'action') label.wasted = true;
      }
    }
  }
}

/** The true screen a rollback attempt aimed for: where the phone was when the agent last saw the target state. */
function rollbackTargets(steps: readonly StepRecord[], labels: TrueStepLabel[]): void {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const isRollback = step.kind === 'recovery' && step.recovery && step.recovery.purpose !== 'interruption';
    if (!isRollback) continue;
    // A pop-up cleared between two moves of one attempt does not end it: the attempt's last move is judged.
    let k = i + 1;
    while (steps[k]?.kind === 'recovery' && steps[k]!.recovery?.purpose === 'interruption') k++;
    const next = steps[k];
    const sameAttempt =
      next?.kind === 'recovery' &&
      next.recovery?.attempt === step.recovery!.attempt &&
      next.recovery?.target === step.recovery!.target;
    if (sameAttempt) continue;
    // The last move of this attempt: where the target state was last seen, at or before the failed step;
    // without an FSM state (FSM off), the screen the failed step started on.
    const target = step.recovery!.target;
    const failedAt = step.recovery!.failedStep;
    const from = failedAt !== undefined ? steps.findIndex((s) => s.index === failedAt) : i - 1;
    let intended: string | null = null;
    for (let j = from; j >= 0; j--) {
      if (steps[j]!.before.stateKey === target && labels[j]!.before !== null) {
        intended = labels[j]!.before;
        break;
      }
    }
    if (intended === null && from >= 0 && !steps[from]!.before.stateKey) intended = labels[from]!.before;
    const after = labels[i]!.after;
    labels[i]!.rollback = {
      attempt: step.recovery!.attempt,
      intended,
      reached: intended !== null && after !== null && baseScreen(after) === baseScreen(intended),
    };
  }
}

export function labelSteps(
  steps: readonly StepRecord[],
  records: readonly TrueActionRecord[],
  intents: readonly ModelIntent[] | null = null,
): LabelledRun {
  const { groups, alignment } = align(steps, records);
  const stepIntents = matchIntents(steps, intents);
  const digests: LabelledRun['digests'] = [];
  const labels = steps.map((step, i): TrueStepLabel => {
    const recs = groups[i] ?? [];
    const first = recs[0]?.before ?? null;
    const last = recs[recs.length - 1]?.after ?? null;
    digests.push({ before: first, after: last });
    const outcome = outcomeOf(step, recs, stepIntents.get(i));
    const apps = first && last ? Object.keys(last.apps).filter((p) => first.apps[p] !== last.apps[p]) : [];
    return {
      index: step.index,
      kind: step.kind,
      ...(step.recovery?.purpose ? { purpose: step.recovery.purpose } : {}),
      action: step.action.name,
      verdict: step.verdict,
      deviceActions: recs.length,
      before: first?.screen ?? null,
      after: last?.screen ?? null,
      changed: {
        screen: !!first && !!last && baseScreen(first.screen) !== baseScreen(last.screen),
        ui: !!first && !!last && first.ui !== last.ui,
        apps,
      },
      diff: recs.flatMap((r) => r.diff),
      faults: recs.flatMap((r) => r.faults),
      outcome,
      judged: judge(step.kind, outcome, step.verdict),
      wasted: step.kind === 'action' && outcome === 'no_effect',
    };
  });
  markWasted(labels, digests);
  rollbackTargets(steps, labels);
  return { labels, alignment, digests };
}
