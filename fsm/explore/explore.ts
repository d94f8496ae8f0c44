/**
 * Systematic exploration of one app with no model (`maple explore`): from
 * the app's entry, try every untried action of the current state (see
 * candidateActions); when the state has none left, walk the known graph to
 * the nearest state that still has some (FsmTracker.pathsTo); relaunch the
 * app when nothing known leads there or when the app was left. The FSM grows
 * through an FsmTracker fed with parsed page sources only, so what it learns
 * is exactly what an agent would see. Deltas go to the knowledge store.
 */
import type { Device } from '../../drivers/device/Device.ts';
import { parsePageSource } from '../../drivers/screen/index.ts';
import type { AbstractAction, ActionId } from '../AbstractAction.ts';
import { FsmTracker, type ObserveResult } from '../FsmTracker.ts';
import type { StateKey } from '../identity/stateKey.ts';
import type { KnowledgeStore } from '../store/KnowledgeStore.ts';
import { type Candidate, candidateActions } from './candidateActions.ts';
import { openAppByName } from './resolveApp.ts';
import { performAction } from './performAction.ts';

export interface ExploreProgress {
  step: number;
  maxSteps: number;
  states: number;
  transitions: number;
  /** States of the app that still have untried actions. */
  frontier: number;
  relaunches: number;
}

export interface ExploreStep {
  step: number;
  action: AbstractAction;
  /** Why the action was taken: a new action, a step towards the frontier, or a relaunch. */
  reason: 'try' | 'navigate' | 'relaunch';
  result: ObserveResult;
}

export interface ExploreOptions {
  device: Device;
  /** Launcher label ("Clock") or package name. */
  app: string;
  /** Device actions to spend (default 200). */
  steps?: number;
  /** Tracker to grow (default: a new one over the store's graph of the app). */
  tracker?: FsmTracker;
  /** Where deltas are saved (every `progressEvery` steps and at the end). */
  store?: KnowledgeStore;
  progressEvery?: number;
  onProgress?: (progress: ExploreProgress) => void;
  /** Called after every observed step (evaluators read the device's ground truth here). */
  onStep?: (step: ExploreStep) => void | Promise<void>;
  /** Attempts to reach one frontier state before it is given up (default 3). */
  maxNavigationAttempts?: number;
}

export interface ExploreResult {
  app: string;
  steps: number;
  states: number;
  transitions: number;
  relaunches: number;
  /** Observations the graph's prediction did not expect (non-determinism, faults). */
  unexpected: number;
  /** No untried action was left anywhere reachable before the step budget ran out. */
  exhausted: boolean;
  tracker: FsmTracker;
}

export async function explore(options: ExploreOptions): Promise<ExploreResult> {
  const { device } = options;
  const maxSteps = options.steps ?? 200;
  const every = options.progressEvery ?? 25;
  const maxAttempts = options.maxNavigationAttempts ?? 3;
  const pkg = await openAppByName(device, options.app);
  const tracker =
    options.tracker ?? new FsmTracker({ graphs: [options.store?.loadGraph(pkg)].filter((g) => g !== undefined) });

  const candidates = new Map<StateKey, Map<ActionId, AbstractAction>>();
  const tried = new Map<StateKey, Set<ActionId>>();
  const navAttempts = new Map<StateKey, number>();
  let relaunches = 0;
  let unexpected = 0;
  let steps = 0;

  const untriedOf = (key: StateKey): Candidate[] => {
    const all = candidates.get(key);
    if (!all) return [];
    const done = tried.get(key);
    return [...all].filter(([id]) => !done?.has(id)).map(([id, action]) => ({ id, action }));
  };
  const markTried = (key: StateKey, id: ActionId): void => {
    let set = tried.get(key);
    if (!set) tried.set(key, (set = new Set()));
    set.add(id);
  };
  const frontier = (): StateKey[] => [...candidates.keys()].filter((k) => untriedOf(k).length > 0);
  const graphOf = () => tracker.graph(pkg);
  const progress = (): ExploreProgress => ({
    step: steps,
    maxSteps,
    states: Object.keys(graphOf()?.states ?? {}).length,
    transitions: Object.keys(graphOf()?.transitions ?? {}).length,
    frontier: frontier().length,
    relaunches,
  });
  const save = (): void => {
    if (!options.store) return;
    for (const delta of tracker.takeDelta()) options.store.saveGraph(delta, { merge: 'add' });
  };

  const observe = async (action?: AbstractAction): Promise<ObserveResult> => {
    const obs = await device.observe();
    const screen = parsePageSource(obs.pageSource, { activity: obs.activity });
    const result = tracker.observe(screen, action);
    if (result.unexpected) unexpected++;
    if (result.app === pkg) {
      // Union, not first sight only: another visit of the same state may show other rows or fields.
      let known = candidates.get(result.key);
      if (!known) candidates.set(result.key, (known = new Map()));
      for (const c of candidateActions(screen, result.analysis)) if (!known.has(c.id)) known.set(c.id, c.action);
    }
    return result;
  };

  let current = await observe({ kind: 'relaunch', app: pkg });
  let exhausted = false;
  let stuckRelaunch = false;
  while (steps < maxSteps) {
    let action: AbstractAction | undefined;
    let reason: ExploreStep['reason'] = 'try';
    if (current.app !== pkg) {
      action = { kind: 'relaunch', app: pkg };
      reason = 'relaunch';
    } else {
      const next = untriedOf(current.key)[0];
      if (next) {
        action = next.action;
        markTried(current.key, next.id);
      } else {
        const goals = new Set(frontier());
        if (goals.size === 0) {
          exhausted = true;
          break;
        }
        const path = tracker.pathsTo((s) => goals.has(s.key), { app: pkg, limit: 1 })[0];
        if (path && path.steps.length > 0 && (navAttempts.get(path.target) ?? 0) < maxAttempts * path.steps.length) {
          navAttempts.set(path.target, (navAttempts.get(path.target) ?? 0) + 1);
          action = path.steps[0]!.action;
          reason = 'navigate';
        } else if (path) {
          // Could not get there after several tries: give its remaining actions up.
          for (const c of untriedOf(path.target)) markTried(path.target, c.id);
          continue;
        } else if (stuckRelaunch) {
          // A relaunch already failed to open a way there: what is left is out of reach.
          for (const k of goals) for (const c of untriedOf(k)) markTried(k, c.id);
          continue;
        } else {
          action = { kind: 'relaunch', app: pkg };
          reason = 'relaunch';
        }
      }
    }
    stuckRelaunch = reason === 'relaunch' && current.app === pkg;
    // The element is not on this instance of the state (other rows, other fields): try something else.
    if (!(await performAction(device, tracker, action))) continue;
    if (action.kind === 'relaunch') relaunches++;
    steps++;
    current = await observe(action);
    await options.onStep?.({ step: steps, action, reason, result: current });
    if (steps % every === 0) {
      options.onProgress?.(progress());
      save();
    }
  }
  save();
  const p = progress();
  return { app: pkg, steps, states: p.states, transitions: p.transitions, relaunches, unexpected, exhausted, tracker };
}
