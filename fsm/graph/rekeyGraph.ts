/**
 * Keys a graph again under today's identity rules (IDENTITY_VERSION), from
 * the representative screen stored with each state. States whose screens now
 * get one key merge (visits added); a state without a stored screen cannot be
 * keyed again and is dropped with its transitions. Transitions follow their
 * states, and their target elements are named by today's signatures where the
 * element is found on the stored screen (by bounds and label).
 */
import { actionId } from '../AbstractAction.ts';
import { defaultStateName, type StateKey, stateKey } from '../identity/stateKey.ts';
import { uniqueStateName } from '../identity/stateName.ts';
import { type AppGraph, createAppGraph, type StateNode, type Transition, transitionId } from './AppGraph.ts';
import { nameHolder, snapshotOf } from './graphUpdates.ts';
import { restoreScreen } from './storedScreen.ts';

export interface RekeyResult {
  graph: AppGraph;
  /** States keyed again (before merging). */
  rekeyed: number;
  /** States dropped: no stored screen to key them from. */
  dropped: number;
  /** Old key -> new key. */
  keyMap: Map<StateKey, StateKey>;
}

const boundsKey = (b: { left: number; top: number; right: number; bottom: number } | undefined) =>
  b ? `${b.left},${b.top},${b.right},${b.bottom}` : '';

export function rekeyGraph(graph: AppGraph): RekeyResult {
  const out = createAppGraph(graph.app);
  const keyMap = new Map<StateKey, StateKey>();
  /** Per old key: old signature -> new signature, found through the element's bounds and label. */
  const sigMaps = new Map<StateKey, Map<string, string>>();
  let dropped = 0;
  for (const old of Object.values(graph.states)) {
    const stored = old.snapshot.source;
    if (!stored) {
      dropped++;
      continue;
    }
    const screen = restoreScreen(stored);
    const result = stateKey(screen);
    keyMap.set(old.key, result.key);
    const snapshot = { ...snapshotOf(screen, result), source: stored };
    const fresh = new Map(snapshot.elements.map((e) => [`${boundsKey(e.bounds)}|${e.label}`, e.sig]));
    const sigs = new Map<string, string>();
    for (const e of old.snapshot.elements) {
      const now = fresh.get(`${boundsKey(e.bounds)}|${e.label}`);
      if (now) sigs.set(e.sig, now);
    }
    sigMaps.set(old.key, sigs);
    const mine = out.states[result.key];
    if (mine) {
      mine.visits += old.visits;
      mine.firstSeen = Math.min(mine.firstSeen, old.firstSeen);
      mine.lastSeen = Math.max(mine.lastSeen, old.lastSeen);
      mine.stable = mine.stable || old.stable;
      if (old.named && !mine.named) {
        mine.name = old.name;
        mine.named = true;
      }
      continue;
    }
    const state: StateNode = {
      key: result.key,
      name: old.named ? old.name : uniqueStateName(defaultStateName(result), result.features, nameHolder(out)),
      features: result.features,
      snapshot,
      visits: old.visits,
      firstSeen: old.firstSeen,
      lastSeen: old.lastSeen,
      stable: old.stable,
    };
    if (old.named) state.named = true;
    out.states[result.key] = state;
  }

  for (const t of Object.values(graph.transitions)) {
    const source = keyMap.get(t.source);
    const target = t.targetApp ? t.target : keyMap.get(t.target);
    if (!source || !target) continue;
    const sigs = sigMaps.get(t.source)!;
    const rename = (sig: string) => sigs.get(sig) ?? sig;
    const targetSigs = sigMaps.get(t.target);
    const renameInTarget = (sig: string) => targetSigs?.get(sig) ?? sig;
    const action = { ...t.action };
    if (action.target) action.target = rename(action.target);
    const aid = actionId(action);
    const id = transitionId(source, aid, target);
    const mine = out.transitions[id];
    if (mine) {
      mine.count += t.count;
      mine.failures += t.failures;
      mine.firstSeen = Math.min(mine.firstSeen, t.firstSeen);
      mine.lastSeen = Math.max(mine.lastSeen, t.lastSeen);
      continue;
    }
    const moved: Transition = {
      ...t,
      id,
      source,
      target,
      action,
      actionId: aid,
      pre: { elements: t.pre.elements.map(rename) },
      post: {
        ...(t.post.state ? { state: t.targetApp ? t.post.state : (keyMap.get(t.post.state) ?? target) } : {}),
        ...(t.post.elements ? { elements: t.post.elements.map(renameInTarget) } : {}),
      },
    };
    out.transitions[id] = moved;
  }
  if (graph.entry && keyMap.has(graph.entry)) out.entry = keyMap.get(graph.entry)!;
  out.revision = graph.revision + 1;
  return { graph: out, rekeyed: keyMap.size, dropped, keyMap };
}
