/**
 * `maple bench …`: benchmark commands. This file owns the `bench` command;
 * each subcommand is added by its own function below, so the runner
 * (`maple bench --suite …`, added later) slots in beside `compare` without
 * touching it.
 *
 *   maple bench compare <a> <b> [--json] [--resamples N] [--seed S]
 *     Reads two result folders (results.jsonl) and prints per-metric
 *     differences B - A with 95% intervals (paired bootstrap over shared
 *     tasks; Newcombe for the success rate over all runs).
 *     Exit code 2 when a folder has no readable results.
 */
import type { Command } from 'commander';
import { configLabel } from '../../benchmarks/metrics/aggregate.ts';
import { compareResults } from '../../benchmarks/metrics/compare.ts';
import { renderComparison } from '../../benchmarks/output/comparisonText.ts';
import { readFinished, RESULTS_FILE } from '../../benchmarks/output/resultsJsonl.ts';

export function registerBench(program: Command): void {
  const bench = program.command('bench').description('Run benchmark suites and compare result sets');
  // The runner goes here as `addRunOptions(bench)`: options and an action on `bench` itself
  // (`maple bench --suite virtual …`); commander still dispatches `maple bench compare` to the subcommand.
  addCompareSubcommand(bench);
}

interface CompareOptions {
  json?: boolean;
  resamples: string;
  seed: string;
}

function addCompareSubcommand(bench: Command): void {
  bench
    .command('compare')
    .description('Compare two benchmark result folders: per-metric differences (B - A) with 95% confidence intervals')
    .argument('<a>', 'baseline result folder (holding results.jsonl)')
    .argument('<b>', 'result folder to compare against the baseline')
    .option('--json', 'print the comparison as JSON')
    .option('--resamples <n>', 'bootstrap resamples', '2000')
    .option('--seed <n>', 'bootstrap seed', '1')
    .action(async (a: string, b: string, options: CompareOptions) => {
      process.exitCode = await runCompare(a, b, options);
    });
}

async function runCompare(dirA: string, dirB: string, options: CompareOptions): Promise<number> {
  const resamples = Number(options.resamples);
  const seed = Number(options.seed);
  if (!Number.isInteger(resamples) || resamples < 100) {
    process.stderr.write(
      `maple bench compare: --resamples must be a whole number >= 100, got "${options.resamples}".\n`,
    );
    return 2;
  }
  if (!Number.isInteger(seed)) {
    process.stderr.write(`maple bench compare: --seed must be a whole number, got "${options.seed}".\n`);
    return 2;
  }
  const sides = [];
  for (const dir of [dirA, dirB]) {
    const finished = await readFinished(dir);
    if (finished.truncatedTail)
      process.stderr.write(`maple bench compare: ${dir}: ignoring a truncated last line (interrupted run).\n`);
    for (const bad of finished.corrupt)
      process.stderr.write(`maple bench compare: ${dir}/${RESULTS_FILE} line ${bad.line}: ${bad.reason} (skipped).\n`);
    if (finished.results.length === 0) {
      process.stderr.write(
        `maple bench compare: no results in ${dir}/${RESULTS_FILE}. Pass folders written by \`maple bench --out <dir>\`.\n`,
      );
      return 2;
    }
    sides.push(finished.results);
  }
  const [a, b] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const comparison = compareResults(a, b, { resamples, seed });
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ a: dirA, b: dirB, ...comparison }, null, 2)}\n`);
    return 0;
  }
  const label = (dir: string, results: typeof a): string =>
    `${dir} [${[...new Set(results.map((r) => configLabel(r.config)))].join('; ')}]`;
  process.stdout.write(`${renderComparison(comparison, label(dirA, a), label(dirB, b))}\n`);
  return 0;
}
