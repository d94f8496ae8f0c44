/**
 * What a rollback aims for. The screen the failed step started on, an app's
 * own dialog included (a time picker is a place to work in), when undoing
 * moves get back to it. Two exceptions:
 * - a screen with an interruption on it is no place to return to: the last
 *   stable state instead;
 * - an overlay (a menu, a confirmation dialog) that only a relaunch and
 *   forward moves would reopen: the stable screen under it instead. Menus and
 *   confirmations close as soon as they lead anywhere, so Back never returns
 *   to them; reopening one by replaying taps from the app's entry costs many
 *   moves and risks more than it saves, and the executor reopens it in one
 *   step from the screen under it if it still wants it.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { FsmTracker, ObserveResult } from '../../fsm/index.ts';
import { findInterruption } from '../roles/verifier/interruptions.ts';

/** Plans that only undo: they reach an overlay without replaying anything. */
const UNDOING = new Set(['none', 'back', 'reverse']);

/** Where the failed step started: its screen and the FSM's observation of it (undefined: no FSM state). */
export interface FailedStart {
  screen: Screen;
  observed: ObserveResult | undefined;
}

export function rollbackTarget(failed: FailedStart | undefined, tracker: FsmTracker | undefined): string | undefined {
  const start = failed?.observed;
  if (!start || findInterruption(failed.screen)) return tracker?.lastStable;
  const under = tracker?.lastStable;
  if (!tracker || !start.analysis.hasOverlay || under === undefined || under === start.key) return start.key;
  const plan = tracker.pathBackToStable(start.key);
  return plan && plan.reachesTarget && UNDOING.has(plan.strategy) ? start.key : under;
}
