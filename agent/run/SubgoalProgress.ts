/**
 * The path of the subgoal in hand, as the mentor will store it: the abstract
 * actions the agent took (every one not judged `fail`, in order: a step
 * judged `no_change`, such as a calculator's "=" whose result only changes a
 * text, is part of the path too), the facts read (kept as `fact:<name>` waits
 * so a replay reads them again) and the state it started from; and the
 * subgoals completed so far. A failed action is held aside until recovery says
 * whether it took effect under a pop-up after all; a rollback drops the
 * actions it undid.
 */
import type { AbstractAction, Shortcut } from '../../fsm/index.ts';
import type { CompletedSubgoal } from '../roles/mentor/Mentor.ts';
import type { Subgoal } from '../roles/types.ts';

export interface SubgoalEnd {
  index: number;
  subgoal: Subgoal;
  /** The package the subgoal ended in. */
  app: string;
  /** The FSM state it ended in (the next subgoal starts there). */
  endState: string | undefined;
  replayed?: { shortcut: Shortcut; ok: boolean };
}

export class SubgoalProgress {
  readonly completed: CompletedSubgoal[] = [];
  private actions: AbstractAction[] = [];
  /** The FSM state each of `actions` was taken from (undefined: FSM off). */
  private from: Array<string | undefined> = [];
  private facts: string[] = [];
  private start: string | undefined;
  private held: { action: AbstractAction; from: string | undefined } | undefined;

  /** Verified actions taken for the subgoal in hand. */
  get actionCount(): number {
    return this.actions.length;
  }

  isDone(index: number): boolean {
    return this.completed.some((c) => c.index === index);
  }

  startFrom(stateKey: string | undefined): void {
    this.start = stateKey;
  }

  /** An action that stays on the path; `from` is the FSM state it was taken from. */
  addAction(action: AbstractAction, from?: string): void {
    this.actions.push(action);
    this.from.push(from);
  }

  addFact(name: string): void {
    this.facts.push(name);
  }

  /** Holds a failed action aside (undefined: nothing held). */
  hold(action: AbstractAction | undefined, from?: string): void {
    this.held = action ? { action, from } : undefined;
  }

  /** The held action did its work after all: it joins the path. */
  keepHeld(): void {
    if (this.held) this.addAction(this.held.action, this.held.from);
  }

  /**
   * Recovery rolled the phone back to `target`: the actions taken since the
   * path was last there are undone, so they leave it. Rolling back to the
   * state the held (failed) action started from undoes only that action.
   */
  rolledBackTo(target: string | undefined): void {
    if (target === undefined || this.held?.from === target) return;
    const at = this.from.lastIndexOf(target);
    const cut = at >= 0 ? at : this.start === target ? 0 : -1;
    if (cut < 0) return;
    this.actions.length = cut;
    this.from.length = cut;
  }

  /** Records the subgoal in hand as completed and starts the next one where it ended. */
  complete(end: SubgoalEnd): void {
    const actions = [
      ...this.actions,
      ...this.facts.map((name): AbstractAction => ({ kind: 'wait', label: `fact:${name}` })),
    ];
    this.completed.push({
      index: end.index,
      subgoal: end.subgoal,
      app: end.app,
      actions,
      ...(this.start ? { startState: this.start } : {}),
      ...(end.endState !== undefined ? { endState: end.endState } : {}),
      ...(end.replayed ? { replayed: end.replayed } : {}),
    });
    this.actions = [];
    this.from = [];
    this.facts = [];
    this.start = end.endState;
  }
}
