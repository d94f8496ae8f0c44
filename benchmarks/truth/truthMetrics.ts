/**
 * Per-run metrics from the ground-truth step labels, the benchmark's
 * headline (docs/benchmarks.md, "Ground truth"):
 * - the verifier's confusion matrix: each verdict of an agent action against
 *   its true outcome, with false fails (an action that worked, judged fail)
 *   and false successes (one that did nothing or the wrong thing, judged
 *   success);
 * - fault recovery: of the faults that hit the run, how many left the phone
 *   clean and on track within 3 steps;
 * - wasted actions (no true effect, or undone later) and accurate ones (a
 *   lasting true effect, no mis-tap, no deliberate error);
 * - rollbacks that reached the true screen they aimed for.
 */
import type { Verdict } from '../../agent/trajectory/types.ts';
import { baseScreen } from './TruthProbe.ts';
import { stateKeyOf, type LabelledRun, type TrueOutcome } from './labelSteps.ts';

/** Faults count as recovered when the phone is clean and on track within this many steps after the one they hit. */
export const FAULT_RECOVERY_WINDOW = 3;

export type Confusion = Partial<Record<TrueOutcome, Partial<Record<Verdict, number>>>>;

export interface FaultTally {
  hit: number;
  recovered: number;
}

export interface RunTruth {
  /** Agent actions (the model's or policy's own steps) and framework moves (clearing, rollback). */
  agentSteps: number;
  frameworkSteps: number;
  confusion: Confusion;
  /** Agent actions with a device effect to judge (outcome other than no_action). */
  judged: number;
  /** Judged actions whose true outcome was `effect`, and the others (no effect or the wrong one). */
  effective: number;
  ineffective: number;
  falseFail: number;
  falseSuccess: number;
  /** An effect the verifier called no_change. */
  missedEffect: number;
  wasted: number;
  /** Agent actions with a lasting true effect that were neither mis-taps nor deliberate errors. */
  accurate: number;
  faults: FaultTally & { byType: Record<string, FaultTally> };
  rollbacks: { attempts: number; reached: number };
  alignment: 'exact' | 'time';
}

export function runTruth(run: LabelledRun): RunTruth {
  const { labels, digests } = run;
  const confusion: Confusion = {};
  let judged = 0,
    effective = 0,
    falseFail = 0,
    falseSuccess = 0,
    missedEffect = 0,
    wasted = 0,
    accurate = 0;
  for (const l of labels) {
    if (l.kind !== 'action') continue;
    const row = (confusion[l.outcome] ??= {});
    row[l.verdict] = (row[l.verdict] ?? 0) + 1;
    if (l.judged === 'not_judged') continue;
    judged++;
    if (l.outcome === 'effect') effective++;
    if (l.judged === 'false_fail') falseFail++;
    if (l.judged === 'false_success') falseSuccess++;
    if (l.judged === 'missed_effect') missedEffect++;
    if (l.wasted) wasted++;
    if (l.outcome === 'effect' && !l.wasted) accurate++;
  }
  const rollbacks = labels.filter((l) => l.rollback);
  return {
    agentSteps: labels.filter((l) => l.kind === 'action' && l.action !== 'none').length,
    frameworkSteps: labels.filter((l) => l.kind === 'recovery').length,
    confusion,
    judged,
    effective,
    ineffective: judged - effective,
    falseFail,
    falseSuccess,
    missedEffect,
    wasted,
    accurate,
    faults: faultRecovery(run),
    rollbacks: { attempts: rollbacks.length, reached: rollbacks.filter((l) => l.rollback!.reached).length },
    alignment: run.alignment,
  };

  /** Each fault that hit: was the phone clean and on track within the window after its step? */
  function faultRecovery(r: LabelledRun): RunTruth['faults'] {
    const acting = r.labels.map((_, i) => i).filter((i) => r.labels[i]!.deviceActions > 0);
    const byType: Record<string, FaultTally> = {};
    let hit = 0,
      recovered = 0;
    acting.forEach((stepAt, pos) => {
      for (const f of r.labels[stepAt]!.faults) {
        if (f.event !== 'shown') continue;
        hit++;
        const tally = (byType[f.type] ??= { hit: 0, recovered: 0 });
        tally.hit++;
        const window = acting.slice(pos, pos + 1 + FAULT_RECOVERY_WINDOW);
        const startKey = stateKeyOf(digests[stepAt]!.before, false);
        const resolvedBy = (upTo: number) =>
          f.type === 'misTap' ||
          window
            .slice(0, upTo + 1)
            .some((i) => r.labels[i]!.faults.some((x) => x.logIndex === f.logIndex && x.event === 'resolved'));
        const ok = window.some((i, k) => {
          const after = digests[i]!.after;
          if (!after || /\+fault\//.test(after.screen) || !resolvedBy(k)) return false;
          if (f.type === 'misTap') return stateKeyOf(after, false) === startKey;
          if (f.type === 'crash') return after.foreground === f.package;
          return baseScreen(after.screen).startsWith(f.screen);
        });
        if (ok) {
          recovered++;
          tally.recovered++;
        }
      }
    });
    return { hit, recovered, byType };
  }
}
