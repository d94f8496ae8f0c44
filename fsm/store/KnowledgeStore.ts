/**
 * The knowledge store: app FSMs, learned tasks (skills) and tips kept across runs and
 * processes, in one SQLite file (better-sqlite3) in a directory the user
 * chooses. Rows are per state and per transition, and writes are upserts that
 * add or keep the larger count, so concurrent writers (parallel benchmark
 * workers) merge instead of overwriting each other. WAL mode lets readers run
 * beside a writer; a busy timeout makes writers queue; each write is one
 * transaction, so a killed process loses at most the write it was in.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseAbstractAction } from '../AbstractAction.ts';
import { type AppGraph, cloneGraph, createAppGraph, type StateNode, type Transition } from '../graph/AppGraph.ts';
import { IDENTITY_VERSION } from '../identity/identityVersion.ts';
import type { StateKey } from '../identity/stateKey.ts';
import { defaultStoreDir, STORE_FILE_NAME } from './defaultStoreDir.ts';
import { StoreCorruptError, StoreDataError } from './errors.ts';
import {
  isStale,
  type MergeMode,
  stateParams,
  type StateRow,
  transitionParams,
  type TransitionRow,
  upsertStateSql,
  upsertTransitionSql,
} from './graphRows.ts';
import { migrate } from './migrate.ts';
import type { Skill } from '../skills/Skill.ts';
import { dropStaleSkills, listSkills, putSkill, recordSkillOutcome, type SkillBody } from './skillRows.ts';
import { type IdentityStoreAccess, rekeyStaleGraphs } from './rekeyStaleGraphs.ts';
import { STORE_SCHEMA_VERSION } from './schema.ts';
import { assertIntact, assertNotEmpty, createStoreFile, isDamagedFileError } from './storeFile.ts';

export interface StoreOptions {
  /** Directory of the store (created when missing). Default: $MAPLE_HOME, else ~/.maple. */
  dir?: string;
  /** How long a writer waits for another one, in ms (default 10 s). */
  busyTimeoutMs?: number;
  /** Open without writing (no migration; refuses a store that needs one; graphs of older identity rules are re-keyed in memory). */
  readonly?: boolean;
}

export type { MergeMode } from './graphRows.ts';

export interface AppSummary {
  app: string;
  entry?: StateKey;
  /** IDENTITY_VERSION whose rules keyed the graph (0: foreign keys, e.g. DroidBot's own). */
  identityVersion: number;
  states: number;
  transitions: number;
  updatedAt: number;
}

export interface Tip {
  id: number;
  app: string;
  text: string;
  createdAt: number;
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new StoreDataError(
      `stored ${what} is not valid JSON; the row was edited or damaged outside MAPLE. Delete the row or re-import the app's FSM`,
    );
  }
}

export class KnowledgeStore {
  readonly dir: string;
  readonly file: string;
  private readonly db: Database.Database;
  private readonly statements;
  /**
   * What the store did on its own that a user should hear about (graphs re-keyed or dropped after the identity
   * rules changed): one line each, for the run or CLI to print.
   */
  readonly notices: string[] = [];

  private constructor(dir: string, db: Database.Database) {
    this.dir = dir;
    this.file = path.join(dir, STORE_FILE_NAME);
    this.db = db;
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      upsertState: { add: prepare(upsertStateSql('add')), max: prepare(upsertStateSql('max')) },
      upsertTransition: { add: prepare(upsertTransitionSql('add')), max: prepare(upsertTransitionSql('max')) },
      upsertApp:
        prepare(`INSERT INTO apps (app, entry, updated_at, identity_version) VALUES (@app, @entry, @now, @identity_version)
        ON CONFLICT (app) DO UPDATE SET entry = coalesce(excluded.entry, entry), updated_at = max(updated_at, excluded.updated_at),
          identity_version = excluded.identity_version`),
      app: prepare('SELECT app, entry, updated_at, identity_version FROM apps WHERE app = ?'),
      states: prepare(
        'SELECT key, name, named, features, snapshot, visits, first_seen, last_seen, stable, screen FROM states WHERE app = ?',
      ),
      transitions: prepare(
        'SELECT id, source, target, target_app, action, action_id, count, failures, first_seen, last_seen, pre, post FROM transitions WHERE app = ?',
      ),
      apps: prepare(`SELECT a.app, a.entry, a.updated_at, a.identity_version,
          (SELECT count(*) FROM states s WHERE s.app = a.app) AS states,
          (SELECT count(*) FROM transitions t WHERE t.app = a.app) AS transitions
        FROM apps a ORDER BY a.app`),
    };
  }

  /** Opens (creating and migrating when needed) the store in `options.dir`. */
  static open(options: StoreOptions = {}): KnowledgeStore {
    const dir = path.resolve(options.dir ?? defaultStoreDir());
    if (!options.readonly) mkdirSync(dir, { recursive: true });
    const file = path.join(dir, STORE_FILE_NAME);
    // A new file is created whole; an existing one is checked before anything reads or writes it (storeFile.ts).
    if (!options.readonly) createStoreFile(file);
    assertNotEmpty(file);
    const db = new Database(file, {
      readonly: !!options.readonly,
      fileMustExist: true,
      timeout: options.busyTimeoutMs ?? 10_000,
    });
    try {
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
      assertIntact(db, file);
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        // In WAL mode NORMAL survives a killed process; only a power cut may lose the last commits.
        db.pragma('synchronous = NORMAL');
      }
      migrate(db, file, STORE_SCHEMA_VERSION, !!options.readonly);
      const store = new KnowledgeStore(dir, db);
      if (!options.readonly) rekeyStaleGraphs(store.identityAccess(), { write: true });
      const stale = dropStaleSkills(db, IDENTITY_VERSION, !options.readonly);
      if (stale > 0)
        store.notices.push(
          `${options.readonly ? 'ignoring' : 'dropped'} ${stale} learned task(s) from older screen-identity rules (v${IDENTITY_VERSION} now): they will be learnt again`,
        );
      return store;
    } catch (error) {
      db.close();
      throw isDamagedFileError(error) ? new StoreCorruptError(file, (error as Error).message) : error;
    }
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  close(): void {
    this.db.close();
  }

  /** Writes a graph (or a run's delta of one) in one transaction. */
  saveGraph(graph: AppGraph, options: { merge?: MergeMode; now?: number } = {}): void {
    const mode = options.merge ?? 'max';
    const now = options.now ?? Date.now();
    const write = this.db.transaction(() => this.writeGraph(graph, mode, now));
    write.immediate();
  }

  private writeGraph(graph: AppGraph, mode: MergeMode, now: number): void {
    this.statements.upsertApp.run({
      app: graph.app,
      entry: graph.entry ?? null,
      now,
      identity_version: graph.identityVersion ?? IDENTITY_VERSION,
    });
    const upsertState = this.statements.upsertState[mode];
    for (const s of Object.values(graph.states)) upsertState.run(stateParams(graph.app, s));
    const upsertTransition = this.statements.upsertTransition[mode];
    for (const t of Object.values(graph.transitions)) upsertTransition.run(transitionParams(graph.app, t));
  }

  /** Writes one state in its own transaction. */
  saveState(app: string, state: StateNode, options: { merge?: MergeMode; now?: number } = {}): void {
    const write = this.db.transaction(() => {
      this.statements.upsertApp.run({
        app,
        entry: null,
        now: options.now ?? Date.now(),
        identity_version: IDENTITY_VERSION,
      });
      this.statements.upsertState[options.merge ?? 'max'].run(stateParams(app, state));
    });
    write.immediate();
  }

  /**
   * The stored FSM of `app`, or undefined when the store has none. A graph keyed by older identity rules (only in
   * a read-only store: a writable one re-keys them when opened) is re-keyed in memory, and a notice says so.
   */
  loadGraph(app: string): AppGraph | undefined {
    const graph = this.readGraph(app);
    if (!graph || !isStale(graph.identityVersion)) return graph;
    // Only a read-only store gets here: a writable one re-keyed its stale graphs when it was opened.
    if (!this.rekeyedInMemory.has(app))
      this.rekeyedInMemory.set(app, rekeyStaleGraphs(this.identityAccess(), { write: false, apps: [app] }).get(app));
    const rekeyed = this.rekeyedInMemory.get(app);
    return rekeyed && cloneGraph(rekeyed);
  }

  /** Graphs of a read-only store re-keyed in memory (undefined: dropped), by app. */
  private readonly rekeyedInMemory = new Map<string, AppGraph | undefined>();

  /** What rekeyStaleGraphs needs of the store. */
  private identityAccess(): IdentityStoreAccess {
    return {
      db: this.db,
      staleApps: () =>
        (this.statements.apps.all() as { app: string; identity_version: number | null }[])
          .filter((r) => isStale(r.identity_version ?? 1))
          .map((r) => ({ app: r.app, version: r.identity_version ?? 1 })),
      readGraph: (app) => this.readGraph(app),
      replaceGraph: (app, graph) => {
        for (const table of ['states', 'transitions', 'apps'])
          this.db.prepare(`DELETE FROM ${table} WHERE app = ?`).run(app);
        if (graph) this.writeGraph(graph, 'max', Date.now());
      },
      notice: (line) => this.notices.push(line),
    };
  }

  private readGraph(app: string): AppGraph | undefined {
    const appRow = this.statements.app.get(app) as
      { app: string; entry: string | null; updated_at: number; identity_version: number | null } | undefined;
    if (!appRow) return undefined;
    const graph = createAppGraph(app);
    graph.identityVersion = appRow.identity_version ?? 1;
    if (appRow.entry) graph.entry = appRow.entry;
    const rows = this.statements.states.all(app) as StateRow[];
    for (const r of rows) {
      const s: StateNode = {
        key: r.key,
        name: r.name,
        features: parseJson(r.features, `features of state ${r.key}`),
        snapshot: parseJson(r.snapshot, `snapshot of state ${r.key}`),
        visits: r.visits,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
        stable: r.stable === 1,
      };
      if (r.named) s.named = true;
      if (r.screen) s.snapshot.source = r.screen;
      graph.states[r.key] = s;
    }
    for (const r of this.statements.transitions.all(app) as TransitionRow[]) {
      // A concurrent writer may have stored a transition before its target state: skip it until both exist.
      if (!graph.states[r.source] || (!r.target_app && !graph.states[r.target])) continue;
      const t: Transition = {
        id: r.id,
        source: r.source,
        target: r.target,
        action: parseAbstractAction(parseJson(r.action, `action of transition ${r.id}`), `store transition ${r.id}`),
        actionId: r.action_id,
        count: r.count,
        failures: r.failures,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
        pre: parseJson(r.pre, `pre-condition of ${r.id}`),
        post: parseJson(r.post, `post-condition of ${r.id}`),
      };
      if (r.target_app) t.targetApp = r.target_app;
      graph.transitions[r.id] = t;
    }
    return graph;
  }

  apps(): AppSummary[] {
    return (
      this.statements.apps.all() as {
        app: string;
        entry: string | null;
        updated_at: number;
        identity_version: number | null;
        states: number;
        transitions: number;
      }[]
    ).map((r) => {
      const s: AppSummary = {
        app: r.app,
        identityVersion: r.identity_version ?? 1,
        states: r.states,
        transitions: r.transitions,
        updatedAt: r.updated_at,
      };
      if (r.entry) s.entry = r.entry;
      return s;
    });
  }

  deleteApp(app: string): void {
    this.db
      .transaction(() => {
        for (const table of ['states', 'transitions', 'tips', 'apps'])
          this.db.prepare(`DELETE FROM ${table} WHERE app = ?`).run(app);
      })
      .immediate();
  }

  /** Stores a learned task (a skill) from a verified run (fsm/skills). */
  putSkill(body: SkillBody, now = Date.now()): void {
    putSkill(this.db, body, now);
  }

  /** Learned tasks keyed by the current identity rules, best first. */
  skills(): Skill[] {
    return listSkills(this.db, IDENTITY_VERSION);
  }

  /** Counts a replay of a skill (a failed one is relearnt by the next verified run). */
  recordSkillOutcome(id: string, ok: boolean, now = Date.now()): void {
    recordSkillOutcome(this.db, id, ok, now);
  }

  /** Adds a tip (app '' for a general one); the same text twice is kept once. */
  addTip(app: string, text: string, now = Date.now()): void {
    const trimmed = text.trim();
    if (!trimmed) return;
    this.db
      .prepare('INSERT INTO tips (app, text, created_at) VALUES (?, ?, ?) ON CONFLICT (app, text) DO NOTHING')
      .run(app, trimmed, now);
  }

  /** Tips for `app` and the general ones, oldest first. */
  tips(app?: string): Tip[] {
    const rows = (
      app === undefined
        ? this.db.prepare('SELECT * FROM tips ORDER BY id').all()
        : this.db.prepare("SELECT * FROM tips WHERE app = ? OR app = '' ORDER BY id").all(app)
    ) as { id: number; app: string; text: string; created_at: number }[];
    return rows.map((r) => ({ id: r.id, app: r.app, text: r.text, createdAt: r.created_at }));
  }

  /** SQLite's own consistency check: 'ok' when the file is sound. */
  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }
}
