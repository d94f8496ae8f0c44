/**
 * Planning the way back to the last stable state (design step 7), safely:
 * only moves that undo are used. Back presses down the observed back stack;
 * a known path made only of reverse transitions (Back, Navigate up, Close,
 * Cancel); or a fresh relaunch of the app and a known path from its entry
 * state. Never a forward action from wherever the phone happens to be: a
 * "Create" or "Delete" replayed on the wrong screen does harm. The cheapest
 * plan that reaches the target wins. Pure: it reads the index and the back
 * stack it is given.
 */
import type { AbstractAction } from './AbstractAction.ts';
import type { Transition } from './graph/AppGraph.ts';
import type { GraphIndex } from './graph/GraphIndex.ts';
import type { StateKey } from './identity/stateKey.ts';

export type RecoveryStrategy = 'none' | 'back' | 'reverse' | 'relaunch';

export interface RecoveryPlan {
  strategy: RecoveryStrategy;
  /** The state the plan aims for. */
  target: StateKey;
  actions: AbstractAction[];
  /** The state expected after each action (same length as actions): verify each step against it. */
  expected: StateKey[];
  /** False when the plan only gets part of the way (relaunch to the entry state, no known path on from there). */
  reachesTarget: boolean;
}

export interface RollbackInput {
  index: GraphIndex;
  current: StateKey | undefined;
  target: StateKey;
  /** Observed navigation stack, bottom first, current last. */
  backStack: readonly StateKey[];
  /** Longest known path worth replaying (default 8). */
  maxPathLength?: number;
  /** Transitions less reliable than this are not replayed (default 0.3). */
  minConfidence?: number;
  /**
   * This rollback started the app fresh and every move since reached the
   * state its plan expected: from wherever that path has got to in the app
   * (the entry state or a later one), the known path forward is the rest of
   * the relaunch plan, not a reason to relaunch again.
   */
  freshStart?: boolean;
}

/** Labels of controls that go back or close without doing anything else. */
const REVERSE_LABEL = /^(navigate up|up|back|close|cancel|dismiss)$/i;

/** An action that undoes rather than does: Back, or a tap on an up/close/cancel control. */
export function isReverseAction(action: AbstractAction): boolean {
  if (action.kind === 'back') return true;
  return action.kind === 'tap' && REVERSE_LABEL.test((action.label ?? '').trim());
}

/** A transition that undoes rather than does (see isReverseAction). */
export function isReverseTransition(t: Transition): boolean {
  return isReverseAction(t.action);
}

export function planRollback(input: RollbackInput): RecoveryPlan {
  const { index, current, target, backStack } = input;
  const maxPathLength = input.maxPathLength ?? 8;
  const minConfidence = input.minConfidence ?? 0.3;
  if (current === target) return { strategy: 'none', target, actions: [], expected: [], reachesTarget: true };
  const plans: RecoveryPlan[] = [];

  // 1. Back presses down the observed stack.
  if (current !== undefined && backStack[backStack.length - 1] === current) {
    const at = backStack.lastIndexOf(target, backStack.length - 2);
    if (at >= 0) {
      const expected = backStack.slice(at, backStack.length - 1).reverse();
      plans.push({
        strategy: 'back',
        target,
        actions: expected.map(() => ({ kind: 'back' })),
        expected,
        reachesTarget: true,
      });
    }
  }

  // 2. A known path of reverse transitions only.
  if (current !== undefined) {
    const path = index.shortestPath(current, target, {
      minConfidence,
      maxDepth: maxPathLength,
      allow: isReverseTransition,
    });
    if (path && path.steps.length > 0)
      plans.push({
        strategy: 'reverse',
        target,
        actions: path.steps.map((t) => ({ ...t.action })),
        expected: path.steps.map((t) => t.target),
        reachesTarget: true,
      });
  }

  // 3. Relaunch the target's app fresh and replay a known path from its entry state.
  const app = index.appOf(target);
  const graph = app ? index.graph(app) : undefined;
  const relaunch: AbstractAction = { kind: 'relaunch', app: app ?? '' };
  const entry = graph?.entry;
  // Already relaunched and on the known path since: go on along it (the rest of the relaunch plan), from the
  // entry state or any later state of the app the checked moves reached. Only the first move was ever planned
  // from the entry; without this the second move found no plan but another relaunch.
  if (input.freshStart && current !== undefined && app && index.appOf(current) === app) {
    const onward = index.shortestPath(current, target, { minConfidence, app, maxDepth: maxPathLength });
    if (onward && onward.steps.length > 0)
      plans.push({
        strategy: 'relaunch',
        target,
        actions: onward.steps.map((t) => ({ ...t.action })),
        expected: onward.steps.map((t) => t.target),
        reachesTarget: true,
      });
  }
  const replay =
    app && entry ? index.shortestPath(entry, target, { minConfidence, app, maxDepth: maxPathLength }) : undefined;
  if (app && entry && replay)
    plans.push({
      strategy: 'relaunch',
      target,
      actions: [relaunch, ...replay.steps.map((t) => ({ ...t.action }))],
      expected: [entry, ...replay.steps.map((t) => t.target)],
      reachesTarget: true,
    });

  // The shortest plan that gets there; undoing moves win ties over a relaunch.
  const best = plans.sort((a, b) => a.actions.length - b.actions.length)[0];
  if (best) return best;
  // A screen no known move of its own app leads to (another app handed over to it) is out of reach of a
  // relaunch: starting the app fresh would only lose where the phone is.
  const ownWayIn =
    graph !== undefined &&
    Object.values(graph.transitions).some(
      (t) => t.target === target && t.source !== target && index.appOf(t.source) === app,
    );
  if (!ownWayIn) return { strategy: 'relaunch', target, actions: [], expected: [], reachesTarget: false };
  if (!app || !entry)
    return { strategy: 'relaunch', target, actions: app ? [relaunch] : [], expected: [], reachesTarget: false };
  return { strategy: 'relaunch', target, actions: [relaunch], expected: [entry], reachesTarget: false };
}
