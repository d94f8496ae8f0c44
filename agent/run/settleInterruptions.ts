/**
 * Settling a step before it is judged: an interruption that came with the
 * action (a rating prompt, a permission request, an ad, a "no connection"
 * page, a spinner, a crash dialog) is cleared first, with the interruption's
 * own dismissive button (Not now, Don't allow, Close ad), Retry, a wait, or
 * Back. Then the action is judged on the screen under it: a tap that reached
 * its screen before a pop-up covered it worked, and is not a failure
 * because the pop-up came and went. The moves are framework steps: they do
 * not use the model's step budget and the FSM does not learn from them.
 */
import { interruptionMove } from '../roles/recovery/recoveryAction.ts';
import type { ClearedInterruption, VerifyOutcome } from '../roles/types.ts';
import { findInterruption, type Interruption } from '../roles/verifier/interruptions.ts';
import type { Action } from '../actions/index.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { Acted } from './Acted.ts';

/** A stubborn interruption (a spinner that does not end) is left to recovery after this many moves. */
export const MAX_SETTLE_MOVES = 4;

export interface SettleContext {
  current(): Perception;
  /** Carries out a framework move without the FSM learning from it. */
  execute(action: Action): Promise<Acted>;
  checkAbort(): void;
}

export interface SettleMove {
  acted: Acted;
  verdict: VerifyOutcome;
  /** What the move was for, in words (the recovery path entry). */
  what: string;
}

export interface Settled {
  moves: SettleMove[];
  /** The interruptions met, in order (the same one twice is listed once). */
  interruptions: ClearedInterruption[];
  /** Nothing that came with the step is left on screen. */
  clear: boolean;
}

function same(a: Interruption | undefined, b: Interruption | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.title === b.title;
}

/** Clears what came with a step; `before` is the screen the step was taken on (what was there already stays). */
export async function settleInterruptions(before: Perception, ctx: SettleContext): Promise<Settled> {
  const was = findInterruption(before.screen);
  const moves: SettleMove[] = [];
  const interruptions: ClearedInterruption[] = [];
  while (moves.length < MAX_SETTLE_MOVES) {
    ctx.checkAbort();
    const screen = ctx.current().screen;
    const now = findInterruption(screen);
    if (!now || same(now, was)) break;
    const last = interruptions[interruptions.length - 1];
    if (!last || last.kind !== now.kind || last.title !== now.title)
      interruptions.push({ kind: now.kind, title: now.title });
    const move = interruptionMove(screen)!;
    if (move.kind !== 'act') break;
    const acted = await ctx.execute(move.action);
    const after = findInterruption(acted.after.screen);
    const verdict: VerifyOutcome = acted.error
      ? { verdict: 'fail', reason: acted.error.message, cause: 'error', by: 'rules', rule: 'settle' }
      : same(after, now) && acted.after.fingerprint === acted.before.fingerprint
        ? { verdict: 'no_change', reason: `"${now.title}" is still there`, by: 'rules', rule: 'settle' }
        : { verdict: 'success', reason: `cleared "${now.title}"`, by: 'rules', rule: 'settle' };
    moves.push({ acted, verdict, what: `clear "${now.title}" (${now.kind})` });
  }
  const left = findInterruption(ctx.current().screen);
  return { moves, interruptions, clear: !left || same(left, was) };
}
