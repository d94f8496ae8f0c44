/**
 * The store's schema as a list of migrations. PRAGMA user_version holds the
 * version a file is at; opening runs the missing steps in one transaction.
 * Version 1: apps, states, transitions. Version 2: shortcuts and tips.
 * Version 3: the identity rules' version that keyed each app's graph
 * (apps.identity_version; NULL = identity v1, before versions were kept),
 * each state's stored screen to re-key it from (states.screen), and a
 * nullable shortcuts.identity_version. Version 4: skills (learned tasks
 * with element references and state checks) replace shortcuts, which had
 * neither and are dropped.
 */

/** 'MAPL' in ASCII: marks a SQLite file as a MAPLE knowledge store. */
export const STORE_APPLICATION_ID = 0x4d41504c;

export const MIGRATIONS: readonly string[] = [
  // 0 -> 1
  `CREATE TABLE apps (
     app TEXT PRIMARY KEY,
     entry TEXT,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE TABLE states (
     app TEXT NOT NULL,
     key TEXT NOT NULL,
     name TEXT NOT NULL,
     named INTEGER NOT NULL DEFAULT 0,
     features TEXT NOT NULL,
     snapshot TEXT NOT NULL,
     visits INTEGER NOT NULL,
     first_seen INTEGER NOT NULL,
     last_seen INTEGER NOT NULL,
     stable INTEGER NOT NULL,
     PRIMARY KEY (app, key)
   ) WITHOUT ROWID;
   CREATE TABLE transitions (
     app TEXT NOT NULL,
     id TEXT NOT NULL,
     source TEXT NOT NULL,
     target TEXT NOT NULL,
     target_app TEXT,
     action TEXT NOT NULL,
     action_id TEXT NOT NULL,
     count INTEGER NOT NULL,
     failures INTEGER NOT NULL,
     first_seen INTEGER NOT NULL,
     last_seen INTEGER NOT NULL,
     pre TEXT NOT NULL,
     post TEXT NOT NULL,
     PRIMARY KEY (app, id)
   ) WITHOUT ROWID;`,
  // 1 -> 2
  `CREATE TABLE shortcuts (
     app TEXT NOT NULL,
     subgoal_key TEXT NOT NULL,
     subgoal TEXT NOT NULL,
     actions TEXT NOT NULL,
     start_state TEXT,
     end_state TEXT,
     successes INTEGER NOT NULL DEFAULT 0,
     failures INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (app, subgoal_key)
   ) WITHOUT ROWID;
   CREATE TABLE tips (
     id INTEGER PRIMARY KEY,
     app TEXT NOT NULL DEFAULT '',
     text TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (app, text)
   );`,
  // 2 -> 3
  `ALTER TABLE apps ADD COLUMN identity_version INTEGER;
   ALTER TABLE states ADD COLUMN screen TEXT;
   ALTER TABLE shortcuts ADD COLUMN identity_version INTEGER;`,
  // 3 -> 4
  `DROP TABLE shortcuts;
   CREATE TABLE skills (
     id TEXT PRIMARY KEY,
     template TEXT NOT NULL,
     body TEXT NOT NULL,
     identity_version INTEGER NOT NULL,
     successes INTEGER NOT NULL DEFAULT 0,
     failures INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;`,
];

export const STORE_SCHEMA_VERSION = MIGRATIONS.length;
