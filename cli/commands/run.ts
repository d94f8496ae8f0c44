/**
 * `maple run "<task>"`: one task on a device with the chosen model. A line per
 * step, a final summary, the trajectory folder (and its HTML report), and the
 * SPA-Bench agent exit code (0 finished, 1 unexpected error, 2 expected error,
 * 3 retry, 4 step limit; 130 when stopped with Ctrl-C).
 *
 * Before a device starts, the settings are checked (model, fault profile, the
 * trajectory folder and the knowledge store can be written), so bad input
 * fails at once. WebdriverIO's log goes to <out>/device.log; a device that
 * cannot be opened is one line on the terminal.
 */
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { parseScreenshotMode, screenshotChoice } from '../../agent/perceive/ScreenshotMode.ts';
import { parseConfirmMode, type ConfirmMode } from '../../agent/safety/ConfirmPolicy.ts';
import { defaultRunDir } from '../../agent/run/formatSummary.ts';
import { defaultStoreDir } from '../../fsm/store/defaultStoreDir.ts';
import { CliError } from '../CliError.ts';
import { deviceOpenError, routeDeviceLogs } from '../deviceLog.ts';
import { startAppiumEarly } from '../earlyAppium.ts';
import { checkFaults, checkStore, checkWritableFolder } from '../preflight.ts';
import { stopOnCtrlC } from '../stopOnCtrlC.ts';

// The agent, the models, Appium and WebdriverIO load when a run starts, not when `maple` starts.

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
  /** --no-guard: false (the safety ablation). */
  guard?: boolean;
  /** --confirm ask|deny|allow; default ask at a terminal, deny otherwise. */
  confirm?: ConfirmMode;
}

/** Validates --confirm while parsing. */
function confirmArg(value: string): ConfirmMode {
  try {
    return parseConfirmMode(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function int(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
      throw new InvalidArgumentError(`${name} must be a whole number >= 0, got "${v}".`);
    return n;
  };
}

/** Writes the run's HTML report; returns its path, or undefined (with a line saying why) when it could not. */
export async function writeRunReport(dir: string): Promise<string | undefined> {
  const { redactSecrets } = await import('../../agent/trajectory/index.ts');
  try {
    const { buildRunReport } = await import('../../reports/index.ts');
    return buildRunReport(dir).out;
  } catch (error) {
    process.stderr.write(
      `maple: no report written (${redactSecrets(error instanceof Error ? error.message : String(error))})\n`,
    );
    return undefined;
  }
}

export async function runCommand(task: string, opts: RunCommandOptions): Promise<number> {
  const models = await import('../../agent/models/index.ts');
  let model: ReturnType<typeof models.createModel>;
  try {
    model = models.createModel(opts.model, models.modelTimeoutOptions(opts.model, opts.modelTimeout));
  } catch (error) {
    const bad = [models.ModelSpecError, models.ModelTimeoutOptionError, models.MissingApiKeyError];
    if (bad.some((type) => error instanceof type)) throw new CliError((error as Error).message);
    throw error;
  }
  const screenshots = screenshotChoice(opts.screenshots);
  const { ConfirmPolicy } = await import('../../agent/safety/index.ts');
  // Nobody to ask without a terminal: an unattended run refuses what the task did not ask for.
  const mode = opts.confirm ?? (process.stdin.isTTY ? 'ask' : 'deny');
  const confirm =
    mode === 'ask'
      ? new ConfirmPolicy('ask', (await import('../askOnTerminal.ts')).askOnTerminal)
      : new ConfirmPolicy(mode);
  await checkFaults(opts.faults);
  const out = checkWritableFolder(opts.out ?? defaultRunDir(task), '--out');
  const store = opts.fsm ? await checkStore(opts.store ?? defaultStoreDir()) : undefined;
  const log = routeDeviceLogs(path.join(out, 'device.log'));

  // Settings are sound: Appium starts on another core while this thread loads the agent and WebdriverIO.
  const early = startAppiumEarly(opts.device);
  let opened: Awaited<ReturnType<typeof import('../../drivers/device/index.ts').openDevice>>;
  let agent: typeof import('../../agent/index.ts');
  try {
    agent = await import('../../agent/index.ts');
    const { openDevice } = await import('../../drivers/device/index.ts');
    opened = await openDevice({
      device: opts.device,
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.faults ? { faults: opts.faults } : {}),
      ...(early ? { server: early.server } : {}),
    }).catch((error: unknown) => {
      throw deviceOpenError(error, opts.device, log);
    });
  } catch (error) {
    await early?.release();
    throw error;
  }
  const { formatSummary, runTask } = agent;
  const ctrlC = stopOnCtrlC('maple run: stopping after this step (Ctrl-C again to quit at once)');
  try {
    process.stdout.write(
      `task: ${task}\nmodel: ${models.isOfflineModel(model) ? models.OFFLINE_MODEL.label : model.name}   device: ${opened.device.description}${opts.fsm ? '' : '   FSM: off'}\n`,
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
      ...(store ? { store } : {}),
      out,
      maxSteps: opts.maxSteps,
      budget,
      screenshots: screenshots.saved,
      modelScreenshots: screenshots.model,
      signal: ctrlC.signal,
      onStep: (e) => process.stdout.write(`${e.line}\n`),
      onNotice: (line) => process.stdout.write(`store: ${line}\n`),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.faults ? { faults: opts.faults } : {}),
      ...(opts.guard === false ? { guard: false } : {}),
      confirm,
    });
    process.stdout.write(`\n${formatSummary(result.summary, result.dir)}\n`);
    if (opts.report) {
      const report = await writeRunReport(result.dir);
      if (report) process.stdout.write(`report: ${report}\n`);
    }
    // Stopped with Ctrl-C: 130, as a shell command stopped by SIGINT (the summary keeps SPA-Bench's 3, retry).
    return result.summary.reason === 'interrupted' ? 130 : result.summary.exitCode;
  } finally {
    ctrlC.dispose();
    // An exec: model's process would keep `maple` alive after the run.
    await (model as { close?: () => Promise<void> }).close?.();
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
    .option(
      '--faults <profile>',
      'virtual device fault profile: none (default), light, heavy, adversarial (docs/safety.md), or a JSON object',
    )
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
    .option(
      '--confirm <mode>',
      'sensitive acts the task did not ask for (send, pay, delete, reset, grant, share): ask (default at a terminal), deny (default otherwise), allow',
      confirmArg,
    )
    .option('--no-guard', 'ablation: no safety guard before actions (docs/safety.md)')
    .action(async (task: string, opts: RunCommandOptions) => {
      process.exitCode = await runCommand(task, opts);
    });
}
