/** What flows between the statechart and the session that does the work. */
import type { TerminationReason, Verdict } from '../trajectory/types.ts';
import type { FailureCause } from '../roles/types.ts';

/** An action taken on the device, awaiting verification. Opaque to the statechart. */
export interface ActedStep {
  /** "<screen fingerprint>|<action>" for the repetition rule. */
  fingerprint: string;
  /** Chosen by the framework (opening a subgoal's app), not by the model: not on the model's step budget. */
  framework?: boolean;
  [key: string]: unknown;
}

export type ActOutput =
  | { kind: 'acted'; acted: ActedStep }
  | { kind: 'subgoal_done'; subgoalIndex: number }
  /** `unverified`: the executor said done and the end check did not confirm it. */
  | { kind: 'finish'; success: boolean; answer?: string; reason: string; unverified?: boolean }
  /** The model's answer stayed invalid after the semantic retry: the step failed, the run goes on. */
  | { kind: 'invalid'; reason: string };

export interface VerifyOutput {
  verdict: Verdict;
  reason: string;
  cause?: FailureCause;
  /** Whether recovery can do something about this failure. */
  recoverable: boolean;
  /** Framework moves made while verifying (clearing interruptions that came with the step). */
  frameworkSteps?: number;
}

export interface RecoverInput {
  failure: VerifyOutput;
  /** 1 for the first recovery of this failure streak, 2 for the second. */
  attempt: number;
}

export interface RecoverOutput {
  recovered: boolean;
  /** Device actions the recovery took: framework steps, not the model's step budget. */
  steps: number;
  detail: string;
}

export interface Termination {
  reason: TerminationReason;
  detail: string;
  /** The task is done (finished with success). */
  success: boolean;
  answer?: string;
}

/** The effects the statechart invokes: implemented by RunSession, faked in unit tests. */
export interface LoopDriver {
  plan(input: { replanReason?: string }): Promise<{ subgoals: number }>;
  act(): Promise<ActOutput>;
  verify(acted: ActedStep): Promise<VerifyOutput>;
  recover(input: RecoverInput): Promise<RecoverOutput>;
  retain(termination: Termination): Promise<void>;
  /** Live counters the stop rules need that the statechart does not keep. */
  usage(): { tokens: number; costUsd: number; aborted: boolean; interrupted?: boolean };
}
