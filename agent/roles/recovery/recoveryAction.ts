/**
 * Recovery's next move (design step 7), decided from the screen and the FSM:
 * an interruption on screen is cleared first (its dismissive button, Retry,
 * a wait for a spinner, else Back); a switch flipped by a mis-tap is flipped
 * back; otherwise the FSM's rollback plan to the last stable state gives the
 * next action (back presses, a known path, or relaunch and replay).
 */
import type { Screen } from '../../../drivers/screen/types.ts';
import type { FsmTracker, RecoveryPlan } from '../../../fsm/index.ts';
import { parseAction } from '../../actions/index.ts';
import type { Action } from '../../actions/index.ts';
import { fromAbstractAction } from '../../execute/fromAbstractAction.ts';
import { findInterruption } from '../verifier/interruptions.ts';

export type RecoveryMove =
  | { kind: 'act'; action: Action; why: string; expectedKey?: string; plan?: RecoveryPlan }
  | { kind: 'done'; why: string }
  | { kind: 'stuck'; why: string };

function action(name: string, input: Record<string, unknown>, reason: string): Action {
  const r = parseAction(name, { ...input, reason });
  if (!r.ok) throw r.error;
  return r.action;
}

export function interruptionMove(screen: Screen): RecoveryMove | undefined {
  const interruption = findInterruption(screen);
  if (!interruption) return undefined;
  if (interruption.kind === 'loading')
    return { kind: 'act', action: action('wait', { ms: 1500 }, `wait for "${interruption.title}"`), why: 'loading' };
  if (interruption.dismiss) {
    return {
      kind: 'act',
      action: action(
        'tap',
        { element: interruption.dismiss.id },
        `clear "${interruption.title}" with "${interruption.dismiss.label}"`,
      ),
      why: interruption.kind,
    };
  }
  return { kind: 'act', action: action('back', {}, `clear "${interruption.title}" with Back`), why: interruption.kind };
}

/** Scrolls looking for a known path's element before giving up on the path (a list opens at its top again). */
export const MAX_SEARCH_SCROLLS = 3;

export interface RollbackMoveOptions {
  /** On the known path of a relaunch this rollback made (see RollbackInput.freshStart). */
  freshStart?: boolean;
  /** Scrolls already made in a row looking for the path's element (MAX_SEARCH_SCROLLS: stop looking). */
  searchScrolls?: number;
}

export function rollbackMove(
  screen: Screen,
  tracker: FsmTracker,
  target: string,
  options: RollbackMoveOptions = {},
): RecoveryMove {
  const plan = tracker.pathBackToStable(target, { freshStart: options.freshStart === true });
  if (!plan) return { kind: 'stuck', why: 'no stable state known to roll back to' };
  if (plan.strategy === 'none') return { kind: 'done', why: `back at the stable state ${target}` };
  const next = plan.actions[0];
  if (!next) return { kind: 'stuck', why: `no known way back to ${target}` };
  const expectedKey = plan.expected[0];
  const converted = fromAbstractAction(next, screen, tracker, (t) => t, `roll back (${plan.strategy}) to ${target}`);
  if (converted)
    return {
      kind: 'act',
      action: converted,
      why: `rollback:${plan.strategy}`,
      ...(expectedKey ? { expectedKey } : {}),
      plan,
    };
  // The path's element may be further down a list: the path was learnt after scrolling to it, and a scroll
  // keeps the state, so the path does not say so. Scrolling changes nothing; the state must stay the same.
  const scrollable = screen.elements.some((e) => e.flags.scrollable);
  if (scrollable && (options.searchScrolls ?? 0) < MAX_SEARCH_SCROLLS && tracker.current !== undefined)
    return {
      kind: 'act',
      action: action('scroll', { direction: 'down' }, `roll back to ${target}: look for the known path's element`),
      why: 'rollback:scroll',
      expectedKey: tracker.current,
      plan,
    };
  // After a fresh start Back leaves the app: the known path does not hold, and nothing else is known.
  if (options.freshStart) return { kind: 'stuck', why: `the known path to ${target} does not hold after relaunching` };
  // The path's element is not here (the screen moved on): Back is the universal way out.
  return {
    kind: 'act',
    action: action('back', {}, `roll back to ${target}: the known path's element is not on screen`),
    why: 'rollback:back',
    plan,
  };
}

export function flipBackMove(screen: Screen, elementId: string | undefined): RecoveryMove | undefined {
  if (!elementId) return undefined;
  const e = screen.elements.find((x) => x.id === elementId);
  if (!e) return undefined;
  return {
    kind: 'act',
    action: action('tap', { element: e.id }, `undo the mis-tap: switch "${e.label}" back`),
    why: 'mistap',
  };
}
