/**
 * The runner's contracts: where devices come from (`DeviceFactory`), what one
 * agent run hands back (`RunOutcome`), how a run is judged (`EvaluateRun`),
 * and the options and report of `runSuite`.
 */
import type { Device } from '../../drivers/device/Device.ts';
import type { VirtualDeviceControl } from '../../drivers/device/VirtualDeviceControl.ts';
import type { RunSummary, StepRecord } from '../../agent/trajectory/types.ts';
import type { EvaluationVerdict } from '../evaluators/types.ts';
import type { BenchTask, TaskResult } from '../types.ts';

/**
 * The parts of the virtual device's control API the runner uses (reset with a
 * seed, faults, ground truth, the true screen id). `VirtualDeviceControl`
 * satisfies it; tests pass fakes.
 */
export type DeviceControl = Pick<VirtualDeviceControl, 'reset' | 'setFaults' | 'groundTruth' | 'screenId'>;

/** One open device session of the pool. */
export interface DeviceSession {
  device: Device;
  /** Present on the virtual device only: reset, faults, ground truth. */
  control?: DeviceControl;
  close(): Promise<void>;
}

/** Opens the device session for a pool slot (0-based). Called again to recreate a slot after a timeout or device error. */
export type DeviceFactory = (slot: number) => Promise<DeviceSession>;

/** What the runner tells `runTask` about the run it asks for. */
export interface RunContext {
  /** Aborted when the per-task timeout fires: stop acting and return (or throw) promptly. */
  signal: AbortSignal;
  /** Where the run's trajectory folder must be written (agent/trajectory layout); empty and ready. */
  trajectoryDir: string;
  runKey: string;
  repetition: number;
  /** Seed the device was reset with (null on real devices). */
  seed: number | null;
  /** Fault profile the device was set to ("none" = off). */
  faults: string;
  slot: number;
  /** Step budget: the task's own, else SPA-Bench's golden_steps * 2 + 1, else undefined. */
  maxSteps?: number;
}

/**
 * What one agent run hands back: the trajectory's RunSummary and the folder
 * it was written to. Steps, tokens, recoveries and the answer are read from
 * the summary; the ground-truth labels line the folder's steps.jsonl up with
 * what the device recorded (benchmarks/truth).
 */
export interface RunOutcome {
  summary: RunSummary;
  trajectoryDir: string;
  /**
   * Evaluation-side knowledge of a scripted model (the ablation's noisy oracle): per
   * answer, when it was given, whether it was a deliberate error and whether it was a
   * blind move. Never shown to the agent.
   */
  modelIntents?: readonly ModelIntent[];
}

/** One answer of a scripted model, as the ground-truth labels need it (its deliberate errors). */
export interface ModelIntent {
  at: number;
  /** It answered a wrong element on purpose (the noise). */
  deliberateError: boolean;
  /** It had lost its place in the plan (the next reference target was not on screen) and moved blind. */
  blind?: boolean;
}

export type RunTaskFn = (task: BenchTask, device: Device, ctx: RunContext) => Promise<RunOutcome>;

/** What an evaluator may look at after a run. */
export interface EvaluationContext {
  /** Ground truth access on the virtual device (undefined on real devices). */
  control?: DeviceControl;
  /** The run's steps (from steps.jsonl) and its trajectory folder; empty when the run left none. */
  steps: readonly StepRecord[];
  trajectoryDir: string | null;
  answer: string | null;
}

export type EvaluateRun = (task: BenchTask, ctx: EvaluationContext) => Promise<EvaluationVerdict>;

/** A run finished (or was skipped on resume); what the progress display shows. */
export interface ProgressEvent {
  type: 'start' | 'task-start' | 'task-end' | 'slot-recreated' | 'done';
  /** Runs to do in this invocation (finished ones from an earlier invocation excluded). */
  total: number;
  /** Runs done so far in this invocation. */
  done: number;
  /** Runs skipped because results.jsonl already had them. */
  resumed: number;
  runKey?: string;
  taskId?: string;
  slot?: number;
  result?: TaskResult;
  /** Keys currently running (for a live status line). */
  running: string[];
  /** Error text of a slot recreation. */
  message?: string;
}

/** Where the pool's sessions come from, and what the runner must know about that source. */
export interface PoolDevices {
  factory: DeviceFactory;
  size: number;
  /**
   * Close each session after its run (a Selenium Grid: a slot held between
   * runs is a node no other worker can get, so after a node is lost the
   * remaining nodes are shared through the Grid's queue).
   */
  sessionPerRun?: boolean;
  /**
   * Asked after a run ends in a device error: a message when the whole source
   * is gone (the Grid hub or Appium server does not answer), null when it
   * still answers. A gone source stops the suite run cleanly (DeviceSourceDownError).
   */
  unreachable?: () => Promise<string | null>;
}

export interface SeedPolicy {
  /** Use this seed for every task and repetition instead of the task's own (`--seed N`). */
  override?: number;
}

export interface RunSuiteOptions {
  tasks: readonly BenchTask[];
  /** Repetitions per task (k), default 1. */
  repetitions?: number;
  /** Parallel workers; defaults to (and is capped at) the pool size. */
  concurrency?: number;
  /** The folder for results.jsonl, summaries, trajectories and the SPA-Bench layout. */
  outDir: string;
  runTask: RunTaskFn;
  evaluate: EvaluateRun;
  /** The device pool: a factory and a size, and how the source behaves (see `PoolDevices`). */
  devices: PoolDevices;
  /** Per-task wall-clock limit, reset and launch included; default 10 minutes. */
  perTaskTimeoutMs?: number;
  /**
   * Runs that end in a device error (a lost session, a node that died) are run
   * again once on a fresh session (default 1; 0 = never). Only the last
   * attempt is recorded, with the first attempt's error in `deviceRetry`.
   */
  deviceRetries?: 0 | 1;
  /** After a timeout, how long to wait for runTask to return before abandoning it (default 2 s). */
  abortGraceMs?: number;
  seeds?: SeedPolicy;
  /** Fault profile for every task instead of its own ("none" = off). */
  faultsOverride?: string;
  /** Labels stored in every TaskResult.config. */
  config: TaskResult['config'];
  onProgress?: (event: ProgressEvent) => void;
  /** Write the SPA-Bench agent layout per run (default true). */
  spaBenchLayout?: boolean;
  /** Record the true state around each action on the virtual device, for the ground-truth labels (default true). */
  recordGroundTruth?: boolean;
}

export interface SuiteRunReport {
  /** Results written by this invocation, in finishing order. */
  results: TaskResult[];
  /** Every result in results.jsonl after the run (earlier invocations included). */
  allResults: TaskResult[];
  /** Runs skipped because they had finished before. */
  resumed: number;
  /** The results file had a truncated last line (an interrupted earlier run). */
  truncatedTail: boolean;
  summaryJson: string;
  summaryMarkdown: string;
  wallMs: number;
}
