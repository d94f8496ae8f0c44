/**
 * Updates of an AppGraph. Deterministic and effect-free apart from the graph
 * they are given: the clock comes in as `now`, nothing is read or written
 * elsewhere. They update the graph in place and bump its revision, because
 * copying a 10,000-state record on every observation would cost more than the
 * 1 ms an observation may take; take a snapshot with cloneGraph when needed.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { type AbstractAction, actionId } from '../AbstractAction.ts';
import { FsmLookupError } from '../errors.ts';
import { defaultStateName, type StateKey, type StateKeyResult } from '../identity/stateKey.ts';
import { uniqueStateName } from '../identity/stateName.ts';
import {
  type AppGraph,
  type SnapshotElement,
  type StateNode,
  type StateSnapshot,
  type Transition,
  transitionId,
} from './AppGraph.ts';
import { storeScreen } from './storedScreen.ts';

/** At most this many elements are kept in a state's snapshot. */
const SNAPSHOT_ELEMENTS = 80;

export function snapshotOf(screen: Screen, result: StateKeyResult): StateSnapshot {
  const elements: SnapshotElement[] = [];
  const seen = new Set<string>();
  for (const e of screen.elements) {
    const sig = result.signatures.get(e.id);
    if (!sig || (!e.actionable && !e.label)) continue;
    const label = e.role === 'input' ? e.hint : e.label;
    const dedupe = `${sig}\u0000${label}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const { left, top, right, bottom } = e.bounds;
    elements.push({ sig, role: e.role, label, actionable: e.actionable, bounds: { left, top, right, bottom } });
    if (elements.length >= SNAPSHOT_ELEMENTS) break;
  }
  const snapshot: StateSnapshot = {
    title: result.title,
    elements,
    screen: { width: screen.width, height: screen.height },
    source: storeScreen(screen),
  };
  if (result.dialogTitle) snapshot.dialogTitle = result.dialogTitle;
  if (result.activity) snapshot.activity = result.activity;
  return snapshot;
}

/** Looks a state name up in the graph: the features of the state holding it. */
export function nameHolder(graph: AppGraph): (name: string) => readonly string[] | undefined {
  return (name) => {
    for (const s of Object.values(graph.states)) if (s.name === name) return s.features;
    return undefined;
  };
}

export interface ObservationUpdate {
  state: StateNode;
  isNew: boolean;
}

/** Records that the screen was seen: adds its state or counts a visit. */
export function addObservation(
  graph: AppGraph,
  screen: Screen,
  result: StateKeyResult,
  now: number,
): ObservationUpdate {
  const stable = !result.hasOverlay && !result.loading;
  const existing = graph.states[result.key];
  graph.revision++;
  if (existing) {
    existing.visits++;
    existing.lastSeen = Math.max(existing.lastSeen, now);
    // Loading spinners do not change the key; once seen settled, the state is stable.
    if (stable) existing.stable = true;
    return { state: existing, isNew: false };
  }
  const state: StateNode = {
    key: result.key,
    name: uniqueStateName(defaultStateName(result), result.features, nameHolder(graph)),
    features: result.features,
    snapshot: snapshotOf(screen, result),
    visits: 1,
    firstSeen: now,
    lastSeen: now,
    stable,
  };
  graph.states[result.key] = state;
  return { state, isNew: true };
}

export interface TransitionInput {
  source: StateKey;
  target: StateKey;
  action: AbstractAction;
  now: number;
  /** Package of the target's graph when it is not this graph's app. */
  targetApp?: string;
  /** Extra element signatures that must be on screen (the action's target is always one). */
  pre?: string[];
}

export interface TransitionUpdate {
  transition: Transition;
  isNew: boolean;
}

/** Records that `action` in `source` led to `target`. */
export function addTransition(graph: AppGraph, input: TransitionInput): TransitionUpdate {
  if (!graph.states[input.source])
    throw new FsmLookupError(
      `cannot add a transition from unknown state ${input.source} in ${graph.app}; observe the state first`,
    );
  const aid = actionId(input.action);
  const id = transitionId(input.source, aid, input.target);
  graph.revision++;
  const existing = graph.transitions[id];
  if (existing) {
    existing.count++;
    existing.lastSeen = Math.max(existing.lastSeen, input.now);
    if (input.action.text !== undefined) existing.action.text = input.action.text;
    return { transition: existing, isNew: false };
  }
  const preElements = [...new Set([...(input.action.target ? [input.action.target] : []), ...(input.pre ?? [])])];
  const transition: Transition = {
    id,
    source: input.source,
    target: input.target,
    action: { ...input.action },
    actionId: aid,
    count: 1,
    failures: 0,
    firstSeen: input.now,
    lastSeen: input.now,
    pre: { elements: preElements },
    post: { state: input.target },
  };
  if (input.targetApp && input.targetApp !== graph.app) transition.targetApp = input.targetApp;
  graph.transitions[id] = transition;
  return { transition, isNew: true };
}

/**
 * Takes back one sighting of a transition that did not happen as recorded:
 * the action named one element and the finger hit another (a mis-tap), so
 * "action X leads to Y" was never observed. Returns whether the transition is
 * gone (no sighting left).
 */
export function unrecordTransition(graph: AppGraph, id: string): boolean {
  const t = graph.transitions[id];
  if (!t) throw new FsmLookupError(`no transition ${id} in ${graph.app}`);
  t.count = Math.max(0, t.count - 1);
  t.failures = Math.min(t.failures, t.count);
  graph.revision++;
  if (t.count > 0) return false;
  delete graph.transitions[id];
  return true;
}

/** Counts a failure against a transition that was taken and judged a dead end (never more than its sightings). */
export function recordFailure(graph: AppGraph, id: string): void {
  const t = graph.transitions[id];
  if (!t) throw new FsmLookupError(`no transition ${id} in ${graph.app}`);
  t.failures = Math.min(t.count, t.failures + 1);
  graph.revision++;
}

/** Gives a state a semantic name (a model's or a person's). */
export function nameState(graph: AppGraph, key: StateKey, name: string): void {
  const state = graph.states[key];
  if (!state) throw new FsmLookupError(`no state ${key} in ${graph.app}`);
  state.name = name;
  state.named = true;
  graph.revision++;
}

/**
 * Merges `other` into `graph`: states and transitions are united; counts are
 * added (`add`, for deltas) or the larger kept (`max`, idempotent re-imports).
 */
export function mergeGraph(graph: AppGraph, other: AppGraph, mode: 'add' | 'max' = 'max'): AppGraph {
  const combine = (a: number, b: number) => (mode === 'add' ? a + b : Math.max(a, b));
  for (const s of Object.values(other.states)) {
    const mine = graph.states[s.key];
    if (!mine) {
      graph.states[s.key] = structuredClone(s);
      continue;
    }
    mine.visits = combine(mine.visits, s.visits);
    mine.firstSeen = Math.min(mine.firstSeen, s.firstSeen);
    mine.lastSeen = Math.max(mine.lastSeen, s.lastSeen);
    mine.stable = mine.stable || s.stable;
    if (s.named && !mine.named) {
      mine.name = s.name;
      mine.named = true;
    }
  }
  for (const t of Object.values(other.transitions)) {
    const mine = graph.transitions[t.id];
    if (!mine) {
      graph.transitions[t.id] = structuredClone(t);
      continue;
    }
    mine.count = combine(mine.count, t.count);
    mine.failures = combine(mine.failures, t.failures);
    mine.firstSeen = Math.min(mine.firstSeen, t.firstSeen);
    mine.lastSeen = Math.max(mine.lastSeen, t.lastSeen);
  }
  if (!graph.entry && other.entry) graph.entry = other.entry;
  graph.revision++;
  return graph;
}
