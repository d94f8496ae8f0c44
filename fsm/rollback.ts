/**
 * Planning the way back to the last stable state (design step 7): back
 * presses where the observed back stack allows, else a known path through the
 * graph, else a fresh relaunch of the app and a replay of a known path from
 * its entry state. Pure: it reads the index and the back stack it is given.
 */
import type { AbstractAction } from './AbstractAction.ts';
import type { GraphIndex } from './graph/GraphIndex.ts';
import type { StateKey } from './identity/stateKey.ts';

export type RecoveryStrategy = 'none' | 'back' | 'path' | 'relaunch';

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
  /** Longest known path worth replaying instead of relaunching (default 8). */
  maxPathLength?: number;
  /** Transitions less reliable than this are not replayed (default 0.3). */
  minConfidence?: number;
}

export function planRollback(input: RollbackInput): RecoveryPlan {
  const { index, current, target, backStack } = input;
  const maxPathLength = input.maxPathLength ?? 8;
  const minConfidence = input.minConfidence ?? 0.3;
  if (current === target) return { strategy: 'none', target, actions: [], expected: [], reachesTarget: true };

  // 1. Back presses down the observed stack.
  if (current !== undefined && backStack[backStack.length - 1] === current) {
    const at = backStack.lastIndexOf(target, backStack.length - 2);
    if (at >= 0) {
      const expected = backStack.slice(at, backStack.length - 1).reverse();
      return {
        strategy: 'back',
        target,
        actions: expected.map(() => ({ kind: 'back' })),
        expected,
        reachesTarget: true,
      };
    }
  }

  // 2. A known path from here (it may use learnt back transitions too).
  if (current !== undefined) {
    const path = index.shortestPath(current, target, { minConfidence, maxDepth: maxPathLength });
    if (path && path.steps.length <= maxPathLength) {
      return {
        strategy: 'path',
        target,
        actions: path.steps.map((t) => ({ ...t.action })),
        expected: path.steps.map((t) => t.target),
        reachesTarget: true,
      };
    }
  }

  // 3. Relaunch the target's app and replay a known path from its entry state.
  const app = index.appOf(target);
  const graph = app ? index.graph(app) : undefined;
  const relaunch: AbstractAction = { kind: 'relaunch', app: app ?? '' };
  const entry = graph?.entry;
  if (!app || !entry)
    return { strategy: 'relaunch', target, actions: app ? [relaunch] : [], expected: [], reachesTarget: false };
  const replay = index.shortestPath(entry, target, { minConfidence, app });
  if (!replay) return { strategy: 'relaunch', target, actions: [relaunch], expected: [entry], reachesTarget: false };
  return {
    strategy: 'relaunch',
    target,
    actions: [relaunch, ...replay.steps.map((t) => ({ ...t.action }))],
    expected: [entry, ...replay.steps.map((t) => t.target)],
    reachesTarget: true,
  };
}
