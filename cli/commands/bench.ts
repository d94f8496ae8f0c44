/**
 * `maple bench …`: benchmark commands. This file owns the `bench` command;
 * each subcommand is added by its own function below: the runner
 * (`maple bench --suite …`, options on `bench` itself), `compare` and `check`.
 *
 *   maple bench compare <a> <b> [--json] [--resamples N] [--seed S]
 *     Reads two result folders (results.jsonl) and prints per-metric
 *     differences B - A with 95% intervals (paired bootstrap over shared
 *     tasks; Newcombe for the success rate over all runs).
 *     Exit code 2 when a folder has no readable results.
 */
import path from 'node:path';
import { CommanderError, type Command } from 'commander';
import type { BenchCheckFlags } from '../../benchmarks/runner/runBenchCheck.ts';
import type { BenchRunFlags } from '../../benchmarks/runner/runBenchCommand.ts';
import { routeDeviceLogs } from '../deviceLog.ts';
import { checkFaults, checkStore, checkWritableFolder } from '../preflight.ts';

// The runner, the suites and the metrics load when a bench command runs, not when `maple` starts.
/** runSuite's DEFAULT_TASK_TIMEOUT_MS in seconds, for the help text (test/unit/cli/startup.test.ts keeps them equal). */
export const DEFAULT_TIMEOUT_HELP_SECONDS = 600;

export function registerBench(program: Command): void {
  // Positional options on `maple` and `bench` both: otherwise commander hands options written after
  // `bench compare …` (its --seed) to `bench` itself, whose run options share some names.
  program.enablePositionalOptions();
  const bench = program.command('bench').description('Run benchmark suites and compare result sets');
  // The runner: options and an action on `bench` itself (`maple bench --suite virtual …`);
  // commander still dispatches `maple bench compare` to the subcommand.
  addRunOptions(bench);
  addCompareSubcommand(bench);
  addCheckSubcommand(bench);
}

/**
 *   maple bench check --suite virtual|retention|retention-variants|file:<tasks.json> [--tasks <ids/globs>]
 *     The soundness checks of every selected task on a virtual device: the
 *     predicate fails on the fresh device, the reference passes with as many
 *     actions as golden steps, a Home-only run fails. One line per task and
 *     a summary. Exit code 0 when all are sound, 1 otherwise, 2 for usage errors.
 */
function addCheckSubcommand(bench: Command): void {
  bench
    .command('check')
    .description(
      'Check tasks are sound on the virtual device: the predicate fails fresh, the reference passes in golden steps, Home only fails',
    )
    .option('--suite <name>', 'virtual | retention | retention-variants | file:<tasks.json> (your own task list)')
    .option('--tasks <list>', 'comma-separated task ids or globs, e.g. "settings_*,clock_add_alarm"')
    // Usage errors (an unknown option, a missing value) exit with 2, as the command's own do; help stays 0.
    .exitOverride((err) => {
      throw err.exitCode === 0 ? err : new CommanderError(2, err.code, err.message);
    })
    .action(async (options: BenchCheckFlags) => {
      const { runBenchCheck } = await import('../../benchmarks/runner/runBenchCheck.ts');
      process.exitCode = await runBenchCheck(options, {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
      });
    });
}

/**
 *   maple bench --suite virtual|retention|retention-variants|safety|spa-bench|mobile-eval-e|file:<tasks.json> [--data <dir>]
 *     [--agent maple|reference] [--model <spec>] [--model-timeout <s>] [--judge <spec>] [--devices N | --device <url>...]
 *     [--repetitions k] [--seed N] [--faults <profile>|off] [--no-fsm] [--no-guard] [--confirm deny|allow] [--timeout <s>]
 *     [--tasks <ids/globs>] [--variant original|paraphrase|all] [--out <dir>] [--latency <ms>] [--screenshots auto|always|never | --no-screenshots] [--store <dir>]
 *   Runs a suite on a pool of devices and writes results.jsonl, summary.json/.md,
 *   trajectories and the SPA-Bench layout to --out; rerunning the same command resumes.
 *   Exit code 2 for bad flags, a missing agent/suite, or tasks the device cannot run.
 */
function addRunOptions(bench: Command): void {
  // Options of `bench` itself are read only before a subcommand name, so `compare --seed` stays compare's.
  bench
    .enablePositionalOptions()
    .option(
      '--suite <name>',
      'virtual | retention | retention-variants | safety | spa-bench | mobile-eval-e | file:<tasks.json> (your own task list)',
    )
    .option('--data <dir>', 'where the suite files are (SPA-Bench dataset/ or Mobile-Eval-E data/ folder)')
    .option(
      '--agent <name>',
      "maple (the agent) or reference (replay each task's reference solution: checks tasks and runner, not an agent)",
      'maple',
    )
    .option(
      '--model <spec>',
      'offline | anthropic[:model] | replay:<file> | record:<file>:<spec> | exec:<cmd>',
      'offline',
    )
    .option(
      '--model-timeout <seconds>',
      'how long an exec: model may take over one call (default 120); for slow local models',
    )
    .option(
      '--judge <spec>',
      'model judge for SPA-Bench and rubric tasks (without it SPA-Bench tasks use the key-component check only)',
    )
    .option(
      '--devices <n>',
      'device slots: N virtual devices on one in-process Appium server, or N sessions over the --device URLs',
    )
    .option(
      '--device <url>',
      'an Appium server or Selenium Grid URL (repeat for several)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--driver <name>', 'driver the --device servers run: uiautomator2 (default) or virtual')
    .option('--repetitions <k>', 'runs per task', '1')
    .option('--seed <n>', "virtual device seed for every task (default: each task's own)")
    .option(
      '--faults <profile>',
      "fault profile for every task: none, light, heavy or a JSON object (default: each task's own)",
    )
    .option('--no-fsm', 'ablation: the agent without its FSM (a plain act-observe loop)')
    .option('--no-guard', 'ablation: no safety guard before actions (docs/safety.md)')
    .option('--confirm <mode>', 'sensitive acts the task did not ask for: deny (default) or allow')
    .option('--timeout <s>', `per-task wall-clock limit in seconds (default ${DEFAULT_TIMEOUT_HELP_SECONDS})`)
    .option('--tasks <list>', 'comma-separated task ids or globs, e.g. "settings_*,clock_alarm_1"')
    .option(
      '--variant <which>',
      "original (default): each task's own wording; paraphrase: its paraphrases (ids <id>~p1, <id>~p2); all: both",
    )
    .option('--out <dir>', 'results folder (default: bench-results/<suite>_<model>_<fsm>_<faults>)')
    .option('--latency <ms>', 'simulated latency per device command on the virtual device')
    .option('--no-report', 'do not write the HTML report at the end')
    .option(
      '--screenshots <mode>',
      'when the model gets a screenshot with the listing: auto (when the listing is not enough; default), always, never',
    )
    .option(
      '--no-screenshots',
      'no screenshots at all: none per observation (faster; the SPA-Bench layout then has no images), none to the model',
    )
    .option(
      '--store <dir>',
      'knowledge store the agent starts from and retains into, shared by all runs (default: none)',
    )
    .action(async (options: BenchRunFlags & { suite?: string }) => {
      if (!options.suite) {
        // A usage error: say what is missing, then the usage, and exit 2.
        process.stderr.write(
          'maple bench: --suite is required (virtual, spa-bench, mobile-eval-e or file:<tasks.json>); e.g. maple bench --suite virtual\n\n',
        );
        bench.outputHelp({ error: true });
        process.exitCode = 2;
        return;
      }
      const { defaultOutDir, runBenchCommand } = await import('../../benchmarks/runner/runBenchCommand.ts');
      const flags = options as BenchRunFlags;
      await checkFaults(flags.faults);
      const out = checkWritableFolder(flags.out ?? defaultOutDir(flags), '--out');
      if (flags.store) await checkStore(flags.store);
      routeDeviceLogs(path.join(out, 'device.log'));
      // Every finished run is already in results.jsonl: on Ctrl-C, say how to go on from there.
      const onSigint = (): void => {
        process.stderr.write(
          `\nmaple bench: interrupted. The finished runs are kept in ${out}; run the same command again to resume.\n`,
        );
        process.exit(130);
      };
      process.once('SIGINT', onSigint);
      try {
        process.exitCode = await runBenchCommand(flags, {
          stdout: (t) => process.stdout.write(t),
          stderr: (t) => process.stderr.write(t),
          live: Boolean(process.stdout.isTTY) && !process.env['CI'],
        });
      } finally {
        process.off('SIGINT', onSigint);
      }
    });
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
  const [{ configLabel }, { compareResults }, { renderComparison }, { readFinished, RESULTS_FILE }] = await Promise.all(
    [
      import('../../benchmarks/metrics/aggregate.ts'),
      import('../../benchmarks/metrics/compare.ts'),
      import('../../benchmarks/output/comparisonText.ts'),
      import('../../benchmarks/output/resultsJsonl.ts'),
    ],
  );
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
