/**
 * The trajectory of one run, as written to disk: the contract between the
 * agent loop (writer), the benchmark runner, SPA-Bench export and the HTML
 * report (readers).
 *
 * Layout of a trajectory folder:
 *   summary.json            RunSummary
 *   steps.jsonl             one StepRecord per line, in order (appended as the run goes)
 *   steps/<NNN>/page.xml    page source observed BEFORE step NNN's action
 *   steps/<NNN>/screen.png  screenshot of that observation (when taken)
 *   final/page.xml, final/screen.png   the last observation after the last action
 */
import type { GuardRecord } from '../safety/GuardRecord.ts';

import type { InputPartTokens } from '../models/inputParts.ts';

export type Verdict = 'success' | 'no_change' | 'fail';

/** One role's model calls in a run: how many, their tokens, and what the input was spent on. */
export interface RoleTokens {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Requests that carried a screenshot, and how many screenshots in all. */
  imageCalls: number;
  images: number;
  /** Estimated input tokens by part, summed over the calls. */
  parts: InputPartTokens;
}

/** A run's (or a set of runs') input tokens by role and by part. */
export interface TokenAccount {
  byRole: Partial<Record<ModelCallRecord['role'], RoleTokens>>;
}

export type StepKind = 'action' | 'recovery';

export interface ModelCallRecord {
  role: 'planner' | 'executor' | 'verifier' | 'recovery' | 'mentor' | 'judge';
  model: string;
  /** All input tokens, cached or not: as the model reported them, or the project's counter for models that do not. */
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  /** The request's input by part (tools, system, task, history, fsm, screen, image, other), estimated from the request. */
  parts?: InputPartTokens;
  /** Screenshots in the request. */
  images?: number;
  costUsd: number;
  durationMs: number;
  /** Set when the call failed after its retries. */
  error?: string;
}

export interface StepTimings {
  observeMs: number;
  perceiveMs: number;
  fsmMs: number;
  decideMs: number;
  actMs: number;
  verifyMs: number;
}

export interface StepRecord {
  index: number;
  kind: StepKind;
  startedAt: string;
  /** The subgoal being worked on (planner's words). */
  subgoal?: string;
  app?: string;
  before: {
    package: string;
    activity: string;
    stateKey?: string;
    stateName?: string;
    /** Relative paths inside the trajectory folder. */
    pageSource: string;
    screenshot?: string;
    width: number;
    height: number;
  };
  action: {
    /** The action as the agent chose it (agent/actions schema). */
    name: string;
    input: Record<string, unknown>;
    /** The element acted on, when there is one: for highlighting in reports. */
    element?: { id: string; label: string; bounds: { left: number; top: number; right: number; bottom: number } };
    reason?: string;
    expected?: string;
  };
  after?: { package: string; activity: string; stateKey?: string };
  verdict: Verdict;
  verdictReason: string;
  /** The verification rule that decided (agent/roles/verifier/rules), or `model`. */
  verdictRule?: string;
  /** Whether the FSM predicted the observed outcome (undefined with --no-fsm). */
  predicted?: boolean;
  /**
   * Interruptions that came with this step and were cleared before it was
   * judged (the clearing moves follow as recovery steps with purpose `interruption`).
   */
  interruptions?: Array<{ kind: string; title: string }>;
  /**
   * Why a framework move was made: clearing an interruption that came with the
   * previous action, flipping back a switch a mis-tap flipped, or rolling back
   * to the last stable state.
   */
  recovery?: {
    attempt: number;
    target: string;
    path: string[];
    purpose?: 'interruption' | 'flip_back' | 'rollback';
    /** The index of the failed step this recovery answers (absent for clearing what came with a step). */
    failedStep?: number;
  };
  /**
   * Device actions this step issued (the agent's own count: a step may take
   * several, such as clearing a field before typing). Readers line steps up
   * with device calls by it.
   */
  deviceActions?: number;
  /** The full error of an action the device refused (the verdict reason has the plain sentence the model saw). */
  deviceError?: string;
  modelCalls: ModelCallRecord[];
  timings: StepTimings;
}

export type RunStatus = 'success' | 'failed';

/** Why a run stopped: the one list the loop, the benchmark metrics and the reports share. */
export const TERMINATION_REASONS = [
  'finished',
  'step_limit',
  'repeated_actions',
  'consecutive_failures',
  'budget_exceeded',
  'model_error',
  'device_error',
  'timeout',
  'unexpected_error',
  /** The task could not be read as a request (gibberish, or it does not say what or whom). */
  'not_understood',
  /** The agent said it was done, and the end check did not confirm it. */
  'unverified',
  /** The user stopped the run (Ctrl-C): `maple run` exits 130, like a shell command stopped by SIGINT. */
  'interrupted',
] as const;

export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export interface RunSummary {
  task: string;
  status: RunStatus;
  reason: TerminationReason;
  reasonDetail?: string;
  answer?: string;
  /** Model spec, e.g. "offline (no model: deterministic policy)". */
  model: string;
  fsm: boolean;
  device: string;
  seed?: number;
  faults?: string;
  startedAt: string;
  endedAt: string;
  durationMs: number;
  steps: number;
  modelCalls: number;
  tokens: { input: number; output: number };
  /** Input tokens by role and by part (agent/calls/tokenAccount.ts); absent for the offline policy. */
  tokenAccount?: TokenAccount;
  costUsd: number;
  recoveries: { detected: number; recovered: number };
  /** What the safety guard blocked, confirmed and refused (agent/safety); absent in older summaries. */
  guard?: GuardRecord;
  /** SPA-Bench agent exit code: 0 finished, 1 unexpected error, 2 expected error, 3 retry, 4 step limit. */
  exitCode: 0 | 1 | 2 | 3 | 4;
}
