/** Typed errors of the knowledge store: what is wrong with the file and what to do about it. */
import path from 'node:path';

/** The store file was written by a newer or unknown schema, or is not a MAPLE store at all. */
export class StoreSchemaError extends Error {
  override name = 'StoreSchemaError';
  constructor(
    message: string,
    readonly file: string,
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(`${message} (store ${file}: schema version ${foundVersion}, this MAPLE supports up to ${supportedVersion})`);
  }
}

/** A stored row could not be read back (hand-edited, truncated JSON). */
export class StoreDataError extends Error {
  override name = 'StoreDataError';
}

/**
 * The store file is damaged: empty, truncated, or not readable as SQLite.
 * Nothing is written to it; the message names the file and the remedy.
 */
export class StoreCorruptError extends Error {
  override name = 'StoreCorruptError';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(
      `the knowledge store ${file} is damaged (${detail}); nothing was changed. ` +
        `Run \`maple fsm repair --store ${path.dirname(file)}\` to keep the damaged file aside and salvage what can ` +
        'still be read into a new store, or point --store / MAPLE_HOME at another folder',
    );
  }
}
