import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultStoreDir,
  FsmTracker,
  IDENTITY_VERSION,
  stateKey,
  KnowledgeStore,
  normaliseSubgoal,
  STORE_FILE_NAME,
  StoreSchemaError,
} from '../../../fsm/index.ts';
import { MIGRATIONS, STORE_APPLICATION_ID, STORE_SCHEMA_VERSION } from '../../../fsm/store/schema.ts';
import { back, editor, home, NOTES, settings, tapFab, tapSettings } from './notesApp.ts';

const WRITER = path.resolve(import.meta.dirname, 'fixtures/storeWriter.ts');
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'maple-store-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface WriterResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  committed: number;
  stderr: string;
}

function runWriter(
  dir: string,
  app: string,
  prefix: string,
  count: number,
  onLine?: (line: string, kill: () => void, send: (line: string) => void) => void,
  rounds?: number,
): Promise<WriterResult> {
  return new Promise((resolve, reject) => {
    const args = [WRITER, dir, app, prefix, String(count), ...(rounds ? [String(rounds)] : [])];
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      stdio: [rounds ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let committed = 0;
    let buffer = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('committed ')) committed = Number(line.slice(10)) + 1;
        onLine?.(
          line,
          () => child.kill('SIGKILL'),
          (text) => child.stdin?.write(`${text}\n`),
        );
      }
    });
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, committed, stderr }));
  });
}

describe('KnowledgeStore', () => {
  it('round-trips a tracker graph and adds up deltas from two runs', () => {
    const dir = tempDir();
    const runA = new FsmTracker();
    runA.observe(home());
    runA.observe(editor(), tapFab);
    runA.observe(home(), back);
    const store = KnowledgeStore.open({ dir });
    for (const d of runA.takeDelta()) store.saveGraph(d, { merge: 'add' });
    const loaded = store.loadGraph(NOTES)!;
    expect(loaded).toMatchObject({ app: NOTES, entry: runA.graph(NOTES)!.entry });
    expect(loaded.states).toEqual(runA.graph(NOTES)!.states);
    expect(loaded.transitions).toEqual(runA.graph(NOTES)!.transitions);

    // A second run starts from the stored graph, grows it, and saves its delta.
    const runB = new FsmTracker({ graphs: [store.loadGraph(NOTES)!] });
    runB.observe(home());
    runB.observe(settings(), tapSettings);
    expect(runB.predict(tapFab, runB.graph(NOTES)!.entry)!.target).toBe(stateKey(editor()).key);
    for (const d of runB.takeDelta()) store.saveGraph(d, { merge: 'add' });
    const merged = store.loadGraph(NOTES)!;
    expect(Object.keys(merged.states)).toHaveLength(3);
    expect(merged.states[runA.graph(NOTES)!.entry!]!.visits).toBe(3);
    expect(store.apps()).toEqual([expect.objectContaining({ app: NOTES, states: 3, transitions: 3 })]);
    // Saving totals twice (a re-import) is idempotent with `max`.
    store.saveGraph(merged, { merge: 'max' });
    store.saveGraph(merged, { merge: 'max' });
    expect(store.loadGraph(NOTES)!.states[merged.entry!]!.visits).toBe(3);
    store.close();
  });

  it('keeps learned tasks by id with their counts (only those of the current identity rules), and tips once each', () => {
    const dir = tempDir();
    const store = KnowledgeStore.open({ dir });
    expect(normaliseSubgoal('  Open the Settings!  ')).toBe('open the settings');
    const body = {
      id: 'open-settings',
      template: 'Open the settings of {s1}',
      slots: [{ name: 's1', example: 'Notes' }],
      subgoals: [
        {
          app: NOTES,
          goal: 'Open the settings',
          steps: [{ kind: 'act' as const, action: tapSettings, from: 'a', to: 'b' }],
          end: { state: 'b' },
        },
      ],
      identityVersion: IDENTITY_VERSION,
    };
    store.putSkill(body);
    const [found] = store.skills();
    expect(found).toMatchObject({ ...body, successes: 1, failures: 0 });
    store.recordSkillOutcome('open-settings', false);
    store.putSkill(body);
    expect(store.skills()[0]).toMatchObject({ successes: 2, failures: 1 });
    // A skill learnt under other identity rules names states that no longer exist: dropped on the next open.
    store.putSkill({ ...body, id: 'old', identityVersion: IDENTITY_VERSION - 1 });
    expect(store.skills().map((s) => s.id)).toEqual(['open-settings']);
    store.close();
    const reopened = KnowledgeStore.open({ dir });
    expect(reopened.notices.some((n) => /dropped 1 learned task/.test(n))).toBe(true);
    reopened.close();
    const store2 = KnowledgeStore.open({ dir });
    store2.addTip(NOTES, 'Long-press a note to pin it.');
    store2.addTip(NOTES, 'Long-press a note to pin it.');
    store2.addTip('', 'Dismiss rating prompts with "Not now".');
    expect(store2.tips(NOTES).map((t) => t.text)).toEqual([
      'Long-press a note to pin it.',
      'Dismiss rating prompts with "Not now".',
    ]);
    store2.close();
  });

  it('defaults to $MAPLE_HOME, else ~/.maple', () => {
    expect(defaultStoreDir({ MAPLE_HOME: '/data/maple' })).toBe('/data/maple');
    expect(defaultStoreDir({})).toMatch(/\.maple$/);
  });

  it('migrates a store written by schema version 1 (no shortcuts, tips or identity versions)', () => {
    const dir = tempDir();
    // The file as schema version 1 wrote it: its tables, its pragmas, one state row.
    const raw = new Database(path.join(dir, STORE_FILE_NAME));
    raw.exec(MIGRATIONS[0]!);
    raw.pragma(`application_id = ${STORE_APPLICATION_ID}`);
    raw.pragma('user_version = 1');
    raw
      .prepare(
        `INSERT INTO states (app, key, name, named, features, snapshot, visits, first_seen, last_seen, stable)
         VALUES ('com.example.old', 'k1', 'Old', 0, '[]', '{"title":"","elements":[]}', 1, 0, 0, 1)`,
      )
      .run();
    raw.prepare(`INSERT INTO apps (app, entry, updated_at) VALUES ('com.example.old', 'k1', 0)`).run();
    raw.close();
    const store = KnowledgeStore.open({ dir });
    expect(store.schemaVersion).toBe(STORE_SCHEMA_VERSION);
    // Keyed by identity v1 and nothing to re-key it from: dropped, and the store says so.
    expect(store.loadGraph('com.example.old')).toBeUndefined();
    expect(store.notices).toEqual([expect.stringMatching(/^dropped 1 graph of identity v1: com\.example\.old /)]);
    store.addTip(NOTES, 'works after migration');
    expect(store.tips(NOTES)).toHaveLength(1);
    store.close();
  });

  it('refuses a store from a newer schema and a foreign SQLite file with a typed error', () => {
    const newer = tempDir();
    KnowledgeStore.open({ dir: newer }).close();
    const raw = new Database(path.join(newer, STORE_FILE_NAME));
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => KnowledgeStore.open({ dir: newer })).toThrow(StoreSchemaError);
    expect(() => KnowledgeStore.open({ dir: newer })).toThrow(/newer MAPLE/);

    const foreign = tempDir();
    const other = new Database(path.join(foreign, STORE_FILE_NAME));
    other.exec('CREATE TABLE customers (id INTEGER)');
    other.close();
    expect(() => KnowledgeStore.open({ dir: foreign })).toThrow(/not a MAPLE knowledge store/);
  });

  it('keeps every state when two processes write at once', async () => {
    const dir = tempDir();
    const N = 3000;
    const ROUNDS = 6;
    // Both writers open the store, then write in rounds: each round starts both at once (they contend for the
    // lock) and the next starts when both are done, so their writes interleave whatever the machine's load.
    const names = ['a', 'b'] as const;
    const send: Partial<Record<(typeof names)[number], (line: string) => void>> = {};
    const pending = new Set<string>(names);
    let round = -1;
    const log: string[] = [];
    const nextRound = (): void => {
      round++;
      if (round >= ROUNDS) return;
      for (const n of names) pending.add(n);
      for (const n of names) send[n]!('go');
    };
    const driver = (name: (typeof names)[number]) => (line: string, _kill: () => void, write: (l: string) => void) => {
      send[name] = write;
      if (line === 'ready' || line === `round ${round} done`) {
        if (line !== 'ready') log.push(`${name}${round}`);
        pending.delete(name);
        if (pending.size === 0) nextRound();
      }
    };
    const [a, b] = await Promise.all([
      runWriter(dir, 'com.example.shared', 'a', N, driver('a'), ROUNDS),
      runWriter(dir, 'com.example.shared', 'b', N, driver('b'), ROUNDS),
    ]);
    expect(log.sort()).toEqual(names.flatMap((n) => Array.from({ length: ROUNDS }, (_, r) => `${n}${r}`)).sort());
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    expect([a.code, b.code]).toEqual([0, 0]);
    const store = KnowledgeStore.open({ dir });
    const keys = Object.keys(store.loadGraph('com.example.shared')!.states);
    expect(keys).toHaveLength(2 * N);
    expect(keys.filter((k) => k.startsWith('a-'))).toHaveLength(N);
    store.close();
  }, 120_000);

  it('survives kill -9 in the middle of a write loop with every committed write', async () => {
    const dir = tempDir();
    const result = await runWriter(dir, 'com.example.killed', 'k', 1_000_000, (line, kill) => {
      if (line === 'committed 300') kill();
    });
    expect(result.signal).toBe('SIGKILL');
    expect(result.committed).toBeGreaterThanOrEqual(301);
    const store = KnowledgeStore.open({ dir });
    expect(store.integrityCheck()).toBe('ok');
    const states = store.loadGraph('com.example.killed')!.states;
    for (let i = 0; i < result.committed; i++) expect(states[`k-${i}`], `committed state k-${i}`).toBeDefined();
    // At most the write in flight was lost: nothing beyond one past the last reported commit exists.
    expect(Object.keys(states).length).toBeLessThanOrEqual(result.committed + 1);
    store.close();
  }, 60_000);
});
