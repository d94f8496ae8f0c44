/**
 * An error the `maple` command reports as one line, without a stack trace,
 * and ends with its exit code (SPA-Bench's: 2 for bad input or settings the
 * user must change, 3 for device trouble worth another try).
 */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 2 | 3 = 2,
  ) {
    super(message);
  }
}
