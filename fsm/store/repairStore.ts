/**
 * `maple fsm repair`: what to do with a damaged store file. The damaged file
 * (with its WAL) is kept aside under a new name, never deleted; a new store
 * takes its place; and every row SQLite can still read from the damaged copy
 * is copied into the new one, table by table (a table that breaks half-way
 * keeps the rows read before the break).
 */
import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { STORE_FILE_NAME } from './defaultStoreDir.ts';
import { StoreCorruptError } from './errors.ts';
import { KnowledgeStore } from './KnowledgeStore.ts';

export interface RepairResult {
  file: string;
  /** The store opened cleanly: nothing was touched. */
  healthy: boolean;
  /** Where the damaged file now is (when it was damaged). */
  keptAs?: string;
  /** What the damage was. */
  problem?: string;
  /** Rows copied into the new store, per table. */
  salvaged: Record<string, number>;
  /** Tables of the damaged copy that could not be read (or only in part), with SQLite's reason. */
  unreadable: Record<string, string>;
}

export function repairStore(dir: string, now: Date = new Date()): RepairResult {
  const file = path.join(path.resolve(dir), STORE_FILE_NAME);
  const result: RepairResult = { file, healthy: false, salvaged: {}, unreadable: {} };
  if (!existsSync(file)) throw new StoreCorruptError(file, 'there is no store file here to repair');
  try {
    KnowledgeStore.open({ dir, readonly: true }).close();
    return { ...result, healthy: true };
  } catch (error) {
    if (!(error instanceof StoreCorruptError)) throw error;
    result.problem = error.detail;
  }
  const keptAs = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${keptAs}${suffix}`);
  result.keptAs = keptAs;
  KnowledgeStore.open({ dir }).close();
  if (statSync(keptAs).size > 0) salvage(keptAs, file, result);
  return result;
}

function salvage(fromFile: string, toFile: string, result: RepairResult): void {
  let from: Database.Database;
  try {
    from = new Database(fromFile, { readonly: true, fileMustExist: true });
  } catch (error) {
    result.unreadable['*'] = (error as Error).message;
    return;
  }
  const to = new Database(toFile, { fileMustExist: true });
  try {
    const tables = to
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    for (const table of tables) copyTable(from, to, table, result);
  } finally {
    from.close();
    to.close();
  }
}

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name);
}

function copyTable(from: Database.Database, to: Database.Database, table: string, result: RepairResult): void {
  let copied = 0;
  let skipped = 0;
  try {
    const theirs = new Set(columnsOf(from, table));
    const columns = columnsOf(to, table).filter((c) => theirs.has(c));
    if (columns.length === 0) throw new Error('no such table in the damaged copy');
    const list = columns.map((c) => `"${c}"`).join(', ');
    const insert = to.prepare(
      `INSERT OR IGNORE INTO "${table}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const rows = from.prepare(`SELECT ${list} FROM "${table}"`).raw().iterate() as Iterable<unknown[]>;
    const save = to.transaction((batch: unknown[][]) => {
      for (const row of batch)
        try {
          copied += insert.run(...row).changes;
        } catch {
          skipped++; // a row the current schema refuses (a damaged or older value): left out
        }
    });
    let batch: unknown[][] = [];
    try {
      for (const row of rows) {
        batch.push(row);
        if (batch.length === 500) {
          save(batch);
          batch = [];
        }
      }
    } finally {
      save(batch); // the rows read before a break are kept
    }
  } catch (error) {
    result.unreadable[table] = (error as Error).message;
  }
  if (skipped > 0) result.unreadable[table] ??= `${skipped} row(s) the store's schema refuses`;
  result.salvaged[table] = copied;
}
