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

export function rollbackMove(screen: Screen, tracker: FsmTracker, target: string, freshStart = false): RecoveryMove {
  const plan = tracker.pathBackToStable(target, { freshStart });
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
