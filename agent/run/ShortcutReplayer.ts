/**
 * Replays a stored shortcut for the current subgoal step by step: each
 * abstract action is mapped onto the current screen (element by signature,
 * else by label), executed and verified like any other step. A step that
 * cannot be mapped or fails verification abandons the shortcut and the
 * executor (model or offline policy) takes over: the decision cache heals by
 * falling back, and the mentor replaces the shortcut after a successful run.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { FsmTracker, Shortcut } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import { fromAbstractAction } from '../execute/fromAbstractAction.ts';
import type { FactMemory } from '../memory/FactMemory.ts';
import { extractFact } from '../offline/extractFact.ts';
import { contentWords } from '../offline/words.ts';

export type ReplayStep =
  { kind: 'act'; action: Action } | { kind: 'done' } | { kind: 'abandon'; why: string; firstStep: boolean };

export class ShortcutReplayer {
  private position = 0;
  /** Replayed steps that were verified. */
  verified = 0;

  constructor(
    readonly shortcut: Shortcut,
    readonly subgoalIndex: number,
    private readonly goal: string,
  ) {}

  /** The next step on this screen; reads `fact:` steps into memory without acting. */
  next(screen: Screen, tracker: FsmTracker | undefined, memory: FactMemory): ReplayStep {
    while (this.position < this.shortcut.actions.length) {
      const step = this.shortcut.actions[this.position]!;
      if (step.kind === 'wait' && step.label?.startsWith('fact:')) {
        const name = step.label.slice('fact:'.length);
        const value = extractFact(screen, name, contentWords(this.goal));
        if (!value)
          return { kind: 'abandon', why: `could not read "${name}" on this screen`, firstStep: this.position === 0 };
        memory.set(name, value);
        this.position += 1;
        continue;
      }
      const action = fromAbstractAction(
        step,
        screen,
        tracker,
        (t) => memory.fill(t),
        `known path for "${this.goal}" (step ${this.position + 1}/${this.shortcut.actions.length})`,
      );
      if (!action) {
        return {
          kind: 'abandon',
          why: `step ${this.position + 1} (${step.kind} ${step.label ?? step.target ?? ''}) does not apply to this screen`,
          firstStep: this.position === 0,
        };
      }
      this.position += 1;
      return { kind: 'act', action };
    }
    return { kind: 'done' };
  }

  get started(): boolean {
    return this.position > 0;
  }
}
