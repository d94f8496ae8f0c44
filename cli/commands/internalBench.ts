/**
 * `maple internal-bench` (hidden; `npm run bench`): runs the registered
 * benchmarks in bench/ and prints their table, or JSON with --json.
 */
import type { Command } from 'commander';

export function registerInternalBench(program: Command): void {
  program
    .command('internal-bench', { hidden: true })
    .description('run the project benchmarks (perception, ...) and print p50/p95 against their targets')
    .option('--only <names...>', 'only these benchmarks')
    .option('--json', 'print the results as JSON instead of a table')
    .action(async (options: { only?: string[]; json?: boolean }) => {
      const { runAllBenches } = await import('../../bench/index.ts');
      const results = await runAllBenches({ only: options.only, write: options.json ? null : undefined });
      if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      const failed = results.filter((r) => r.extra?.verdict === 'FAIL');
      if (failed.length > 0) {
        process.stderr.write(
          `maple internal-bench: ${failed.length} target(s) missed: ${failed.map((r) => r.name).join('; ')}\n`,
        );
        process.exitCode = 1;
      }
    });
}
