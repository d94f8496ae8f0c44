/** How every `maple fsm` subcommand ends on bad input: one line naming what was wrong, exit code 2. */

/** Bad command-line input: printed as one line, exit code 2. */
export class FsmCommandError extends Error {
  override name = 'FsmCommandError';
}

/** Runs a subcommand's action; an error becomes one line on stderr and exit code 2. */
export async function runFsmAction(action: () => void | Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`maple fsm: ${e.name}: ${e.message}\n`);
    process.exitCode = 2;
  }
}
