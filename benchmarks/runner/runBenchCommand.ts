/**
 * What `maple bench --suite …` does, as a function the CLI calls with its
 * parsed flags: load and select tasks, check the device can run them, pick
 * the agent, open the device pool, run the suite with a progress display,
 * print where the outputs are. Returns the process exit code: 0 when the
 * suite ran (whatever the success rate), 2 for bad flags, a missing agent or
 * suite, or tasks the device cannot run; 3 when the devices (a Grid hub, an
 * Appium server) stopped answering mid-run: rerun the same command to resume.
 */
import { ConfirmModeError, parseConfirmMode, type ConfirmMode } from '../../agent/safety/index.ts';
import path from 'node:path';
import type { CreateModelOptions } from '../../agent/models/createModel.ts';
import { ModelTimeoutOptionError } from '../../agent/models/errors.ts';
import { modelTimeoutOptions } from '../../agent/models/modelTimeout.ts';
import { screenshotChoice, ScreenshotModeError, type ScreenshotChoice } from '../../agent/perceive/index.ts';
import { buildBenchReport } from '../../reports/index.ts';
import { configLabel } from '../metrics/aggregate.ts';
import { truthStats } from '../metrics/truthStats.ts';
import { tokenStats } from '../metrics/tokenStats.ts';
import { tokenHeadline } from '../output/tokenTables.ts';
import type { RateStat } from '../metrics/wilson.ts';
import type { BenchTask, TaskResult, TaskVariant } from '../types.ts';
import { loadRunTask, loadSuite } from './agentRunner.ts';
import { createEvaluator } from './defaultEvaluate.ts';
import { appiumUrls, virtualDevices, type DeviceSource } from './deviceSources.ts';
import { BenchConfigError, DeviceSourceDownError, MissingAppsError, NotBuiltError } from './errors.ts';
import { gridDevices, probeDeviceUrls, type DeviceDriver } from './gridDevices.ts';
import { assertAppsInstalled, virtualDeviceApps } from './missingApps.ts';
import { createModelJudge } from './modelJudge.ts';
import { ProgressReporter } from './ProgressReporter.ts';
import { DEFAULT_TASK_TIMEOUT_MS, runSuite } from './runSuite.ts';
import { selectTasks } from './selectTasks.ts';
import { expandVariants, parseVariantChoice, type VariantChoice } from './taskVariants.ts';

export interface BenchRunFlags {
  suite: string;
  data?: string;
  model: string;
  /** --model-timeout: seconds an exec: model may take per call. */
  modelTimeout?: string;
  agent: string;
  judge?: string;
  devices?: string;
  device?: string[];
  driver?: string;
  repetitions: string;
  seed?: string;
  faults?: string;
  fsm: boolean;
  timeout?: string;
  tasks?: string;
  /** original (default) | paraphrase | all: which wordings of each task run. */
  variant?: string;
  out?: string;
  latency?: string;
  /** --screenshots <mode> (what the model gets), or false with --no-screenshots (none taken at all). */
  screenshots?: string | boolean;
  store?: string;
  /** false with --no-report. */
  report?: boolean;
  /** false with --no-guard (the safety ablation). */
  guard?: boolean;
  /** --confirm ask|deny|allow for sensitive acts the task did not ask for (default deny). */
  confirm?: string;
}

export interface BenchIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Draw the live status line. */
  live: boolean;
}

function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new BenchConfigError(`${flag} must be a whole number >= ${min}, got "${value}"`);
  return n;
}

function slug(s: string): string {
  return (
    s
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'x'
  );
}

/** The default --out: the same flags give the same folder, so rerunning the same command resumes. */
export function defaultOutDir(flags: BenchRunFlags): string {
  const suite = flags.suite.startsWith('file:') ? `file-${path.basename(flags.suite.slice(5), '.json')}` : flags.suite;
  const agent = flags.agent === 'reference' ? 'reference' : slug(flags.model);
  return path.join(
    'bench-results',
    [
      slug(suite),
      agent,
      flags.fsm ? 'fsm' : 'nofsm',
      `faults-${slug(flags.faults ?? 'task')}`,
      ...(flags.guard === false ? ['noguard'] : []),
    ].join('_'),
  );
}

/** The createModel options of --model-timeout, its errors as configuration errors (exit code 2). */
function benchModelOptions(flags: BenchRunFlags): CreateModelOptions {
  try {
    return modelTimeoutOptions(flags.model, flags.modelTimeout);
  } catch (error) {
    if (error instanceof ModelTimeoutOptionError) throw new BenchConfigError(error.message);
    throw error;
  }
}

/** --confirm, a wrong mode as a configuration error (exit code 2); ask is for a person at a terminal, not a suite. */
function benchConfirm(flags: BenchRunFlags): ConfirmMode | undefined {
  if (flags.confirm === undefined) return undefined;
  try {
    const mode = parseConfirmMode(flags.confirm);
    if (mode === 'ask')
      throw new BenchConfigError(
        '--confirm ask is for maple run; a benchmark runs unattended: use deny (default) or allow',
      );
    return mode;
  } catch (error) {
    if (error instanceof ConfirmModeError) throw new BenchConfigError(error.message);
    throw error;
  }
}

/** The screenshot flags, a wrong mode as a configuration error (exit code 2). */
function benchScreenshots(flags: BenchRunFlags): ScreenshotChoice {
  try {
    return screenshotChoice(flags.screenshots);
  } catch (error) {
    if (error instanceof ScreenshotModeError) throw new BenchConfigError(error.message);
    throw error;
  }
}

export async function runBenchCommand(flags: BenchRunFlags, io: BenchIo): Promise<number> {
  try {
    return await run(flags, io);
  } catch (error) {
    if (error instanceof BenchConfigError || error instanceof NotBuiltError || error instanceof MissingAppsError) {
      io.stderr(`maple bench: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DeviceSourceDownError) {
      io.stderr(`maple bench: stopped: ${error.message}\n`);
      return 3;
    }
    throw error;
  }
}

async function run(flags: BenchRunFlags, io: BenchIo): Promise<number> {
  if (flags.agent !== 'maple' && flags.agent !== 'reference')
    throw new BenchConfigError(`--agent must be "maple" or "reference", got "${flags.agent}"`);
  const agent = flags.agent;
  const repetitions = wholeNumber('--repetitions', flags.repetitions, 1) ?? 1;
  const devices = wholeNumber('--devices', flags.devices, 1);
  const seed = wholeNumber('--seed', flags.seed, 0);
  const latencyMs = wholeNumber('--latency', flags.latency, 0);
  const timeoutSec = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (timeoutSec !== undefined && !(timeoutSec > 0))
    throw new BenchConfigError(`--timeout must be a number of seconds > 0, got "${flags.timeout}"`);
  const faults = flags.faults === undefined ? undefined : flags.faults === 'off' ? 'none' : flags.faults;
  const modelOptions = benchModelOptions(flags);
  const confirm = benchConfirm(flags);
  const screenshots = benchScreenshots(flags);
  const urls = flags.device ?? [];
  if (flags.driver !== undefined && flags.driver !== 'uiautomator2' && flags.driver !== 'virtual')
    throw new BenchConfigError(`--driver must be uiautomator2 or virtual, got "${flags.driver}"`);

  const variant = parseVariantChoice(flags.variant);
  const tasks = selectTasks(
    variantTasks(await loadSuite(flags.suite, flags.data), variant, flags.suite, io),
    flags.tasks,
  );
  if (agent === 'reference') {
    const without = tasks.filter((t) => !t.reference).map((t) => t.id);
    if (without.length)
      throw new BenchConfigError(
        `--agent reference replays each task's reference solution, but ${without.length} task(s) have none: ${without.slice(0, 5).join(', ')}${without.length > 5 ? ', …' : ''}`,
      );
  }
  const target = urls.length > 0 ? await probeDeviceUrls(urls, flags.driver as DeviceDriver | undefined) : null;
  const onVirtual = !target || target.driver === 'virtual';
  if (onVirtual) assertAppsInstalled(tasks, await virtualDeviceApps(), 'virtual device');
  if (!onVirtual && latencyMs) io.stderr('maple bench: --latency only applies to the virtual device; ignored.\n');

  const runTask = await loadRunTask({
    agent,
    model: flags.model,
    ...(modelOptions.exec ? { modelOptions } : {}),
    fsm: flags.fsm,
    screenshots: screenshots.saved,
    modelScreenshots: screenshots.model,
    ...(flags.store ? { store: path.resolve(flags.store) } : {}),
    ...(flags.guard === false ? { guard: false } : {}),
    ...(confirm ? { confirm } : {}),
  });
  if (flags.store && agent === 'reference')
    io.stderr('maple bench: --store is for the agent; the reference agent ignores it.\n');
  const judge = flags.judge ? createModelJudge(flags.judge) : undefined;
  const config: TaskResult['config'] = {
    model: agent === 'reference' ? 'reference' : flags.model,
    fsm: agent === 'reference' ? false : flags.fsm,
    faults: faults ?? 'task',
    agent,
    ...(seed !== undefined ? { seed } : {}),
    ...(flags.store && agent === 'maple' ? { store: 'on' } : {}),
    ...(agent === 'maple' ? { screenshots: screenshots.model } : {}),
    ...(agent === 'maple' && flags.guard === false ? { guard: 'off' } : {}),
  };
  const outDir = path.resolve(flags.out ?? defaultOutDir(flags));

  const source: DeviceSource = target?.grid
    ? gridDevices(urls[0] as string, target.grid, devices, {
        driver: target.driver,
        ...(latencyMs ? { latencyMs } : {}),
      })
    : target
      ? appiumUrls(urls, devices ?? urls.length, { driver: target.driver, ...(latencyMs ? { latencyMs } : {}) })
      : await virtualDevices(devices ?? 1, latencyMs ? { latencyMs } : {});
  io.stdout(
    `maple bench: ${tasks.length} task(s)${variant === 'original' ? '' : ` (${variantCounts(tasks)})`} x ${repetitions} repetition(s) of ${flags.suite} on ${source.describe}; ${configLabel(config)}${agent === 'reference' ? ' (reference solutions, not an agent)' : ''}\n` +
      `results: ${outDir}\n`,
  );
  const progress = new ProgressReporter({ write: io.stdout, live: io.live });
  try {
    const report = await runSuite({
      tasks: tasks as BenchTask[],
      repetitions,
      outDir,
      runTask,
      evaluate: createEvaluator(judge ? { judge } : {}),
      devices: source,
      perTaskTimeoutMs: timeoutSec !== undefined ? timeoutSec * 1000 : DEFAULT_TASK_TIMEOUT_MS,
      ...(seed !== undefined ? { seeds: { override: seed } } : {}),
      ...(faults !== undefined ? { faultsOverride: faults } : {}),
      config,
      onProgress: progress.onProgress,
    });
    const ok = report.allResults.filter((r) => r.success).length;
    const n = report.allResults.length;
    io.stdout(
      `done: ${report.results.length} run(s) now${report.resumed ? `, ${report.resumed} from before` : ''}; success ${ok}/${n} (${n ? ((100 * ok) / n).toFixed(1) : '0'}%) in ${(report.wallMs / 1000).toFixed(1)} s\n` +
        variantLine(report.allResults) +
        truthLines(report.allResults) +
        tokenLines(report.allResults) +
        `summary: ${report.summaryMarkdown}\n`,
    );
    if (flags.report !== false) {
      io.stdout('writing the HTML report (suite page and one page per run)...\n');
      const built = buildBenchReport(outDir);
      io.stdout(`report: ${built.out} (${(built.totalBytes / 1e6).toFixed(1)} MB with run pages)\n`);
    }
    return 0;
  } finally {
    progress.stop();
    await source.close();
  }
}

/**
 * The suite's tasks in the chosen wordings. Asking for paraphrases of a suite
 * that has none is an error; tasks without any are named on stderr (left out
 * with `paraphrase`, run in their own wording with `all`).
 */
function variantTasks(suiteTasks: BenchTask[], variant: VariantChoice, suite: string, io: BenchIo): BenchTask[] {
  const { tasks, withoutParaphrases } = expandVariants(suiteTasks, variant);
  if (variant === 'original' || withoutParaphrases.length === 0) return tasks;
  if (withoutParaphrases.length === suiteTasks.length)
    throw new BenchConfigError(
      `--variant ${variant}: no task of ${suite} has paraphrases (give a task file's tasks a "paraphrases": ["...", "..."] list)`,
    );
  const shown = withoutParaphrases.slice(0, 5).join(', ') + (withoutParaphrases.length > 5 ? ', …' : '');
  io.stderr(
    `maple bench: ${withoutParaphrases.length} task(s) have no paraphrases and ${variant === 'paraphrase' ? 'are left out' : 'run in their own wording only'}: ${shown}\n`,
  );
  return tasks;
}

/** "76 original, 152 paraphrased" for the header line. */
function variantCounts(tasks: readonly BenchTask[]): string {
  const paraphrased = tasks.filter((t) => t.variant === 'paraphrase').length;
  return `${tasks.length - paraphrased} original, ${paraphrased} paraphrased`;
}

/** Success per wording, when the folder holds more than the original one. */
function variantLine(results: readonly TaskResult[]): string {
  const wordings: TaskVariant[] = ['original', 'paraphrase'];
  const by = wordings.map((v) => [v, results.filter((r) => (r.variant ?? 'original') === v)] as const);
  if (by.some(([, rs]) => rs.length === 0)) return '';
  const parts = by.map(([v, rs]) => {
    const ok = rs.filter((r) => r.success).length;
    return `${v} ${ok}/${rs.length} (${((100 * ok) / rs.length).toFixed(1)}%)`;
  });
  return `by wording: ${parts.join(', ')}\n`;
}

/** The ground-truth headline in a few lines: what happened on the phone, not what the agent believed. */
/** The token account's headline (docs/models.md, "The token account"); nothing without model calls. */
function tokenLines(results: readonly TaskResult[]): string {
  const t = tokenStats(results);
  return t ? `tokens:\n${tokenHeadline(t).join('\n')}\n` : '';
}

function truthLines(results: readonly TaskResult[]): string {
  const t = truthStats(results);
  if (!t) return '';
  const rate = (r: RateStat) => (r.rate === null ? '–' : `${(100 * r.rate).toFixed(1)}% (${r.successes}/${r.n})`);
  return (
    `ground truth (${t.runs} runs): verifier false-fail ${rate(t.falseFail)}, false-success ${rate(t.falseSuccess)}; ` +
    `fault recovery within 3 steps ${rate(t.faultRecovery)}, faulted runs that succeeded ${rate(t.faultedRunsSucceeded)}; ` +
    `wasted actions ${rate(t.wasted)}; rollbacks that reached their screen ${rate(t.rollbacks)}; action accuracy ${rate(t.accuracy)}\n`
  );
}
