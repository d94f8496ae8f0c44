/** Typed errors of the knowledge store: what is wrong with the file and what to do about it. */

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
