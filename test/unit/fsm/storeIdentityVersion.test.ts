/**
 * Stored graphs carry the IDENTITY_VERSION that keyed them (issue 11 item 7). When the rules change, a store
 * re-keys its graphs from the screens stored with their states, or drops what it cannot re-key, and says so.
 * The old-rules case is made by renaming stored keys the way older rules would have keyed them differently.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FsmTracker,
  IDENTITY_VERSION,
  importDroidbot,
  KnowledgeStore,
  STORE_FILE_NAME,
  STORE_SCHEMA_VERSION,
  stateKey,
} from '../../../fsm/index.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { restoreScreen, storeScreen } from '../../../fsm/graph/storedScreen.ts';
import { testData } from '../../support/sharedData.ts';
import { back, editor, home, NOTES, settings, tapFab, tapSettings } from './notesApp.ts';

const DUMPS = testData('ui-dumps');
const YELP = testData('traces/droidbot-yelp');
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/store/schema2-identity1.sqlite');
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'maple-identity-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A store holding the Notes graph a run learnt (home, editor, settings), under today's rules. */
function learntStore(dir: string): FsmTracker {
  const run = new FsmTracker();
  run.observe(home());
  run.observe(editor(), tapFab);
  run.observe(home(), back);
  run.observe(settings(), tapSettings);
  const store = KnowledgeStore.open({ dir });
  for (const d of run.takeDelta()) store.saveGraph(d, { merge: 'add' });
  store.close();
  return run;
}

/** Rewrites the stored keys as other rules would have made them, and marks the app as keyed by version 1. */
function ageStore(dir: string, rename: (key: string) => string = (k) => `old-${k}`): void {
  const db = new Database(path.join(dir, STORE_FILE_NAME));
  db.function('rename', (k: unknown) => (typeof k === 'string' ? rename(k) : k));
  db.exec(`UPDATE apps SET identity_version = 1, entry = rename(entry);
    UPDATE states SET key = rename(key);
    UPDATE transitions SET source = rename(source), target = rename(target),
      id = rename(source) || substr(id, length(source) + 1, length(id) - length(source) - length(target)) || rename(target),
      post = replace(post, target, rename(target));`);
  db.close();
}

describe('stored screens', () => {
  const sameKey = 'give back the same key as the screen they were taken from (10 real dumps, 16 DroidBot Yelp states)';
  it.skipIf(DUMPS.missing || YELP.missing)((DUMPS.missing ? DUMPS : YELP).title(sameKey), () => {
    const dumps = DUMPS.path;
    const screens = [
      ...readdirSync(dumps)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => parsePageSource(readFileSync(path.join(dumps, f)))),
      ...[...importDroidbot(YELP.path).screens.values()].map((s) => s.screen),
    ];
    expect(screens).toHaveLength(26);
    for (const screen of screens) {
      const stored = storeScreen(screen);
      expect(stored.length).toBeLessThan(12_000);
      expect(stateKey(restoreScreen(stored)).key).toBe(stateKey(screen).key);
    }
  });
});

describe('stored graphs and the identity version', () => {
  it('writes the version that keyed a graph, and the screen of each state', () => {
    const dir = tempDir();
    learntStore(dir);
    const store = KnowledgeStore.open({ dir });
    expect(store.notices).toEqual([]);
    expect(store.apps()).toEqual([expect.objectContaining({ app: NOTES, identityVersion: IDENTITY_VERSION })]);
    const graph = store.loadGraph(NOTES)!;
    expect(graph.identityVersion).toBe(IDENTITY_VERSION);
    expect(Object.values(graph.states).every((s) => s.snapshot.source?.startsWith('v1:'))).toBe(true);
    store.close();
  });

  it('re-keys a graph of older rules from its stored screens, transitions and entry included', () => {
    const dir = tempDir();
    const run = learntStore(dir);
    const live = run.graph(NOTES)!;
    ageStore(dir);
    const store = KnowledgeStore.open({ dir });
    expect(store.notices).toEqual([
      `re-keyed 1 graph from identity v1 to v${IDENTITY_VERSION}: ${NOTES} (3 states -> 3)`,
    ]);
    const graph = store.loadGraph(NOTES)!;
    expect(Object.keys(graph.states).sort()).toEqual(Object.keys(live.states).sort());
    expect(Object.keys(graph.transitions).sort()).toEqual(Object.keys(live.transitions).sort());
    expect(graph.entry).toBe(live.entry);
    expect(graph.states[stateKey(home()).key]!.visits).toBe(live.states[stateKey(home()).key]!.visits);
    // The next open finds nothing to do; a new run predicts from the re-keyed graph.
    store.close();
    const again = KnowledgeStore.open({ dir });
    expect(again.notices).toEqual([]);
    const next = new FsmTracker({ graphs: [again.loadGraph(NOTES)!] });
    next.observe(home());
    expect(next.predict(tapFab)!.target).toBe(stateKey(editor()).key);
    again.close();
  });

  it('merges old states that the new rules see as one screen, adding their visits and transitions', () => {
    const dir = tempDir();
    learntStore(dir);
    ageStore(dir);
    // Older rules split the home screen in two (say, by its list content): a second row, same screen.
    const db = new Database(path.join(dir, STORE_FILE_NAME));
    const homeKey = `old-${stateKey(home()).key}`;
    db.prepare(
      `INSERT INTO states (app, key, name, named, features, snapshot, visits, first_seen, last_seen, stable, screen)
       SELECT app, 'old-split', name, named, features, snapshot, 5, first_seen, last_seen, stable, screen FROM states WHERE key = ?`,
    ).run(homeKey);
    db.close();
    const store = KnowledgeStore.open({ dir });
    expect(store.notices[0]).toMatch(/\(4 states -> 3\)$/);
    const home2 = store.loadGraph(NOTES)!.states[stateKey(home()).key]!;
    expect(home2.visits).toBe(2 + 5);
    store.close();
  });

  it('drops the states it cannot re-key, and a graph with none left', () => {
    const dir = tempDir();
    learntStore(dir);
    ageStore(dir);
    const db = new Database(path.join(dir, STORE_FILE_NAME));
    db.prepare('UPDATE states SET screen = NULL WHERE key = ?').run(`old-${stateKey(settings()).key}`);
    db.close();
    const store = KnowledgeStore.open({ dir });
    expect(store.notices[0]).toMatch(/\(3 states -> 2; 1 without a stored screen dropped\)$/);
    const graph = store.loadGraph(NOTES)!;
    expect(graph.states[stateKey(settings()).key]).toBeUndefined();
    expect(Object.values(graph.transitions).every((t) => graph.states[t.target])).toBe(true);
    store.close();
  });

  it('re-keys in memory only when the store is opened read-only', () => {
    const dir = tempDir();
    const run = learntStore(dir);
    ageStore(dir);
    const store = KnowledgeStore.open({ dir, readonly: true });
    expect(store.notices).toEqual([]);
    const graph = store.loadGraph(NOTES)!;
    expect(Object.keys(graph.states).sort()).toEqual(Object.keys(run.graph(NOTES)!.states).sort());
    expect(store.notices).toEqual([expect.stringMatching(/^re-keyed 1 graph from identity v1 to v\d+ in memory/)]);
    expect(store.apps()[0]!.identityVersion).toBe(1);
    store.close();
  });

  it.skipIf(YELP.missing)(YELP.title('never re-keys a graph imported with DroidBot keys (identity version 0)'), () => {
    const dir = tempDir();
    const store = KnowledgeStore.open({ dir });
    store.saveGraph(importDroidbot(YELP.path, { identity: 'droidbot' }).graph);
    store.close();
    const again = KnowledgeStore.open({ dir });
    expect(again.notices).toEqual([]);
    expect(again.apps()).toEqual([expect.objectContaining({ identityVersion: 0, states: 16 })]);
    again.close();
  });

  it('migrates a store file written by the code before identity versions (schema 2): graphs and shortcuts dropped, tips kept', () => {
    const dir = tempDir();
    copyFileSync(FIXTURE, path.join(dir, STORE_FILE_NAME));
    const store = KnowledgeStore.open({ dir });
    expect(store.schemaVersion).toBe(STORE_SCHEMA_VERSION);
    expect(store.notices).toEqual([
      `dropped 1 graph of identity v1: ${NOTES} (no stored screens to re-key them under identity v${IDENTITY_VERSION}; they will be learnt again)`,
    ]);
    expect(store.apps()).toEqual([]);
    // Shortcuts had no element references or state checks: learned tasks replace them.
    expect(store.skills()).toEqual([]);
    expect(store.tips(NOTES).map((t) => t.text)).toEqual(['The + button creates a note']);
    expect(store.integrityCheck()).toBe('ok');
    store.close();
    const db = new Database(path.join(dir, STORE_FILE_NAME), { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('shortcuts', 'skills')").all()).toEqual([
      { name: 'skills' },
    ]);
    db.close();
  });
});
