/**
 * Schema migration of a store file: PRAGMA user_version says which of
 * schema.ts's migrations it has; the missing ones run in one immediate
 * transaction (re-checked inside, so two openers do not both migrate). A
 * newer version or a SQLite file that is not a MAPLE store is refused.
 */
import type Database from 'better-sqlite3';
import { StoreSchemaError } from './errors.ts';
import { MIGRATIONS, STORE_APPLICATION_ID, STORE_SCHEMA_VERSION } from './schema.ts';

/** Brings the file to `target` (in one immediate transaction, so two openers do not both migrate), or refuses it. */
export function migrate(db: Database.Database, file: string, target: number, readonly: boolean): void {
  const check = (): number => {
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (version > STORE_SCHEMA_VERSION) {
      throw new StoreSchemaError(
        'this knowledge store was written by a newer MAPLE; upgrade MAPLE, or point --store / MAPLE_HOME at another directory',
        file,
        version,
        STORE_SCHEMA_VERSION,
      );
    }
    const hasTables =
      (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
    if (hasTables && appId !== STORE_APPLICATION_ID) {
      throw new StoreSchemaError(
        'this SQLite file is not a MAPLE knowledge store (unknown schema); point --store / MAPLE_HOME at another directory',
        file,
        version,
        STORE_SCHEMA_VERSION,
      );
    }
    return version;
  };
  if (check() >= target) return;
  if (readonly)
    throw new StoreSchemaError(
      'this knowledge store needs a migration, which a read-only open cannot do; open it once for writing',
      file,
      check(),
      STORE_SCHEMA_VERSION,
    );
  db.transaction(() => {
    const version = check(); // another process may have migrated while we waited for the lock
    for (let v = version; v < target; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`application_id = ${STORE_APPLICATION_ID}`);
    db.pragma(`user_version = ${target}`);
  }).immediate();
}
