/**
 * Raised when a benchmark task file cannot be read or does not have the shape
 * the loader expects. Names the file, the row or key, and what to do.
 */
export class SuiteLoadError extends Error {
  override readonly name = 'SuiteLoadError';
  readonly file: string;
  readonly where: string | undefined;

  constructor(file: string, message: string, where?: string) {
    super(`${file}${where ? ` (${where})` : ''}: ${message}`);
    this.file = file;
    this.where = where;
  }
}
