/**
 * Graphs keyed by other identity rules than today's (apps.identity_version
 * not IDENTITY_VERSION; NULL is version 1, from before versions were kept)
 * would be orphaned: no live screen gets their keys again. Each is re-keyed
 * from the screens stored with its states (rekeyGraph); states without a
 * stored screen are dropped, and a graph left with none is dropped whole.
 * A writable store does it for every stale graph when it is opened, in one
 * immediate transaction (re-checked inside, so two openers do not both);
 * a read-only one re-keys in memory when a graph is loaded. Either way the
 * store says what it did, in a line the run or the CLI prints.
 */
import type Database from 'better-sqlite3';
import type { AppGraph } from '../graph/AppGraph.ts';
import { rekeyGraph } from '../graph/rekeyGraph.ts';
import { IDENTITY_VERSION } from '../identity/identityVersion.ts';

export interface IdentityStoreAccess {
  db: Database.Database;
  /** Apps whose graphs were keyed by other rules, with the version that keyed them. */
  staleApps(): { app: string; version: number }[];
  /** The stored graph, with each state's stored screen. */
  readGraph(app: string): AppGraph | undefined;
  /** Replaces the app's stored graph (undefined: removes it). */
  replaceGraph(app: string, graph: AppGraph | undefined): void;
  notice(line: string): void;
}

interface Outcome {
  app: string;
  from: number;
  graph: AppGraph | undefined;
  before: number;
  dropped: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function rekeyOne(access: IdentityStoreAccess, app: string, from: number): Outcome {
  const stored = access.readGraph(app);
  if (!stored) return { app, from, graph: undefined, before: 0, dropped: 0 };
  const before = Object.keys(stored.states).length;
  const { graph, dropped } = rekeyGraph(stored);
  return { app, from, graph: Object.keys(graph.states).length > 0 ? graph : undefined, before, dropped };
}

/** One line per source version: what was re-keyed and what was dropped. */
function report(outcomes: Outcome[], access: IdentityStoreAccess, inMemory: boolean): void {
  const versions = [...new Set(outcomes.map((o) => o.from))].sort();
  for (const v of versions) {
    const of = outcomes.filter((o) => o.from === v);
    const kept = of.filter((o) => o.graph);
    const lost = of.filter((o) => !o.graph);
    const where = inMemory ? ' in memory (read-only store)' : '';
    if (kept.length > 0) {
      const before = kept.reduce((n, o) => n + o.before, 0);
      const after = kept.reduce((n, o) => n + Object.keys(o.graph!.states).length, 0);
      const dropped = kept.reduce((n, o) => n + o.dropped, 0);
      access.notice(
        `re-keyed ${plural(kept.length, 'graph')} from identity v${v} to v${IDENTITY_VERSION}${where}: ${kept.map((o) => o.app).join(', ')} ` +
          `(${plural(before, 'state')} -> ${after}${dropped ? `; ${dropped} without a stored screen dropped` : ''})`,
      );
    }
    if (lost.length > 0)
      access.notice(
        `dropped ${plural(lost.length, 'graph')} of identity v${v}${where}: ${lost.map((o) => o.app).join(', ')} ` +
          `(no stored screens to re-key them under identity v${IDENTITY_VERSION}; they will be learnt again)`,
      );
  }
}

/** Re-keys the stale graphs (all, or `apps`); returns each one's new graph (undefined: dropped). */
export function rekeyStaleGraphs(
  access: IdentityStoreAccess,
  options: { write: boolean; apps?: string[] },
): Map<string, AppGraph | undefined> {
  const wanted = (list: { app: string; version: number }[]) =>
    options.apps ? list.filter((s) => options.apps!.includes(s.app)) : list;
  if (wanted(access.staleApps()).length === 0) return new Map();
  let outcomes: Outcome[] = [];
  const run = () => {
    outcomes = wanted(access.staleApps()).map((s) => rekeyOne(access, s.app, s.version));
    if (options.write) for (const o of outcomes) access.replaceGraph(o.app, o.graph);
  };
  if (options.write) access.db.transaction(run).immediate();
  else run();
  report(outcomes, access, !options.write);
  return new Map(outcomes.map((o) => [o.app, o.graph]));
}
