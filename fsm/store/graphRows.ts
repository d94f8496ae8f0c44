/**
 * How states and transitions are laid out in the store's rows: the row
 * shapes read back, the upserts that merge counts (`add` for a run's delta,
 * `max` for re-imports), and the parameters written from a graph.
 */
import type { StateNode, Transition } from '../graph/AppGraph.ts';
import { IDENTITY_VERSION } from '../identity/identityVersion.ts';

/** `add`: counts are increments (a run's delta). `max`: counts are totals (a re-import), keep the larger. */
export type MergeMode = 'add' | 'max';

export interface StateRow {
  key: string;
  screen?: string | null;
  name: string;
  named: number;
  features: string;
  snapshot: string;
  visits: number;
  first_seen: number;
  last_seen: number;
  stable: number;
}

export interface TransitionRow {
  id: string;
  source: string;
  target: string;
  target_app: string | null;
  action: string;
  action_id: string;
  count: number;
  failures: number;
  first_seen: number;
  last_seen: number;
  pre: string;
  post: string;
}

const combine = (mode: MergeMode, column: string) =>
  mode === 'add' ? `${column} + excluded.${column}` : `max(${column}, excluded.${column})`;

export function upsertStateSql(mode: MergeMode): string {
  return `INSERT INTO states (app, key, name, named, features, snapshot, visits, first_seen, last_seen, stable, screen)
    VALUES (@app, @key, @name, @named, @features, @snapshot, @visits, @first_seen, @last_seen, @stable, @screen)
    ON CONFLICT (app, key) DO UPDATE SET
      screen = coalesce(screen, excluded.screen),
      visits = ${combine(mode, 'visits')},
      first_seen = min(first_seen, excluded.first_seen),
      last_seen = max(last_seen, excluded.last_seen),
      stable = max(stable, excluded.stable),
      name = CASE WHEN excluded.named = 1 OR named = 0 THEN excluded.name ELSE name END,
      named = max(named, excluded.named)`;
}

export function upsertTransitionSql(mode: MergeMode): string {
  return `INSERT INTO transitions (app, id, source, target, target_app, action, action_id, count, failures, first_seen, last_seen, pre, post)
    VALUES (@app, @id, @source, @target, @target_app, @action, @action_id, @count, @failures, @first_seen, @last_seen, @pre, @post)
    ON CONFLICT (app, id) DO UPDATE SET
      count = ${combine(mode, 'count')},
      failures = ${combine(mode, 'failures')},
      first_seen = min(first_seen, excluded.first_seen),
      last_seen = max(last_seen, excluded.last_seen),
      action = excluded.action`;
}

/** A graph of other identity rules than today's (0: foreign keys, never re-keyed). */
export function isStale(version: number | undefined): boolean {
  return version !== undefined && version !== 0 && version !== IDENTITY_VERSION;
}

export function stateParams(app: string, s: StateNode) {
  // The stored screen goes in its own column, compressed text next to the readable snapshot JSON.
  const { source, ...snapshot } = s.snapshot;
  return {
    app,
    key: s.key,
    name: s.name,
    named: s.named ? 1 : 0,
    features: JSON.stringify(s.features),
    snapshot: JSON.stringify(snapshot),
    screen: source ?? null,
    visits: s.visits,
    first_seen: s.firstSeen,
    last_seen: s.lastSeen,
    stable: s.stable ? 1 : 0,
  };
}

export function transitionParams(app: string, t: Transition) {
  return {
    app,
    id: t.id,
    source: t.source,
    target: t.target,
    target_app: t.targetApp ?? null,
    action: JSON.stringify(t.action),
    action_id: t.actionId,
    count: t.count,
    failures: t.failures,
    first_seen: t.firstSeen,
    last_seen: t.lastSeen,
    pre: JSON.stringify(t.pre),
    post: JSON.stringify(t.post),
  };
}
