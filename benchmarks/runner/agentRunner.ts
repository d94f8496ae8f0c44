/**
 * The registry that connects the CLI to parts built elsewhere, imported
 * lazily so the runner works (and is testable) before they exist:
 *   - the agent's run function: `runTask` exported by agent/index.ts;
 *   - the virtual suite: `loadVirtualSuite()` exported by
 *     benchmarks/suites/virtual/index.ts;
 * plus the suites that exist here (SPA-Bench, Mobile-Eval-E, a task file)
 * and the reference agent (--agent reference).
 *
 * The agent contract this file calls (agent/index.ts):
 *   runTask(input: AgentRunInput): Promise<RunSummary | { summary: RunSummary; trajectoryDir?: string; dir?: string }>
 * writing its trajectory into input.trajectoryDir, stopping when
 * input.signal aborts, never closing input.device (the pool owns it).
 */
import type { RunSummary } from '../../agent/trajectory/types.ts';
import type { Device } from '../../drivers/device/Device.ts';
import { loadMobileEvalE, mobileEvalEToBenchTask } from '../suites/mobileEvalE.ts';
import { loadSpaBench, spaBenchToBenchTask } from '../suites/spaBench.ts';
import type { BenchTask } from '../types.ts';
import { BenchConfigError, NotBuiltError } from './errors.ts';
import { loadTaskFile } from './loadTaskFile.ts';
import { referenceRunTask } from './referenceAgent.ts';
import { NoisyOracleModel, parseNoisyOracleSpec } from '../ablation/NoisyOracleModel.ts';
import { AttackFollowerModel } from '../safety/AttackFollowerModel.ts';
import { attackPlan } from '../safety/attackScripts.ts';
import { ConfirmPolicy, type ConfirmMode } from '../../agent/safety/index.ts';
import { parsePageSource } from '../../drivers/screen/index.ts';
import type { Screen } from '../../drivers/screen/types.ts';
import type { ModelClient } from '../../agent/models/types.ts';
import type { CreateModelOptions } from '../../agent/models/createModel.ts';
import type { ScreenshotMode } from '../../agent/perceive/ScreenshotMode.ts';
import type { RunContext, RunOutcome, RunTaskFn } from './types.ts';

/**
 * What the runner passes to the agent's runTask for one run: what a user gives (the instruction; the
 * device, already in the task's starting position) and the run's settings. Never the BenchTask or any
 * of its metadata (apps, category, reference, success): a real user types only the instruction.
 */
export interface AgentRunInput {
  task: string;
  device: Device;
  /** --model spec: offline | anthropic[:model] | replay:<file> | exec:<cmd> | ... */
  model: string | ModelClient;
  /** How to build the model from its spec string (the exec per-call timeout of --model-timeout); absent = defaults. */
  modelOptions?: CreateModelOptions;
  fsm: boolean;
  trajectoryDir: string;
  signal: AbortSignal;
  maxSteps?: number;
  /** Screenshot with every observation: the SPA-Bench layout's 0.png, 1.png, ... need them. */
  screenshots: boolean;
  /** When the model gets a screenshot with the listing (auto, always, never); the agent's default when absent. */
  modelScreenshots?: ScreenshotMode;
  /** Knowledge store directory to start from and retain into (shared by every run); none = nothing persists. */
  store?: string;
  /** false: the --no-guard ablation (agent/safety); absent = the agent's default (on). */
  guard?: boolean;
  /** Who answers for sensitive acts the task did not ask for; absent = the agent's default (deny). */
  confirm?: ConfirmPolicy;
}

type AgentRunResult = RunSummary | { summary: RunSummary; trajectoryDir?: string; dir?: string };
type AgentModule = { runTask?: (input: AgentRunInput) => Promise<AgentRunResult> };

/** A module relative to this one, in this file's form: .ts in the sources, .js in the build (dist/). */
function moduleUrl(stem: string): URL {
  return new URL(`${stem}${import.meta.url.endsWith('.js') ? '.js' : '.ts'}`, import.meta.url);
}

/** True when the error says that `url` itself could not be found (not a module it imports). */
function isModuleMissing(error: unknown, url: URL): boolean {
  const e = error as { code?: string; message?: string; url?: string };
  if (e?.url !== undefined) return e.url === url.href;
  const message = e?.message ?? '';
  // Node: "Cannot find module '<path>' imported from <importer>"; Vite (vitest): "Failed to load url <path> ...".
  const missing = /Cannot find module '([^']+)'/.exec(message)?.[1] ?? /Failed to load url (\S+)/.exec(message)?.[1];
  return missing !== undefined && (missing === url.pathname || missing === url.href);
}

/**
 * Imports a module that may not exist yet. Only the module itself being
 * absent becomes a NotBuiltError; an error inside it (or a missing import of
 * its own) is rethrown as is, so a broken agent is never reported as "not built".
 */
export async function importOptional<T>(url: URL, what: string): Promise<T> {
  try {
    return (await import(url.href)) as T;
  } catch (error) {
    if (isModuleMissing(error, url)) throw new NotBuiltError(`${what}: ${url.pathname} does not exist yet.`);
    throw error;
  }
}

export interface AgentSelection {
  /** "maple" (the agent loop) or "reference" (replays each task's reference solution). */
  agent: 'maple' | 'reference';
  model: string;
  /** createModel options for the model spec (from --model-timeout). */
  modelOptions?: CreateModelOptions;
  fsm: boolean;
  /** Default true. */
  screenshots?: boolean;
  /** When the model gets a screenshot (--screenshots); the agent's default (auto) when absent. */
  modelScreenshots?: ScreenshotMode;
  store?: string;
  /** --no-guard: false. */
  guard?: boolean;
  /** --confirm (deny unless told). */
  confirm?: ConfirmMode;
}

/** The runTask the runner calls, for the chosen agent. */
export async function loadRunTask(selection: AgentSelection): Promise<RunTaskFn> {
  if (selection.agent === 'reference') return referenceRunTask({ screenshots: selection.screenshots ?? true });
  return agentRunTask(await importAgent(), selection);
}

async function importAgent(): Promise<NonNullable<AgentModule['runTask']>> {
  const mod = await importOptional<AgentModule>(
    moduleUrl('../../agent/index'),
    'The MAPLE agent is not built yet (agent/index.ts with a runTask export); use --agent reference to check the tasks and the runner',
  );
  const run = mod.runTask;
  if (typeof run !== 'function')
    throw new NotBuiltError(
      'The MAPLE agent is not built yet: agent/index.ts has no runTask export. Use --agent reference to check the tasks and the runner.',
    );
  return run;
}

/** The runner's RunTaskFn over an agent's runTask: the one place where a BenchTask becomes what the agent gets. */
export function agentRunTask(run: NonNullable<AgentModule['runTask']>, selection: AgentSelection): RunTaskFn {
  const oracle = parseNoisyOracleSpec(selection.model);
  const follower = selection.model.trim() === ATTACK_FOLLOWER;
  return async (task: BenchTask, device: Device, ctx: RunContext): Promise<RunOutcome> => {
    const model = follower
      ? attackFollowerFor(task, device, ctx)
      : oracle
        ? noisyOracleFor(task, device, ctx, oracle.errorRate)
        : undefined;
    // The oracle's record of its deliberate errors and blind moves goes to the evaluation only (action accuracy).
    const intents = model ? { modelIntents: model.decisions } : {};
    const result = await run({
      task: task.instruction,
      device,
      model: model ?? selection.model,
      ...(!model && selection.modelOptions ? { modelOptions: selection.modelOptions } : {}),
      fsm: selection.fsm,
      trajectoryDir: ctx.trajectoryDir,
      signal: ctx.signal,
      ...(ctx.maxSteps !== undefined ? { maxSteps: ctx.maxSteps } : {}),
      screenshots: selection.screenshots ?? true,
      ...(selection.modelScreenshots ? { modelScreenshots: selection.modelScreenshots } : {}),
      ...(selection.store ? { store: selection.store } : {}),
      ...(selection.guard === false ? { guard: false } : {}),
      ...(selection.confirm ? { confirm: new ConfirmPolicy(selection.confirm) } : {}),
    });
    if ('summary' in result)
      return {
        summary: result.summary,
        trajectoryDir: result.trajectoryDir ?? result.dir ?? ctx.trajectoryDir,
        ...intents,
      };
    return { summary: result, trajectoryDir: ctx.trajectoryDir, ...intents };
  };
}

/** `--model attack-follower`: the safety suite's worst-case model (benchmarks/safety/AttackFollowerModel.ts). */
export const ATTACK_FOLLOWER = 'attack-follower';

function readScreenOf(device: Device): () => Promise<Screen> {
  return async () => {
    const o = await device.observe({ screenshot: false });
    return parsePageSource(o.pageSource, { activity: o.activity });
  };
}

function attackFollowerFor(task: BenchTask, device: Device, ctx: RunContext): AttackFollowerModel | NoisyOracleModel {
  if (!task.reference)
    throw new BenchConfigError(`--model attack-follower needs tasks with a reference solution; ${task.id} has none`);
  const common = { instruction: task.instruction, reference: task.reference, apps: task.apps, noiseKey: ctx.runKey };
  // Without an attack planted it is the oracle at error rate 0: the same model on the benign arm.
  if (!task.safety?.attack) return new NoisyOracleModel({ ...common, errorRate: 0, readScreen: readScreenOf(device) });
  return new AttackFollowerModel({
    ...common,
    attack: attackPlan(task.safety.attack),
    readScreen: readScreenOf(device),
  });
}

/**
 * `--model noisy-oracle[:rate]`: the ablation's scripted noisy model needs the task's reference
 * solution and a view of the screen, so it is built here per run rather than by createModel.
 */
function noisyOracleFor(task: BenchTask, device: Device, ctx: RunContext, errorRate: number): NoisyOracleModel {
  if (!task.reference)
    throw new BenchConfigError(`--model noisy-oracle needs tasks with a reference solution; ${task.id} has none`);
  return new NoisyOracleModel({
    instruction: task.instruction,
    reference: task.reference,
    apps: task.apps,
    errorRate,
    noiseKey: ctx.runKey,
    readScreen: async () => {
      const o = await device.observe({ screenshot: false });
      return parsePageSource(o.pageSource, { activity: o.activity });
    },
  });
}

export type SuiteName =
  'virtual' | 'retention' | 'retention-variants' | 'safety' | 'spa-bench' | 'mobile-eval-e' | `file:${string}`;

/**
 * The suites that are virtual-suite tasks: state predicates and references on the virtual device
 * (what `bench check` replays). Not `safety`: its attacks stand in the references' way by design.
 */
export const VIRTUAL_SUITES: readonly string[] = ['virtual', 'retention', 'retention-variants'];

/**
 * Loads a suite's tasks: `virtual`; `retention` (the 24 tasks the retention
 * benchmark learns) and `retention-variants` (their other-values variants);
 * `spa-bench` and `mobile-eval-e` (these two need `data`); or `file:<tasks.json>`.
 */
export async function loadSuite(suite: string, data?: string): Promise<BenchTask[]> {
  if (suite.startsWith('file:')) return loadTaskFile(suite.slice('file:'.length));
  switch (suite) {
    case 'virtual': {
      const mod = await importOptional<{ loadVirtualSuite?: () => BenchTask[] | Promise<BenchTask[]> }>(
        moduleUrl('../suites/virtual/index'),
        'The virtual suite is not built yet (benchmarks/suites/virtual/index.ts exporting loadVirtualSuite); use --suite file:<tasks.json> meanwhile',
      );
      if (typeof mod.loadVirtualSuite !== 'function')
        throw new NotBuiltError(
          'The virtual suite is not built yet: benchmarks/suites/virtual/index.ts has no loadVirtualSuite export.',
        );
      return mod.loadVirtualSuite();
    }
    case 'retention':
      return (await import('../suites/virtual/retention.ts')).loadRetentionSuite().learn;
    case 'retention-variants':
      return (await import('../suites/virtual/retention.ts')).loadRetentionSuite().otherValues;
    case 'safety':
      return (await import('../safety/safetySuite.ts')).loadSafetySuite();
    case 'spa-bench': {
      if (!data)
        throw new BenchConfigError(
          '--suite spa-bench needs --data <SPA-Bench dataset folder> (the one holding single-app-ENG.csv)',
        );
      return (await loadSpaBench(data)).tasks.map(spaBenchToBenchTask);
    }
    case 'mobile-eval-e': {
      if (!data) throw new BenchConfigError('--suite mobile-eval-e needs --data <folder with scenario_<n>_v1.json>');
      return (await loadMobileEvalE(data)).tasks.map((t) => mobileEvalEToBenchTask(t));
    }
    default:
      throw new BenchConfigError(
        `unknown --suite "${suite}": use virtual, retention, retention-variants, safety, spa-bench, mobile-eval-e or file:<tasks.json>`,
      );
  }
}
