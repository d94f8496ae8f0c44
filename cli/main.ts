/**
 * Entry of the `maple` command: builds the commander program from the
 * per-command modules in cli/commands and runs it. Returns the exit code.
 */
import { Command, CommanderError } from 'commander';
import { CliError } from './CliError.ts';
import { registerCommands } from './commands/index.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('maple')
    .description('MAPLE: a mobile GUI agent with persistent FSM memory of each app')
    .exitOverride();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // Help and --version end 0; every other commander error is a usage error (unknown option or command,
    // missing or invalid argument), which exits 2 as the README says. Commander has printed the reason.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      process.stderr.write(`maple: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`maple: ${message}\n`);
    return 1;
  }
}
