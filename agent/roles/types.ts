/**
 * The agent roles as the loop sees them: narrow interfaces with a
 * model-backed and an offline implementation each.
 */
import type { StateNode } from '../../fsm/index.ts';
import type { FsmTracker, ObserveResult } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import type { FactMemory } from '../memory/FactMemory.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { Verdict } from '../trajectory/types.ts';

export interface Subgoal {
  /** Launcher label of the app, when the subgoal names one. */
  app?: string;
  goal: string;
  /** What the screen should show when the subgoal is done (planner's words). */
  expectedEndScreen?: string;
}

export interface Plan {
  subgoals: Subgoal[];
  rationale?: string;
  /** How the plan was made: 'offline', 'model', 'model+judge', 'skill'. */
  source: string;
  /** The planner chose to reuse a learned task, with these slot values. */
  skill?: { id: string; values: Record<string, string> };
}

/** A learned task the planner may reuse: its template and slots, and the apps it goes through. */
export interface KnownSkill {
  id: string;
  template: string;
  slots: Array<{ name: string; example: string }>;
  apps: string[];
  /** Its subgoals' goals (slot values as `{sN}`), so the planner can tell whether it fits. */
  goals: string[];
}

export interface PlanInput {
  task: string;
  current: Perception;
  /** Launcher labels seen so far. */
  apps: string[];
  tips: string[];
  /** Why a re-plan was asked for (after failed recoveries). */
  replanReason?: string;
  previous?: Plan;
  step: number;
  /** What the knowledge store knows: learned tasks like this one, and the apps it has maps of. */
  known?: { skills: KnownSkill[]; apps: Array<{ app: string; screens: number }> };
}

export interface Planner {
  plan(input: PlanInput): Promise<Plan>;
}

/** One line of recent history shown to the executor. */
export interface HistoryLine {
  step: number;
  action: string;
  verdict: Verdict;
  note: string;
}

export interface ExecutorInput {
  task: string;
  plan: Plan;
  subgoalIndex: number;
  current: Perception;
  /** FSM state of the current screen, when the FSM is on. */
  fsm?: { tracker: FsmTracker; observed: ObserveResult };
  memory: FactMemory;
  history: HistoryLine[];
  tips: string[];
  /** Feedback on the previous attempt (NoChange, a failed verification, an invalid answer). */
  feedback?: string;
  step: number;
  /** The agent's own actions so far and its budget (framework moves are not counted). */
  budget?: { used: number; max: number };
}

export type ExecutorDecision =
  | {
      kind: 'act';
      action: Action;
      expectedText?: string;
      subgoalIndex: number;
      /** Who chose it: the model, the offline policy, a replayed learned task (skill), or the framework (recovery moves). */
      source: 'model' | 'offline' | 'skill' | 'framework';
    }
  | {
      kind: 'subgoal_done';
      subgoalIndex: number;
      facts: Record<string, string>;
      summary?: string;
      source: 'model' | 'offline' | 'skill';
    }
  | { kind: 'finish'; success: boolean; answer?: string; reason: string; source: 'model' | 'offline' | 'skill' };

export interface Executor {
  decide(input: ExecutorInput): Promise<ExecutorDecision>;
  /** The last action failed and was rolled back: forget what it assumed, so it is tried again. */
  undoLast?(): void;
  /** The last action failed verification and was rolled back: an executor that keeps state may avoid it. */
  markFailed?(): void;
  /** The last action changed nothing on screen (NoChange). */
  noEffect?(): void;
  /** Recovery could not get back: start the current subgoal again from this screen. */
  restartSubgoal?(): void;
  /** A learned task completed subgoal `index` on this screen: account for it (read facts, move on). */
  completeSubgoal?(index: number, current: Perception, memory: FactMemory): void;
}

/** Launcher label <-> package, as far as the run knows them (AppDirectory). */
export interface AppLookup {
  packageOf(label: string): string | undefined;
  labelOf(pkg: string): string | undefined;
  /** Launcher labels seen. */
  readonly labels: readonly string[];
}

/** An interruption that came with a step and was cleared before the step was judged. */
export interface ClearedInterruption {
  kind: 'crash' | 'popup' | 'network' | 'loading';
  title: string;
}

export interface VerifyInput {
  action: Action;
  expectedText?: string;
  before: Perception;
  /** The screen the step is judged on: after any interruption that came with it was cleared. */
  after: Perception;
  error?: Error;
  /** Interruptions cleared between the action and `after`. */
  settled?: { interruptions: ClearedInterruption[] };
  apps?: AppLookup;
  /** netCount: successes minus failures of the predicted transition, read before observing. */
  fsm?: { before?: ObserveResult; after: ObserveResult; netCount?: number };
  step: number;
  task: string;
  subgoal?: Subgoal;
}

export type FailureCause =
  | 'error'
  | 'popup'
  | 'crash'
  | 'network'
  | 'loading'
  | 'launcher'
  | 'unexpected_state'
  | 'mistap'
  | 'expectation'
  | 'wrong_app'
  | 'typed'
  | 'rejected'
  | 'model';

export interface VerifyOutcome {
  verdict: Verdict;
  reason: string;
  cause?: FailureCause;
  /** Whether the FSM predicted the observed outcome (undefined when it had no prediction or is off). */
  predicted?: boolean;
  /** Who decided: the deterministic checks or a model. */
  by: 'rules' | 'model';
  /** The rule that decided (agent/roles/verifier/rules), or that was in doubt when the model decided. */
  rule?: string;
  /** A checkable that flipped when another one was aimed at (mis-tap): its label, to flip back. */
  flipped?: string;
}

/** What the end check sees when the executor says the task is done. */
export interface TaskCheckInput {
  task: string;
  plan: Plan;
  memory: FactMemory;
  /** The steps the run took, as the executor saw them. */
  history?: readonly HistoryLine[];
  answer?: string;
  current: Perception;
  step: number;
}

export interface Verifier {
  /** Only called when the deterministic checks could not decide. */
  judge(input: VerifyInput): Promise<{ verdict: Verdict; reason: string }>;
  /**
   * The end check of a run the executor says is done (no learned task
   * replayed it to its end screens): is the whole task done on this screen?
   */
  confirmTask?(input: TaskCheckInput): Promise<{ done: boolean; reason: string }>;
}

export type { StateNode };
