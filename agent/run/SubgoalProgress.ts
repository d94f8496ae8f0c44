/**
 * The path of the subgoal in hand, as a learned task will keep it: every
 * step that stays on the path (judged success or no_change; a failed one is
 * held aside and joins the path unless a rollback undid it), with the FSM
 * state it was taken from and the one it led to; the facts read and where
 * they showed (or that they showed nowhere: then no skill can be learnt);
 * and the screen the subgoal ended on. Plus the subgoals completed so far.
 */
import type { AbstractAction, SkillFactSource, SkillStep } from '../../fsm/index.ts';
import type { Subgoal } from '../roles/types.ts';

export interface CompletedSubgoal {
  index: number;
  subgoal: Subgoal;
  /** The package the subgoal ended in. */
  app: string;
  steps: SkillStep[];
  /** Facts the executor reported that no element on screen showed. */
  unreadFacts: string[];
  end?: { state?: string; title?: string };
  /** Completed by replaying a learned task. */
  replayed: boolean;
}

export interface SubgoalEnd {
  index: number;
  subgoal: Subgoal;
  app: string;
  /** The FSM state and screen title it ended on (the next subgoal starts there). */
  endState: string | undefined;
  endTitle?: string;
  replayed: boolean;
}

type ActStep = Extract<SkillStep, { kind: 'act' }>;

export class SubgoalProgress {
  readonly completed: CompletedSubgoal[] = [];
  private steps: SkillStep[] = [];
  private unread: string[] = [];
  private start: string | undefined;
  private held: ActStep | undefined;

  /** Steps on the path of the subgoal in hand. */
  get actionCount(): number {
    return this.steps.filter((s) => s.kind === 'act').length;
  }

  isDone(index: number): boolean {
    return this.completed.some((c) => c.index === index);
  }

  startFrom(stateKey: string | undefined): void {
    this.start = stateKey;
  }

  /** An action that stays on the path, with the FSM states it was taken from and led to. */
  addAction(action: AbstractAction, from?: string, to?: string): void {
    this.steps.push({ kind: 'act', action, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }

  /** A fact read: where it showed, or nowhere (a value worked out rather than read). */
  addFact(name: string, source: SkillFactSource | undefined, from?: string): void {
    if (source) this.steps.push({ kind: 'read', fact: name, source, ...(from ? { from } : {}) });
    else this.unread.push(name);
  }

  /**
   * Holds a failed action aside until recovery says whether it was undone
   * (undefined: nothing held). Only a step judged failed for want of proof
   * (its stated outcome not confirmed, the model verifier's doubt, an
   * unpredicted screen) may have worked; a mis-tap, the wrong app, wrong
   * text, an app's complaint did the wrong thing and never joins the path.
   */
  hold(action: AbstractAction | undefined, cause?: string, from?: string, to?: string): void {
    const doubtful = cause === 'expectation' || cause === 'model' || cause === 'unexpected_state';
    this.held =
      action && doubtful ? { kind: 'act', action, ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined;
  }

  /**
   * Recovery ended, having rolled the phone back to `rolledBackTo` (undefined:
   * it did not move it back). A rollback to where the held step started
   * undid just that step; one to an earlier state undid every step taken
   * since the path was there (they leave it). Otherwise the held step did its
   * work all the same (a Save judged failed that closed its editor) and joins the path.
   */
  recovered(rolledBackTo: string | undefined): void {
    const held = this.held;
    this.held = undefined;
    if (rolledBackTo !== undefined && held?.from !== rolledBackTo) {
      const at = this.steps.map((st) => st.from).lastIndexOf(rolledBackTo);
      const cut = at >= 0 ? at : this.start === rolledBackTo ? 0 : -1;
      if (cut >= 0) {
        this.steps.length = cut;
        return;
      }
    }
    if (!held || (rolledBackTo !== undefined && held.from === rolledBackTo)) return;
    this.steps.push(held);
  }

  /** Records the subgoal in hand as completed and starts the next one where it ended. */
  complete(end: SubgoalEnd): void {
    if (this.held) this.recovered(undefined);
    this.completed.push({
      index: end.index,
      subgoal: end.subgoal,
      app: end.app,
      steps: this.steps,
      unreadFacts: this.unread,
      ...(end.endState !== undefined || end.endTitle !== undefined
        ? {
            end: {
              ...(end.endState !== undefined ? { state: end.endState } : {}),
              ...(end.endTitle !== undefined ? { title: end.endTitle } : {}),
            },
          }
        : {}),
      replayed: end.replayed,
    });
    this.steps = [];
    this.unread = [];
    this.start = end.endState;
  }
}
