/**
 * The common vocabulary of the benchmark side: a task any suite produces
 * (`BenchTask`), how its success is decided (`SuccessSpec`), the reference
 * solution (`ActionScript`), and what one finished run of a task records
 * (`TaskResult`). Suites convert their own formats into `BenchTask`; the
 * runner, evaluators, metrics and outputs only read these types.
 */
import type { Locator, Point } from '../drivers/screen/types.ts';
import type { SwipeDirection } from '../drivers/device/Device.ts';
import type { Predicate } from './predicate/types.ts';
import type { EvaluationVerdict } from './evaluators/types.ts';
import type { SpaBenchExitCode } from './output/exitCodes.ts';
import type { TerminationReason } from '../agent/trajectory/types.ts';
import type { RunTruth } from './truth/truthMetrics.ts';

export type SuiteId = 'virtual' | 'spa-bench' | 'mobile-eval-e' | 'custom';

/** 1 easy, 2 medium, 3 hard (SPA-Bench's levels); null when the suite has none (Mobile-Eval-E). */
export type Difficulty = 1 | 2 | 3;

/** How the runner puts the device in the task's starting position. */
export type LaunchSpec =
  /** Start this app's activity first, as SPA-Bench does for single-app tasks (`am start -n package/activity`). */
  | { mode: 'app'; package: string; activity?: string }
  /** Start from the launcher with no app opened (SPA-Bench cross-app tasks, Mobile-Eval-E). */
  | { mode: 'home' };

/** How a task is judged. */
export type SuccessSpec =
  /** A predicate over the virtual device's ground-truth JSON (and the agent's answer). */
  | { kind: 'state'; predicate: Predicate }
  /**
   * SPA-Bench: the coarse key-component check over the screens' text (null =
   * no key components, as in the cross-app tasks), then a model judge.
   */
  | { kind: 'spa-bench'; keyComponents: string[] | null; subtasks?: string[] }
  /** Mobile-Eval-E: a model judge decides each rubric; success when the satisfied fraction reaches `threshold`. */
  | { kind: 'rubric'; rubrics: string[]; threshold: number };

/** Where a scripted action lands: by visible text, resource id, content description, an Appium locator or a raw point. */
export type ScriptTarget =
  { text: string } | { id: string } | { desc: string } | { locator: Locator } | { point: Point };

/** One step of a reference solution: each maps to one `Device` method (plus `answer`, the final answer). */
export type ScriptStep =
  | { do: 'tap'; target: ScriptTarget }
  | { do: 'longPress'; target: ScriptTarget; durationMs?: number }
  | { do: 'type'; text: string; target?: ScriptTarget; submit?: boolean }
  | { do: 'clear'; target: ScriptTarget }
  | { do: 'swipe'; from: Point; to: Point; durationMs?: number }
  | { do: 'scroll'; direction: SwipeDirection; target?: ScriptTarget }
  | { do: 'back' }
  | { do: 'home' }
  | { do: 'recents' }
  | { do: 'enter' }
  | { do: 'openApp'; package: string; activity?: string }
  | { do: 'wait'; ms: number }
  | { do: 'setClipboard'; text: string }
  | { do: 'answer'; text: string };

export type ActionScript = ScriptStep[];

export interface BenchTask {
  /** Unique within its suite, e.g. "airbnb_1", "Multi_Apps_1_ENG", "3_oled_tv". */
  id: string;
  suite: SuiteId;
  /** The id in the source dataset when it differs from `id` (SPA-Bench's task_identifier). */
  sourceId?: string;
  instruction: string;
  /** Display names of the apps involved, in task order when known. */
  apps: string[];
  difficulty: Difficulty | null;
  /** Steps a human expert needed (SPA-Bench golden_steps, Mobile-Eval-E reference operations, the virtual suite's own). */
  goldenSteps: number | null;
  /** Device seed (virtual device); null for real devices. */
  seed: number | null;
  /** Name of the device fault profile ("none" = faults off). */
  faultProfile: string;
  launch: LaunchSpec;
  success: SuccessSpec;
  /** An action script that reaches success through the Device interface. */
  reference?: ActionScript;
  crossApp: boolean;
  /** Free-form grouping: SPA-Bench category, Mobile-Eval-E scenario, virtual-suite category. */
  category?: string;
  language?: 'ENG' | 'CHN';
  /** Step budget for the agent; SPA-Bench's default is golden_steps * 2 + 1. */
  maxSteps?: number;
  /**
   * Other wordings of `instruction` with the same meaning and the same success check
   * (`maple bench --variant paraphrase|all` runs each as its own task; benchmarks/runner/taskVariants.ts).
   */
  paraphrases?: readonly string[];
  /** Which wording this task runs: set on the tasks `--variant` expands, absent on a suite's own list. */
  variant?: TaskVariant;
  /** The id of the task this one is a wording of (its own id for the original). */
  baseId?: string;
  /** Safety suite: the scenario and the attack planted (evaluation side; never given to the agent). */
  safety?: SafetyScenario;
}

/** A task in the suite's own wording, or in one of its paraphrases. */
export type TaskVariant = 'original' | 'paraphrase';

import type { TokenAccount } from '../agent/trajectory/types.ts';
import type { SafetyScenario } from './safety/types.ts';

/** Why a run stopped: the trajectory's own list (agent/trajectory), shared so the two cannot drift apart. */
export { TERMINATION_REASONS, type TerminationReason } from '../agent/trajectory/types.ts';

/** What the runner counts during one run of one task: the raw facts metrics are computed from. */
export interface RunFacts {
  termination: TerminationReason;
  /** Actions performed (recovery actions included). */
  steps: number;
  /** Failures the agent's own verifier detected, and those its recovery says it recovered (self-reported). */
  errorsDetected: number;
  errorsRecovered: number;
  modelCalls: number;
  tokensIn: number;
  tokensOut: number;
  /** Input tokens by role and by part (agent/calls/tokenAccount.ts); absent without model calls. */
  tokenAccount?: TokenAccount;
  costUsd: number;
  /** Whole task, setup included. */
  wallMs: number;
  /** Setup part of wallMs (reset, app launch): SPA-Bench's elapsed_time_initial. */
  setupMs?: number;
  answer?: string;
  /** What the agent's safety guard did (its run summary); absent for agents without one. */
  guard?: { enabled: boolean; blocked: number; refused: number; confirmed: number };
}

/** Per-task metrics derived from RunFacts (benchmarks/metrics/taskMetrics.ts). */
export interface TaskMetrics {
  steps: number;
  /** steps / goldenSteps; null without golden steps. */
  stepRatio: number | null;
  /** errorsRecovered / errorsDetected, as the agent itself reports them; null when it detected none. */
  recoverySuccess: number | null;
  /**
   * Ground truth: the agent's actions with a lasting true effect (no mis-tap,
   * no deliberate error, not undone later) / its actions; null without
   * ground truth (a real device) or without actions.
   */
  actionAccuracy: number | null;
  modelCalls: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  wallMs: number;
  /** wallMs / steps; null when no action was taken. */
  msPerStep: number | null;
}

/** One finished run of one task: one line of results.jsonl. */
export interface TaskResult {
  /** `${suite}:${taskId}#${repetition}`: the resume key. */
  runKey: string;
  /** Safety suite runs: the scenario and the attack planted (none in the benign arm). */
  safety?: SafetyScenario;
  taskId: string;
  suite: SuiteId;
  repetition: number;
  seed: number | null;
  apps: string[];
  difficulty: Difficulty | null;
  goldenSteps: number | null;
  category?: string;
  /** The wording the run used; absent in results written before variants existed (read as "original"). */
  variant?: TaskVariant;
  /** The task id without its variant suffix (`x_catan_price_to_bob` for `x_catan_price_to_bob~p1`). */
  baseId?: string;
  /** Labels of the configuration, for grouping and compare (model, fsm on/off, faults). */
  config: { model: string; fsm: boolean; faults: string; [key: string]: string | number | boolean };
  success: boolean;
  verdict: EvaluationVerdict;
  termination: TerminationReason;
  exitCode: SpaBenchExitCode;
  facts: RunFacts;
  metrics: TaskMetrics;
  startedAt: string;
  endedAt: string;
  /** What the ground-truth step labels say (virtual device only; benchmarks/truth). */
  truth?: RunTruth;
  /** Where the run's trajectory and SPA-Bench layout were written, relative to the results dir. */
  trajectoryDir?: string;
  /** Error message when the run ended in an error. */
  error?: string;
  /**
   * The device error of a first attempt that the runner ran again on a fresh
   * session (a lost session, a Grid node that died); this record is the
   * retry's, so the run counts once.
   */
  deviceRetry?: string;
}
