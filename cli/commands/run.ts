/**
 * `maple run "<task>"`: one task on a device with the chosen model. A line per
 * step, a final summary, the trajectory folder (and its HTML report), and the
 * SPA-Bench agent exit code (0 finished, 1 unexpected error, 2 expected error,
 * 3 retry, 4 step limit).
 */
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { defaultRunDir, formatSummary, runTask } from '../../agent/index.ts';
import { createModel, isOfflineModel, modelTimeoutOptions, OFFLINE_MODEL } from '../../agent/models/index.ts';
import { parseScreenshotMode, screenshotChoice } from '../../agent/perceive/index.ts';
import { redactSecrets } from '../../agent/trajectory/index.ts';
import { openDevice } from '../../drivers/device/index.ts';
import { defaultStoreDir } from '../../fsm/index.ts';

export interface RunCommandOptions {
  device: string;
  model: string;
  /** --model-timeout: seconds an exec: model may take per call. */
  modelTimeout?: string;
  faults?: string;
  seed?: number;
  fsm: boolean;
  out?: string;
  maxSteps: number;
  /** --screenshots <mode> (a string) or --no-screenshots (false): see screenshotChoice. */
  screenshots?: string | boolean;
  store?: string;
  maxCost?: number;
  maxTokens?: number;
  report: boolean;
}

function int(name: string) {
  return (v: string): number => {
    const n = Number.parseInt(v, 10);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${v}".`);
    return n;
  };
}

/** Writes the run's HTML report when the reports module offers a builder; returns its path. */
export async function writeRunReport(dir: string): Promise<string | undefined> {
  try {
    const reports = (await import('../../reports/index.ts')) as { buildRunReport?: (dir: string) => { out: string } };
    return reports.buildRunReport?.(dir).out;
  } catch (error) {
    process.stderr.write(
      `maple: no report written (${redactSecrets(error instanceof Error ? error.message : String(error))})\n`,
    );
    return undefined;
  }
}

export async function runCommand(task: string, opts: RunCommandOptions): Promise<number> {
  const model = createModel(opts.model, modelTimeoutOptions(opts.model, opts.modelTimeout));
  const screenshots = screenshotChoice(opts.screenshots);
  const out = path.resolve(opts.out ?? defaultRunDir(task));
  const opened = await openDevice({
    device: opts.device,
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    ...(opts.faults ? { faults: opts.faults } : {}),
  });
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    process.stdout.write(
      `task: ${task}\nmodel: ${isOfflineModel(model) ? OFFLINE_MODEL.label : model.name}   device: ${opened.device.description}${opts.fsm ? '' : '   FSM: off'}\n`,
    );
    const budget = {
      ...(opts.maxCost !== undefined ? { maxCostUsd: opts.maxCost } : {}),
      ...(opts.maxTokens !== undefined ? { maxTokens: opts.maxTokens } : {}),
    };
    const result = await runTask({
      task,
      device: opened.device,
      model,
      fsm: opts.fsm,
      ...(opts.fsm ? { store: opts.store ?? defaultStoreDir() } : {}),
      out,
      maxSteps: opts.maxSteps,
      budget,
      screenshots: screenshots.saved,
      modelScreenshots: screenshots.model,
      signal: controller.signal,
      onStep: (e) => process.stdout.write(`${e.line}\n`),
      onNotice: (line) => process.stdout.write(`store: ${line}\n`),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.faults ? { faults: opts.faults } : {}),
    });
    process.stdout.write(`\n${formatSummary(result.summary, result.dir)}\n`);
    if (opts.report) {
      const report = await writeRunReport(result.dir);
      if (report) process.stdout.write(`report: ${report}\n`);
    }
    return result.summary.exitCode;
  } finally {
    process.off('SIGINT', onSigint);
    await opened.close();
  }
}

/** Validates --screenshots while parsing, so a wrong mode is a usage error before anything starts. */
function screenshotModeArg(value: string): string {
  try {
    return parseScreenshotMode(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run one task on a device: a line per step, a summary, a trajectory folder and report')
    .argument('<task>', 'the task in natural language, e.g. "Turn on Dark theme in Settings"')
    .option('--device <device>', "'virtual', a device udid, or an Appium server URL", 'virtual')
    .option(
      '--model <spec>',
      'offline | anthropic[:model] | replay:<file> | record:<file>:<spec> | exec:<command>',
      'offline',
    )
    .option(
      '--model-timeout <seconds>',
      'how long an exec: model may take over one call (default 120); for slow local models',
    )
    .option('--faults <profile>', 'virtual device fault profile: none, light, heavy (or JSON)')
    .option('--seed <n>', 'virtual device seed', int('--seed'))
    .option('--no-fsm', 'ablation: a plain act-observe loop (no FSM prediction, verification, rollback or store)')
    .option('--out <dir>', 'trajectory folder (default: runs/<time>-<task>)')
    .option('--max-steps <n>', 'step limit', int('--max-steps'), 40)
    .option(
      '--screenshots <mode>',
      'when the model gets a screenshot with the listing: auto (when the listing is not enough; default), always, never',
      screenshotModeArg,
    )
    .option('--no-screenshots', 'take no screenshots at all (none saved for the report, none sent to the model)')
    .option('--store <dir>', 'knowledge store folder (default: $MAPLE_HOME or ~/.maple)')
    .option('--max-cost <usd>', 'stop when the estimated model cost reaches this', (v) => Number.parseFloat(v))
    .option('--max-tokens <n>', 'stop when this many tokens were used', int('--max-tokens'))
    .option('--no-report', 'do not write the HTML report')
    .action(async (task: string, opts: RunCommandOptions) => {
      process.exitCode = await runCommand(task, opts);
    });
}
