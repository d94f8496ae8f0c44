/**
 * The store file itself, before the store reads it: a new file is created
 * whole (built under a temporary name, then linked into place), so a store
 * file is never legitimately empty; an empty, truncated or garbled file is
 * refused with its path and the remedy, and never silently replaced by an
 * empty store (which would throw away what was learned without a word).
 */
import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreCorruptError } from './errors.ts';
import { migrate } from './migrate.ts';
import { STORE_SCHEMA_VERSION } from './schema.ts';

/** SQLite result codes of a file that is damaged or not a database at all. */
const DAMAGED_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE']);

/** Whether an error from SQLite says the file is damaged (rather than busy, read-only, or missing). */
export function isDamagedFileError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && DAMAGED_CODES.has(code);
}

/** Creates a new, migrated store file at `file` unless one is there; safe when several processes race. */
export function createStoreFile(file: string): void {
  if (existsSync(file)) return;
  const tmp = `${file}.new-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, tmp, STORE_SCHEMA_VERSION, false);
  } finally {
    db.close();
  }
  try {
    try {
      linkSync(tmp, file); // fails with EEXIST when another process created it first: theirs is kept
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      if (!existsSync(file)) renameSync(tmp, file); // no hard links on this file system
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
  }
}

/** Refuses an empty store file: MAPLE never writes one, so it was truncated or copied badly. */
export function assertNotEmpty(file: string): void {
  if (existsSync(file) && statSync(file).size === 0)
    throw new StoreCorruptError(file, 'the file is empty (0 bytes), so whatever it held is gone');
}

/** SQLite's quick integrity check of an open store; throws StoreCorruptError naming what it found. */
export function assertIntact(db: Database.Database, file: string): void {
  let rows: Array<{ quick_check: string }>;
  try {
    rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
  } catch (error) {
    if (isDamagedFileError(error)) throw new StoreCorruptError(file, (error as Error).message);
    throw error;
  }
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw new StoreCorruptError(file, `SQLite's integrity check says: ${problems.join('; ')}`);
}
