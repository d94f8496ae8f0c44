/**
 * An index over one or more app graphs for the questions a run asks many
 * times: which app a state is in, what an action from a state led to, and
 * shortest paths. It is updated incrementally (addState/addTransition) so an
 * observation never rebuilds it; rebuilding is O(states + transitions).
 */
import type { ActionId } from '../AbstractAction.ts';
import type { StateKey } from '../identity/stateKey.ts';
import type { AppGraph, StateNode, Transition } from './AppGraph.ts';

export interface Prediction {
  /** The most likely target state. */
  target: StateKey;
  /** count / (all outcomes seen + failures + 1): 0.5 after one sighting, towards 1 with evidence. */
  confidence: number;
  transition: Transition;
  /** Other outcomes seen for the same action from the same state, most likely first. */
  alternatives: { target: StateKey; count: number }[];
}

export interface GraphPath {
  /** The state the path ends in. */
  target: StateKey;
  steps: Transition[];
}

export interface PathOptions {
  /** At most this many paths (default 5). */
  limit?: number;
  /** Ignore paths longer than this (default 50). */
  maxDepth?: number;
  /** Only use transitions whose prediction confidence is at least this (default 0). */
  minConfidence?: number;
  /** Stay within this app's graph (default: follow cross-app transitions too). */
  app?: string;
  /** Only follow transitions this accepts (e.g. rollback: only the ones that go back). */
  allow?: (transition: Transition) => boolean;
}

export class GraphIndex {
  private readonly graphs = new Map<string, AppGraph>();
  private readonly appOfState = new Map<StateKey, string>();
  private readonly out = new Map<StateKey, Map<ActionId, Transition[]>>();

  constructor(graphs: Iterable<AppGraph> = []) {
    for (const g of graphs) this.addGraph(g);
  }

  addGraph(graph: AppGraph): void {
    this.graphs.set(graph.app, graph);
    for (const key of Object.keys(graph.states)) this.appOfState.set(key, graph.app);
    for (const t of Object.values(graph.transitions)) this.addTransition(t);
  }

  graph(app: string): AppGraph | undefined {
    return this.graphs.get(app);
  }

  allGraphs(): AppGraph[] {
    return [...this.graphs.values()];
  }

  addState(app: string, key: StateKey): void {
    this.appOfState.set(key, app);
  }

  addTransition(t: Transition): void {
    let byAction = this.out.get(t.source);
    if (!byAction) {
      byAction = new Map();
      this.out.set(t.source, byAction);
    }
    const list = byAction.get(t.actionId);
    if (!list) byAction.set(t.actionId, [t]);
    else if (!list.includes(t)) list.push(t);
  }

  removeTransition(t: Transition): void {
    const list = this.out.get(t.source)?.get(t.actionId);
    if (!list) return;
    const at = list.indexOf(t);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.out.get(t.source)!.delete(t.actionId);
  }

  appOf(key: StateKey): string | undefined {
    return this.appOfState.get(key);
  }

  state(key: StateKey): StateNode | undefined {
    const app = this.appOfState.get(key);
    return app ? this.graphs.get(app)?.states[key] : undefined;
  }

  /** Every outcome seen for `actionId` from `source`. */
  outcomes(source: StateKey, actionId: ActionId): Transition[] {
    return this.out.get(source)?.get(actionId) ?? [];
  }

  /** Action ids seen from `source`. */
  actionsFrom(source: StateKey): ActionId[] {
    return [...(this.out.get(source)?.keys() ?? [])];
  }

  predict(source: StateKey, actionId: ActionId): Prediction | undefined {
    const outcomes = this.outcomes(source, actionId);
    if (outcomes.length === 0) return undefined;
    let best = outcomes[0]!;
    let total = 0;
    for (const t of outcomes) {
      total += t.count;
      // Ties go to the most recent sighting: apps change.
      if (
        t.count - t.failures > best.count - best.failures ||
        (t.count - t.failures === best.count - best.failures && t.lastSeen > best.lastSeen)
      )
        best = t;
    }
    const alternatives = outcomes
      .filter((t) => t !== best)
      .sort((a, b) => b.count - a.count)
      .map((t) => ({ target: t.target, count: t.count }));
    return {
      target: best.target,
      confidence: best.count / (total + best.failures + 1),
      transition: best,
      alternatives,
    };
  }

  /**
   * Breadth-first shortest paths from `from` to states satisfying `isGoal`,
   * over the most likely outcome of each known action. `from` itself counts
   * (an empty path) when it satisfies the goal.
   */
  shortestPaths(from: StateKey, isGoal: (state: StateNode) => boolean, options: PathOptions = {}): GraphPath[] {
    const limit = options.limit ?? 5;
    const maxDepth = options.maxDepth ?? 50;
    const minConfidence = options.minConfidence ?? 0;
    const paths: GraphPath[] = [];
    const parent = new Map<StateKey, Transition | null>([[from, null]]);
    let frontier: StateKey[] = [from];
    for (let depth = 0; frontier.length > 0 && depth <= maxDepth; depth++) {
      const next: StateKey[] = [];
      for (const key of frontier) {
        const state = this.state(key);
        if (state && isGoal(state)) {
          paths.push({ target: key, steps: this.unwind(parent, key) });
          if (paths.length >= limit) return paths;
        }
        const byAction = this.out.get(key);
        if (!byAction || depth === maxDepth) continue;
        for (const aid of byAction.keys()) {
          const p = this.predict(key, aid);
          if (!p || p.confidence < minConfidence || parent.has(p.target)) continue;
          if (options.allow && !options.allow(p.transition)) continue;
          if (options.app && this.appOfState.get(p.target) !== options.app) continue;
          parent.set(p.target, p.transition);
          next.push(p.target);
        }
      }
      frontier = next;
    }
    return paths;
  }

  shortestPath(from: StateKey, to: StateKey, options: PathOptions = {}): GraphPath | undefined {
    if (from === to) return { target: to, steps: [] };
    return this.shortestPaths(from, (s) => s.key === to, { ...options, limit: 1 })[0];
  }

  private unwind(parent: Map<StateKey, Transition | null>, key: StateKey): Transition[] {
    const steps: Transition[] = [];
    let t = parent.get(key);
    while (t) {
      steps.push(t);
      t = parent.get(t.source);
    }
    return steps.reverse();
  }
}
