import type { UiElement } from '../../drivers/screen/types.ts';
import type { AbstractAction, ObserveResult } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import type { ActedStep } from '../loop/types.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { ExecutorDecision } from '../roles/types.ts';
import type { StepTimings } from '../trajectory/types.ts';

/**
 * An action carried out and its outcome observed, not yet judged: what acting
 * hands to verifying (through the statechart, which sees only the ActedStep
 * part) and what recovery looks back at.
 */
export interface Acted extends ActedStep {
  action: Action;
  decision: Extract<ExecutorDecision, { kind: 'act' }>;
  before: Perception;
  after: Perception;
  beforeObserved?: ObserveResult;
  observed?: ObserveResult;
  /** How often the FSM's prediction for this action came true minus how often it failed (undefined: no prediction). */
  netCount?: number;
  abstract?: AbstractAction;
  element?: UiElement;
  error?: Error;
  /** A new interruption came with the action: the FSM has not observed `after` yet (see settleInterruptions). */
  interrupted?: boolean;
  /** Interruptions cleared before judging; `after` is the screen under them. */
  settled?: { interruptions: Array<{ kind: 'crash' | 'popup' | 'network' | 'loading'; title: string }> };
  /** Device actions the step issued. */
  deviceActions: number;
  timings: StepTimings;
  startedAt: string;
}
