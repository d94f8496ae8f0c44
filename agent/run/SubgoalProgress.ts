/**
 * The path of the subgoal in hand, as the mentor will store it: the verified
 * abstract actions, the facts read (kept as `fact:<name>` waits so a replay
 * reads them again) and the state it started from; and the subgoals completed
 * so far. A failed action is held aside until recovery says whether it took
 * effect under a pop-up after all.
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
  private facts: string[] = [];
  private start: string | undefined;
  private held: AbstractAction | undefined;

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

  addAction(action: AbstractAction): void {
    this.actions.push(action);
  }

  addFact(name: string): void {
    this.facts.push(name);
  }

  /** Holds a failed action aside (undefined: nothing held). */
  hold(action: AbstractAction | undefined): void {
    this.held = action;
  }

  /** The held action did its work after all: it joins the path. */
  keepHeld(): void {
    if (this.held) this.actions.push(this.held);
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
    this.facts = [];
    this.start = end.endState;
  }
}
