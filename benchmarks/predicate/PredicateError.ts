/**
 * A success predicate that cannot be parsed. `at` is where in the predicate
 * the problem is (e.g. `all[1].some.path`), so a task author can find it.
 */
export class PredicateError extends Error {
  override readonly name = 'PredicateError';
  constructor(
    readonly at: string,
    readonly problem: string,
  ) {
    super(`predicate at ${at || '(root)'}: ${problem}`);
  }
}

/** A path expression that does not parse; `column` is 1-based. */
export class PathSyntaxError extends Error {
  override readonly name = 'PathSyntaxError';
  constructor(
    readonly path: string,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`bad path ${JSON.stringify(path)} at column ${column}: ${problem}`);
  }
}
