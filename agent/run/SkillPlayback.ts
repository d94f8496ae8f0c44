/**
 * Replaying a learned task within a run: the session asks it for the next
 * step of the current subgoal; it answers a replayed action, the subgoal's
 * end, or (when a step cannot be replayed here) nothing but a word for the
 * executor, whose own step then stands in for the learned one. Too many such
 * hand-overs and the learned task no longer fits this run: it is abandoned
 * (and counted against), and the executor goes on alone.
 */
import type { Skill } from '../../fsm/index.ts';
import type { ExecutorDecision } from '../roles/types.ts';
import type { ReplayView } from '../skills/SkillReplayer.ts';
import { SkillReplayer } from '../skills/SkillReplayer.ts';
import { readFact } from '../memory/factSource.ts';
import { fillSlots } from '../skills/slots.ts';
import type { Verdict } from '../trajectory/types.ts';

/** The model's own steps a replay waits through before it gives up on the learned path. */
const MAX_HANDOVERS = 3;

export interface PlaybackNext {
  decision?: ExecutorDecision;
  /** What the executor is told when it takes the step (a hand-over, or the replay was abandoned). */
  feedback?: string;
}

export class SkillPlayback {
  private replayer: SkillReplayer | undefined;
  private handovers = 0;
  /** The learned task this run replayed, and whether the replay held to the end. */
  outcome: { skill: Skill; ok: boolean } | undefined;

  start(skill: Skill, values: Record<string, string>): void {
    this.replayer = new SkillReplayer(skill, values);
    this.handovers = 0;
    this.outcome = { skill, ok: true };
  }

  get active(): boolean {
    return this.replayer !== undefined;
  }

  /** The next replayed step for subgoal `index` on this screen, or the word for the executor. */
  next(view: ReplayView, index: number): PlaybackNext {
    const r = this.replayer;
    if (!r) return {};
    // The executor completed subgoals on its own: follow it.
    while (r.subgoalIndex < index) r.nextSubgoal();
    const move = r.next(view);
    if (move.kind === 'act')
      return { decision: { kind: 'act', action: move.action, subgoalIndex: index, source: 'skill' } };
    if (move.kind === 'done') {
      r.nextSubgoal();
      this.handovers = 0;
      return {
        decision: {
          kind: 'subgoal_done',
          subgoalIndex: index,
          facts: {},
          summary: 'replayed a learned task',
          source: 'skill',
        },
      };
    }
    this.handovers++;
    if (process.env.MAPLE_DEBUG_SKILL) process.stderr.write(`handover: ${move.step}: ${move.why}\n`);
    if (this.handovers > MAX_HANDOVERS) return { feedback: this.abandon(`${move.step}: ${move.why}`) };
    return {
      feedback: `A learned task is being replayed; its next step (${move.step}) cannot be replayed here: ${move.why}. Do what that step would do from this screen; the replay goes on once the phone is back on its path.`,
    };
  }

  /** The verdict on a replayed step. */
  judged(verdict: Verdict): void {
    this.replayer?.judged(verdict);
  }

  /** The executor acted on its own (a hand-over): a step handed to it is done when it did that kind of action. */
  executorActed(action: string, verdict: Verdict): void {
    this.replayer?.executorActed(action, verdict);
  }

  /** Stops the replay; what the executor is told. */
  abandon(why: string): string {
    this.replayer = undefined;
    if (this.outcome) this.outcome.ok = false;
    return `The learned task no longer fits this run (${why}); go on from this screen.`;
  }

  /** The answer the learned task gives, read again on this screen (undefined when it has none or cannot be read). */
  answer(view: ReplayView): string | undefined {
    const answer = this.outcome?.skill.answer;
    if (!answer || !view.analysis) return undefined;
    const value = readFact(answer.source, view.screen, view.analysis);
    return value === undefined
      ? undefined
      : fillSlots(answer.template.replace('{value}', value), this.replayer?.values ?? {});
  }
}
