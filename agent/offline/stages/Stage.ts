/**
 * One stage of the offline policy's decision on a screen. OfflinePolicy runs
 * its stages in order for the current clause; the first one that does not say
 * NEXT decides: an action to take, or DONE (the clause needs nothing more
 * here, so the policy moves to the next clause).
 */
import type { Screen, UiElement } from '../../../drivers/screen/types.ts';
import type { Clause } from '../parseClauses.ts';
import type { ClauseProgress } from '../ClauseProgress.ts';
import type { PolicyDecision } from '../PolicyDecision.ts';
import type { PolicyState } from '../PolicyState.ts';

export const NEXT = 'next';
export const DONE = 'done';

export type StageResult = PolicyDecision | typeof NEXT | typeof DONE;

export type Stage = (ctx: StageContext) => StageResult;

/** What a stage sees: the clause, the screen, the policy's state, and the ways to answer. */
export interface StageContext {
  readonly clause: Clause;
  readonly screen: Screen;
  /** The screen's state key: what was tried and scrolled is remembered per state. */
  readonly stateKey: string;
  readonly state: PolicyState;
  /** The current clause's progress (state.progress when the decision began). */
  readonly progress: ClauseProgress;
  /** The elements of dialogs and pop-ups on the screen. */
  readonly dialog: UiElement[];
  /** The clause's words not yet matched by a tap, as they were when the decision began. */
  readonly remaining: string[];
  /** An action; `label` names a tap so that a failure of it can be remembered. */
  act(name: string, input: Record<string, unknown>, reason: string, expected?: string, label?: string): PolicyDecision;
  /** A tap, remembered as tried on this screen state. */
  tap(e: UiElement, reason: string, expected?: string): PolicyDecision;
  /** Already tapped on this screen state, or failed there twice. */
  tried(e: UiElement): boolean;
  /** Stores a fact read for the clause, as memory and as the run's answer. */
  remember(name: string, value: string): void;
}
