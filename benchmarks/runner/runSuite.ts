/**
 * Runs a suite: a work queue over (task, repetition) pairs, each with its
 * runKey, drained by `concurrency` workers that each take a device slot from
 * the pool per run.
 *
 * Resume: results.jsonl is read first and every runKey already in it is
 * skipped, so killing the process and rerunning the same command continues
 * where it stopped (a truncated last line is ignored and that run redone).
 *
 * Per run: reset/launch the slot's device (seed, faults), call runTask with
 * an AbortSignal that fires at the per-task timeout (on the virtual device
 * through a TruthRecorder), read the trajectory, label its steps with what
 * truly happened (evaluation.json in the trajectory folder), evaluate, append
 * the TaskResult, write the SPA-Bench agent folder. A slot is recreated after a
 * timeout or a device error. At the end summary.json and summary.md are
 * written over every result in the file.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { accountOfCalls } from '../../agent/calls/tokenAccount.ts';
import { readTrajectory } from '../../agent/trajectory/readTrajectory.ts';
import type { ModelCallRecord, RunSummary, StepRecord } from '../../agent/trajectory/types.ts';
import { buildTaskResult } from '../buildTaskResult.ts';
import type { EvaluationVerdict } from '../evaluators/types.ts';
import { aggregateResults, configLabel } from '../metrics/aggregate.ts';
import { appendResult, readFinished, runKeyOf } from '../output/resultsJsonl.ts';
import { lockResultsFolder } from './lockResultsFolder.ts';
import { spaBenchTaskDir } from '../output/spaBenchLayout.ts';
import { writeSummaryJson, writeSummaryMarkdown } from '../output/summaryFiles.ts';
import type { BenchTask, RunFacts, TaskResult, TerminationReason } from '../types.ts';
import {
  labelSteps,
  runTruth,
  TruthRecorder,
  truthProbeOf,
  type RunTruth,
  type TrueActionRecord,
} from '../truth/index.ts';
import { writeEvaluation } from './writeEvaluation.ts';
import { DevicePool, type PoolSlot } from './DevicePool.ts';
import { BenchConfigError, DeviceSourceDownError, TaskTimeoutError } from './errors.ts';
import { prepareDevice } from './prepareDevice.ts';
import { runWithDeviceRetry } from './runWithDeviceRetry.ts';
import { writeSpaBenchFromTrajectory } from './trajectoryFiles.ts';
import type { ProgressEvent, RunOutcome, RunSuiteOptions, SuiteRunReport } from './types.ts';

export const DEFAULT_TASK_TIMEOUT_MS = 10 * 60_000;

export interface RunItem {
  task: BenchTask;
  repetition: number;
  runKey: string;
}

/** Every (task, repetition) pair in order: task-major, so a task's repetitions sit together. */
export function planRuns(tasks: readonly BenchTask[], repetitions: number): RunItem[] {
  const seen = new Set<string>();
  const items: RunItem[] = [];
  for (const task of tasks) {
    const id = `${task.suite}:${task.id}`;
    if (seen.has(id)) throw new BenchConfigError(`task ${id} appears twice in the task list; task ids must be unique`);
    seen.add(id);
    for (let r = 0; r < repetitions; r++) items.push({ task, repetition: r, runKey: runKeyOf(task.suite, task.id, r) });
  }
  return items;
}

/** Folder-safe name (task ids may hold characters a file system dislikes). */
function safe(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_');
}

/** Where a run's trajectory goes, relative to outDir. */
export function trajectoryRelDir(item: RunItem): string {
  return path.join('trajectories', safe(item.task.suite), safe(item.task.id), `rep${item.repetition}`);
}

/**
 * Resuming into a folder written with other settings would silently mix two
 * configurations (run keys do not include the config), so it is refused.
 */
function assertSameConfig(finished: readonly TaskResult[], config: TaskResult['config'], outDir: string): void {
  const want = configLabel(config);
  const other = finished.find((r) => configLabel(r.config) !== want);
  if (other)
    throw new BenchConfigError(
      `${outDir} already holds results made with a different configuration (${configLabel(other.config)}; this run is ${want}). ` +
        'Resume only with the same flags, or pass another --out folder.',
    );
}

/** SPA-Bench results root: `spa-bench/` for the first repetition, `spa-bench-rep<r>/` for the others. */
export function spaBenchRoot(outDir: string, repetition: number): string {
  return path.join(outDir, repetition === 0 ? 'spa-bench' : `spa-bench-rep${repetition}`);
}

const ERROR_REASONS = new Set<TerminationReason>(['unexpected_error', 'model_error', 'device_error', 'timeout']);

const DEVICE_ERROR_NAMES = new Set([
  'DeviceActionError',
  'SessionError',
  'WebDriverError',
  'AppiumStartError',
  'DeviceError',
]);
// The last line is Selenium Grid's: a node that died under its session, a session the Grid ended as idle, no slot.
const DEVICE_ERROR_TEXT =
  /ECONNREFUSED|ECONNRESET|socket hang up|invalid session id|session (is )?(not found|deleted|terminated)|no such driver|No virtual device session|Unable to (find session|execute request for an existing session|connect to)|Could not start a new session/i;

/** A thrown error's termination reason: device trouble (worth a rerun, slot recreated) or unexpected. */
export function classifyError(error: unknown): TerminationReason {
  if (error instanceof TaskTimeoutError) return 'timeout';
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (DEVICE_ERROR_NAMES.has(name) || DEVICE_ERROR_TEXT.test(message)) return 'device_error';
  return 'unexpected_error';
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

type Settled = { kind: 'ok'; outcome: RunOutcome } | { kind: 'error'; error: unknown } | { kind: 'abandoned' };

/**
 * Waits for the run; when the signal fires, gives it `graceMs` to return
 * (an agent honouring the signal ends cleanly), then abandons it.
 */
function settleWithin(run: Promise<RunOutcome>, signal: AbortSignal, graceMs: number): Promise<Settled> {
  return new Promise((resolve) => {
    let grace: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      grace = setTimeout(() => resolve({ kind: 'abandoned' }), graceMs);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    run
      .then(
        (outcome) => resolve({ kind: 'ok', outcome }),
        (error: unknown) => resolve({ kind: 'error', error }),
      )
      .finally(() => {
        clearTimeout(grace);
        signal.removeEventListener('abort', onAbort);
      });
  });
}

interface RunSettings {
  outDir: string;
  repetitions: number;
  timeoutMs: number;
  graceMs: number;
  poolSize: number;
  concurrency: number;
  /** When the suite run started (ms since epoch), for its wall time. */
  t0: number;
}

export async function runSuite(options: RunSuiteOptions): Promise<SuiteRunReport> {
  const t0 = Date.now();
  const repetitions = options.repetitions ?? 1;
  if (!Number.isInteger(repetitions) || repetitions < 1)
    throw new BenchConfigError(`repetitions must be a whole number >= 1, got ${repetitions}`);
  const timeoutMs = options.perTaskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new BenchConfigError(`the per-task timeout must be > 0 ms, got ${timeoutMs}`);
  const graceMs = options.abortGraceMs ?? 2000;
  const poolSize = options.devices.size;
  const concurrency = Math.min(options.concurrency ?? poolSize, poolSize);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new BenchConfigError(`concurrency must be a whole number >= 1, got ${options.concurrency}`);
  const outDir = path.resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const unlock = lockResultsFolder(outDir);
  try {
    return await runLocked(options, { outDir, repetitions, timeoutMs, graceMs, poolSize, concurrency, t0 });
  } finally {
    unlock();
  }
}

/** The run itself, once the options are checked and the results folder is locked. */
async function runLocked(options: RunSuiteOptions, settings: RunSettings): Promise<SuiteRunReport> {
  const { outDir, repetitions, timeoutMs, graceMs, poolSize, concurrency, t0 } = settings;
  const finished = await readFinished(outDir);
  assertSameConfig(finished.results, options.config, outDir);
  const plan = planRuns(options.tasks, repetitions);
  const todo = plan.filter((item) => !finished.keys.has(item.runKey));
  const resumed = plan.length - todo.length;
  const results: TaskResult[] = [];
  const running = new Set<string>();
  const emit = (e: Omit<ProgressEvent, 'total' | 'done' | 'resumed' | 'running'>): void =>
    options.onProgress?.({ total: todo.length, done: results.length, resumed, running: [...running], ...e });

  emit({ type: 'start' });
  const pool = new DevicePool(options.devices.factory, poolSize);
  let cursor = 0;
  let down: string | null = null;
  const worker = async (): Promise<void> => {
    while (cursor < todo.length && down === null) {
      const item = todo[cursor++] as RunItem;
      running.add(item.runKey);
      const run = await runWithDeviceRetry(
        () =>
          runOne(
            item,
            pool,
            options,
            outDir,
            timeoutMs,
            graceMs,
            (slot) => emit({ type: 'task-start', runKey: item.runKey, taskId: item.task.id, slot }),
            (slot, text) => emit({ type: 'slot-recreated', slot, message: text }),
          ),
        options.deviceRetries ?? 1,
        options.devices.unreachable,
      );
      running.delete(item.runKey);
      if ('down' in run) {
        // Not recorded: a resume redoes it once the devices are back.
        down ??= run.down;
        continue;
      }
      await appendResult(outDir, run.result);
      results.push(run.result);
      emit({ type: 'task-end', runKey: item.runKey, taskId: item.task.id, result: run.result });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  } finally {
    await pool.close();
  }

  const all = await readFinished(outDir);
  const summary = aggregateResults(all.results);
  const summaryJson = await writeSummaryJson(outDir, summary);
  const summaryMarkdown = await writeSummaryMarkdown(outDir, summary);
  if (down !== null) throw new DeviceSourceDownError(down, results.length, todo.length - results.length);
  emit({ type: 'done' });
  return {
    results,
    allResults: all.results,
    resumed,
    truncatedTail: finished.truncatedTail,
    summaryJson,
    summaryMarkdown,
    wallMs: Date.now() - t0,
  };
}

async function runOne(
  item: RunItem,
  pool: DevicePool,
  options: RunSuiteOptions,
  outDir: string,
  timeoutMs: number,
  graceMs: number,
  onStart: (slot: number) => void,
  onRecreate: (slot: number, text: string) => void,
): Promise<TaskResult> {
  const { task, repetition } = item;
  const seed = options.seeds?.override ?? task.seed;
  const faults = options.faultsOverride ?? task.faultProfile;
  const trajRel = trajectoryRelDir(item);
  const trajDir = path.join(outDir, trajRel);
  await rm(trajDir, { recursive: true, force: true });
  await mkdir(trajDir, { recursive: true });

  const startedAt = new Date();
  let slot: PoolSlot | null = null;
  let discard = false;
  let termination: TerminationReason | null = null;
  let errorText: string | undefined;
  let outcome: RunOutcome | null = null;
  let records: TrueActionRecord[] | null = null;
  let setupMs = 0;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TaskTimeoutError(timeoutMs)), timeoutMs);
  let runStart = Date.now();

  try {
    // Setup (open/reset/launch), with one retry on a fresh session: a session can die between tasks.
    for (let attempt = 0; ; attempt++) {
      try {
        slot = await pool.acquire();
        onStart(slot.index);
        const setupStart = Date.now();
        await prepareDevice(slot.session, task, seed, faults, repetition);
        setupMs = Date.now() - setupStart;
        break;
      } catch (error) {
        if (slot) {
          await pool.discard(slot.index);
          onRecreate(slot.index, message(error));
          pool.release(slot.index);
          slot = null;
        }
        if (attempt >= 1 || controller.signal.aborted) throw error;
      }
    }
    const session = slot.session;
    const recorder = new TruthRecorder(
      session.device,
      (options.recordGroundTruth ?? true) ? truthProbeOf(session.control) : null,
    );
    const device = recorder.device;
    runStart = Date.now();
    const maxSteps = task.maxSteps ?? (task.goldenSteps !== null ? task.goldenSteps * 2 + 1 : undefined);
    const settled = await settleWithin(
      Promise.resolve().then(() =>
        options.runTask(task, device, {
          signal: controller.signal,
          trajectoryDir: trajDir,
          runKey: item.runKey,
          repetition,
          seed,
          faults,
          slot: slot!.index,
          ...(maxSteps !== undefined ? { maxSteps } : {}),
        }),
      ),
      controller.signal,
      graceMs,
    );
    records = recorder.recording ? recorder.records : null;
    if (controller.signal.aborted) {
      termination = 'timeout';
      errorText = new TaskTimeoutError(timeoutMs).message;
      discard = true;
      if (settled.kind === 'ok') outcome = settled.outcome;
    } else if (settled.kind === 'ok') {
      outcome = settled.outcome;
      termination = outcome.summary.reason;
      if (termination === 'device_error') discard = true;
      if (outcome.summary.status === 'failed' && outcome.summary.reasonDetail && termination !== 'finished')
        errorText = outcome.summary.reasonDetail;
    } else if (settled.kind === 'error') {
      termination = classifyError(settled.error);
      errorText = message(settled.error);
      if (termination === 'device_error') discard = true;
    }
  } catch (error) {
    termination = controller.signal.aborted ? 'timeout' : classifyError(error);
    if (termination === 'unexpected_error' && !slot) termination = 'device_error';
    errorText = message(error);
    discard = true;
  } finally {
    clearTimeout(timer);
  }
  const endedRun = Date.now();

  // What the run left on disk (a crashed or abandoned run may have written part of it).
  const dir = outcome ? path.resolve(outDir, outcome.trajectoryDir) : trajDir;
  let steps: StepRecord[] = [];
  let summary: RunSummary | null = outcome?.summary ?? null;
  if (existsSync(path.join(dir, 'steps.jsonl'))) {
    try {
      const t = readTrajectory(dir);
      steps = t.steps;
      summary ??= t.summary ?? null;
    } catch {
      // an unreadable trajectory leaves the counts at what the summary says
    }
  }
  const reason: TerminationReason = termination ?? 'unexpected_error';
  // What truly happened, step by step (virtual device only): written beside the trajectory, never shown to the agent.
  let truth: RunTruth | undefined;
  if (records) {
    const labelled = labelSteps(steps, records, outcome?.modelIntents ?? null);
    truth = runTruth(labelled);
    await writeEvaluation(dir, labelled, truth).catch(() => undefined);
  }
  const facts = factsFrom(summary, steps, reason, endedRun - runStart + setupMs, setupMs);

  let verdict: EvaluationVerdict;
  if (reason === 'timeout' || reason === 'device_error' || !slot || discard) {
    verdict = {
      evaluator: 'none',
      success: false,
      reason: `not evaluated: the run ended with ${reason}${errorText ? ` (${errorText})` : ''}`,
    };
  } else {
    try {
      verdict = await options.evaluate(task, {
        ...(slot.session.control ? { control: slot.session.control } : {}),
        steps,
        trajectoryDir: existsSync(dir) ? dir : null,
        answer: facts.answer ?? null,
      });
    } catch (error) {
      verdict = { evaluator: 'none', success: false, reason: `evaluator failed: ${message(error)}` };
      if (classifyError(error) === 'device_error') discard = true;
    }
  }

  if (slot) {
    if (discard) {
      await pool.discard(slot.index);
      onRecreate(slot.index, errorText ?? reason);
    } else if (options.devices.sessionPerRun) await pool.discard(slot.index);
    pool.release(slot.index);
  }

  if (options.spaBenchLayout ?? true) {
    try {
      await writeSpaBenchFromTrajectory({
        trajectoryDir: dir,
        steps,
        summary,
        // SPA-Bench's ENG and CHN single-app tasks share ids (calendar_0), so each language gets its own root.
        targetDir: spaBenchTaskDir(
          path.join(spaBenchRoot(outDir, repetition), task.suite === 'spa-bench' ? (task.language ?? '') : ''),
          task.sourceId ?? task.id,
        ),
        setupMs,
        execMs: endedRun - runStart,
        // error.json is for runs that broke (SPA-Bench's exception path), not for an agent stopping by its own rule.
        ...(errorText && ERROR_REASONS.has(reason) ? { error: errorText } : {}),
      });
    } catch (error) {
      errorText = `${errorText ? `${errorText}; ` : ''}SPA-Bench layout not written: ${message(error)}`;
    }
  }

  return buildTaskResult({
    task,
    repetition,
    config: options.config,
    facts,
    verdict,
    startedAt,
    endedAt: new Date(),
    seed,
    trajectoryDir: path.relative(outDir, dir) || trajRel,
    ...(errorText ? { error: errorText } : {}),
    ...(truth ? { truth } : {}),
  });
}

/** The run's token account: its summary's, else summed from the steps' model calls; none without calls. */
function tokenAccountOf(summary: RunSummary | null, calls: readonly ModelCallRecord[]): Pick<RunFacts, 'tokenAccount'> {
  if (summary?.tokenAccount) return { tokenAccount: summary.tokenAccount };
  return calls.length > 0 ? { tokenAccount: accountOfCalls(calls) } : {};
}

function factsFrom(
  summary: RunSummary | null,
  steps: readonly StepRecord[],
  termination: TerminationReason,
  wallMs: number,
  setupMs: number,
): RunFacts {
  const calls = steps.flatMap((s) => s.modelCalls);
  const actions = summary?.steps ?? steps.length;
  return {
    termination,
    steps: actions,
    errorsDetected: summary?.recoveries.detected ?? steps.filter((s) => s.verdict === 'fail').length,
    errorsRecovered: summary?.recoveries.recovered ?? 0,
    modelCalls: summary?.modelCalls ?? calls.length,
    tokensIn: summary?.tokens.input ?? calls.reduce((a, c) => a + c.inputTokens, 0),
    tokensOut: summary?.tokens.output ?? calls.reduce((a, c) => a + c.outputTokens, 0),
    ...tokenAccountOf(summary, calls),
    costUsd: summary?.costUsd ?? calls.reduce((a, c) => a + c.costUsd, 0),
    wallMs,
    setupMs,
    ...(summary?.answer !== undefined ? { answer: summary.answer } : {}),
    ...(summary?.guard ? { guard: guardCounts(summary.guard) } : {}),
  };
}

function guardCounts(record: NonNullable<RunSummary['guard']>): NonNullable<RunFacts['guard']> {
  const count = (outcome: string): number => record.events.filter((e) => e.outcome === outcome).length;
  return {
    enabled: record.enabled,
    blocked: count('blocked'),
    refused: count('refused'),
    confirmed: count('confirmed'),
  };
}
