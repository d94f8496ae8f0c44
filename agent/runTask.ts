/**
 * runTask: one task on an open device, start to end. Builds the roles for the
 * chosen model (model-backed, or the offline policy), the FSM tracker (from
 * the knowledge store's graphs) unless the FSM is off, the trajectory writer,
 * and runs the statechart. Never closes the device (its owner does).
 *
 * The agent gets what a user gives: the instruction (and a device in whatever
 * state it is in). The benchmark runner calls it with the same options
 * (`trajectoryDir`, a model spec string) and never with a task's metadata.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Device } from '../drivers/device/Device.ts';
import { FsmTracker, KnowledgeStore } from '../fsm/index.ts';
import { ModelCallLog } from './calls/ModelCallLog.ts';
import { DEFAULT_LIMITS, runExitCode, runLoop, type Limits } from './loop/index.ts';
import {
  createModel,
  type CreateModelOptions,
  isOfflineModel,
  type ModelClient,
  type ModelSelection,
  OFFLINE_MODEL,
} from './models/index.ts';
import { OfflinePolicy } from './offline/index.ts';
import { DEFAULT_SCREENSHOT_MODE, type ScreenshotMode } from './perceive/index.ts';
import { ModelExecutor } from './roles/executor/ModelExecutor.ts';
import { OfflineExecutor } from './roles/executor/OfflineExecutor.ts';
import { Mentor } from './roles/mentor/Mentor.ts';
import { ModelPlanner } from './roles/planner/ModelPlanner.ts';
import { OfflinePlanner } from './roles/planner/OfflinePlanner.ts';
import { ModelVerifier, OfflineVerifier } from './roles/verifier/ModelVerifier.ts';
import { RunConfigError } from './run/errors.ts';
import { RunSession, type StepEvent } from './run/RunSession.ts';
import { TrajectoryWriter } from './trajectory/TrajectoryWriter.ts';
import type { RunSummary, TerminationReason } from './trajectory/types.ts';
import { redactSecrets } from './trajectory/redactSecrets.ts';
import type { ConfirmPolicy } from './safety/index.ts';

export interface RunTaskOptions {
  /** The instruction, as a user types it. */
  task: string;
  /** Open device; runTask never closes it. */
  device: Device;
  /** A model, the OFFLINE_MODEL marker, or a --model spec string ("offline", "anthropic:…", "replay:…", "exec:…"). */
  model: ModelSelection | string;
  /** How to build the model when `model` is a spec string, e.g. `{exec: {timeoutMs}}` from --model-timeout. */
  modelOptions?: CreateModelOptions;
  /** false = the ablation: a plain act-observe loop (no prediction, no FSM verification, no rollback, no store). Default true. */
  fsm?: boolean;
  /** Knowledge store (or its directory) to start from and retain into; none by default (nothing persists). */
  store?: KnowledgeStore | string;
  /** Trajectory folder. */
  out?: string;
  /** Same as out (the benchmark runner's name). */
  trajectoryDir?: string;
  maxSteps?: number;
  budget?: { maxTokens?: number; maxCostUsd?: number };
  /** Take a screenshot with every observation and save it with the step (for the report). Default false. */
  screenshots?: boolean;
  /**
   * When a model sees a screenshot beside the listing: auto (when the listing is not enough; the default),
   * always, never. Independent of `screenshots`: one is taken on demand when none was saved.
   */
  modelScreenshots?: ScreenshotMode;
  signal?: AbortSignal;
  onStep?: (event: StepEvent) => void;
  /** Told what the knowledge store did on its own when opened (graphs re-keyed or dropped after identity rules changed). */
  onNotice?: (line: string) => void;
  /** Recorded in the summary. */
  seed?: number | null;
  faults?: string;
  /** Candidate plans for the model planner (> 1 adds a judge call). */
  planCandidates?: number;
  /** Other stop-rule limits. */
  limits?: Partial<Omit<Limits, 'maxSteps' | 'budget'>>;
  /** false: the --no-guard ablation (no check before actions). Default true (docs/safety.md). */
  guard?: boolean;
  /** Who answers for sensitive acts the task did not ask for; default deny. */
  confirm?: ConfirmPolicy;
}

export interface RunTaskResult {
  summary: RunSummary;
  /** The trajectory folder. */
  dir: string;
  trajectoryDir: string;
  /** Calls per role (planner, executor, verifier, judge). */
  callsByRole: Record<string, number>;
  /** What the mentor stored (undefined without a store). */
  retained?: { graphs: number; states: number; transitions: number; skills: number; tips: number };
  /** The statechart states passed through. */
  states: string[];
}

function instructionOf(options: RunTaskOptions): string {
  const text = options.task;
  if (typeof text !== 'string' || !text.trim())
    throw new RunConfigError('runTask needs a task: a non-empty instruction such as "Turn on Wi-Fi in Settings".');
  return text.trim();
}

export async function runTask(options: RunTaskOptions): Promise<RunTaskResult> {
  const task = instructionOf(options);
  const outDir = options.out ?? options.trajectoryDir;
  if (!outDir) throw new RunConfigError('runTask needs `out` (the trajectory folder to write).');
  mkdirSync(outDir, { recursive: true });
  const writer = new TrajectoryWriter(outDir);
  const fsm = options.fsm ?? true;
  const startedAt = new Date();

  const ownsModel = typeof options.model === 'string';
  const selection: ModelSelection =
    typeof options.model === 'string' ? createModel(options.model, options.modelOptions) : options.model;
  const ownsStore = typeof options.store === 'string';
  const store = !fsm
    ? undefined
    : typeof options.store === 'string'
      ? KnowledgeStore.open({ dir: options.store })
      : options.store;

  if (ownsStore && store) for (const line of store.notices) options.onNotice?.(line);
  try {
    const mentor = new Mentor(store);
    const tracker = fsm ? new FsmTracker({ graphs: mentor.loadGraphs() }) : undefined;
    let session: RunSession;
    let calls: ModelCallLog | undefined;
    let modelLabel: string;
    const safety = { guard: options.guard ?? true, ...(options.confirm ? { confirm: options.confirm } : {}) };
    if (isOfflineModel(selection)) {
      const policy = new OfflinePolicy(task);
      modelLabel = OFFLINE_MODEL.label;
      session = new RunSession({
        task,
        device: options.device,
        writer,
        planner: new OfflinePlanner(policy),
        executor: new OfflineExecutor(policy),
        verifier: new OfflineVerifier(),
        ...(tracker ? { tracker } : {}),
        mentor,
        screenshots: options.screenshots ?? false,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onStep ? { onStep: options.onStep } : {}),
        policy,
        maxSteps: options.maxSteps ?? DEFAULT_LIMITS.maxSteps,
        safety,
      });
    } else {
      const client = selection as ModelClient;
      const modelScreenshots = options.modelScreenshots ?? DEFAULT_SCREENSHOT_MODE;
      calls = new ModelCallLog(client);
      modelLabel = client.name;
      session = new RunSession({
        task,
        device: options.device,
        writer,
        planner: new ModelPlanner(calls, { candidates: options.planCandidates ?? 1 }),
        executor: new ModelExecutor(calls, { screenshots: modelScreenshots }),
        verifier: new ModelVerifier(calls, { screenshots: modelScreenshots }),
        calls,
        ...(tracker ? { tracker } : {}),
        mentor,
        screenshots: options.screenshots ?? false,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onStep ? { onStep: options.onStep } : {}),
        maxSteps: options.maxSteps ?? DEFAULT_LIMITS.maxSteps,
        safety,
      });
    }

    const limits: Partial<Limits> = {
      ...options.limits,
      maxSteps: options.maxSteps ?? DEFAULT_LIMITS.maxSteps,
      budget: options.budget ?? {},
    };
    const loop = await runLoop(session, limits);
    session.saveFinal();
    const ctx = loop.context;
    const termination = ctx.termination ?? {
      reason: 'unexpected_error' as TerminationReason,
      detail: 'no termination recorded',
      success: false,
    };
    const endedAt = new Date();
    const totals = calls?.totals ?? { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
    const answer = termination.answer ?? session.answer;
    const summary: RunSummary = {
      task,
      status: loop.finalState === 'done' && termination.success ? 'success' : 'failed',
      reason: termination.reason,
      ...(termination.detail ? { reasonDetail: redactSecrets(termination.detail) } : {}),
      ...(answer ? { answer } : {}),
      model: modelLabel,
      fsm,
      device: options.device.description,
      ...(options.seed !== undefined && options.seed !== null ? { seed: options.seed } : {}),
      ...(options.faults ? { faults: options.faults } : {}),
      startedAt: startedAt.toISOString(),
      endedAt: endedAt.toISOString(),
      durationMs: endedAt.getTime() - startedAt.getTime(),
      steps: session.steps,
      modelCalls: totals.calls,
      tokens: { input: totals.inputTokens, output: totals.outputTokens },
      ...(calls ? { tokenAccount: calls.account } : {}),
      costUsd: Math.round(totals.costUsd * 1e6) / 1e6,
      recoveries: ctx.recoveries,
      guard: session.safety.record,
      exitCode: runExitCode(termination.reason, termination.success),
    };
    writer.writeSummary(summary);
    return {
      summary,
      dir: writer.dir,
      trajectoryDir: writer.dir,
      callsByRole: Object.fromEntries(calls?.byRole ?? []),
      ...(session.retained && store ? { retained: session.retained } : {}),
      states: loop.states,
    };
  } finally {
    if (ownsStore) store?.close();
    if (ownsModel && !isOfflineModel(selection)) await (selection as ModelClient).close?.();
  }
}

export const DEFAULT_TRAJECTORY_ROOT = path.join('runs');
