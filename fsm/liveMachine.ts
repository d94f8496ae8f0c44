/**
 * The XState view of an app graph. The graph is the source of truth; this
 * module generates a plain machine config from it (states = state keys,
 * events = abstract action ids, each event going to its most likely target)
 * and regenerates it when the graph's revision moves. The config is what is
 * stored and exported, never `machine.toJSON()`, which does not load back.
 */
import { createMachine } from 'xstate';
import { FsmLookupError } from './errors.ts';
import type { AppGraph } from './graph/AppGraph.ts';
import { GraphIndex } from './graph/GraphIndex.ts';
import type { StateKey } from './identity/stateKey.ts';

export interface FsmStateConfig {
  description: string;
  meta: { name: string; title: string; visits: number; stable: boolean; activity?: string };
  /** Action id -> target state key (a sibling). */
  on: Record<string, string>;
}

export interface FsmMachineConfig {
  id: string;
  initial: StateKey;
  /** Provenance: which graph and revision produced this config. */
  meta: { app: string; graphRevision: number; generator: 'maple.fsm' };
  states: Record<StateKey, FsmStateConfig>;
}

/** Machine ids must not contain '.' or '#' (XState uses them in targets). */
export function machineIdOf(app: string): string {
  return app.replace(/[.#]/g, '_');
}

export function machineConfigFromGraph(graph: AppGraph, index: GraphIndex = new GraphIndex([graph])): FsmMachineConfig {
  const keys = Object.keys(graph.states);
  if (keys.length === 0)
    throw new FsmLookupError(`the FSM of ${graph.app} has no states yet; observe a screen of it first`);
  const initial = graph.entry && graph.states[graph.entry] ? graph.entry : keys[0]!;
  const states: Record<StateKey, FsmStateConfig> = {};
  for (const key of keys) {
    const s = graph.states[key]!;
    const on: Record<string, string> = {};
    for (const aid of index.actionsFrom(key)) {
      const p = index.predict(key, aid);
      // Cross-app targets live in another app's machine: left out here, kept in the graph.
      if (p && graph.states[p.target]) on[aid] = p.target;
    }
    const meta: FsmStateConfig['meta'] = { name: s.name, title: s.snapshot.title, visits: s.visits, stable: s.stable };
    if (s.snapshot.activity) meta.activity = s.snapshot.activity;
    states[key] = { description: s.name, meta, on };
  }
  return {
    id: machineIdOf(graph.app),
    initial,
    meta: { app: graph.app, graphRevision: graph.revision, generator: 'maple.fsm' },
    states,
  };
}

/** Loads a generated config into an XState machine (for paths, simulation, inspection). */
export function createFsmMachine(config: FsmMachineConfig) {
  // The config is plain data with string targets only: no actions, guards or actors to provide.
  return createMachine(config as unknown as Parameters<typeof createMachine>[0]);
}

/** Regenerates the config only when the graph changed since the last call. */
export class LiveMachine {
  private cached?: { revision: number; config: FsmMachineConfig };
  constructor(
    readonly graph: AppGraph,
    private readonly index?: GraphIndex,
  ) {}

  config(): FsmMachineConfig {
    if (!this.cached || this.cached.revision !== this.graph.revision) {
      this.cached = { revision: this.graph.revision, config: machineConfigFromGraph(this.graph, this.index) };
    }
    return this.cached.config;
  }

  machine() {
    return createFsmMachine(this.config());
  }
}
