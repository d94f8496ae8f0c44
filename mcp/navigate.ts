/**
 * navigate_to's walk: the shortest learned path from the current state to
 * the target (or, when none starts here, a fresh start of the target's app
 * and the learned path from its entry: fsm/rollback), each step carried out
 * and verified like `act` (actStep) and checked against the state the FSM
 * predicts. A step that lands elsewhere is a detour: the walk plans again
 * from where it is, up to MAX_REPLANS times, then stops and says where.
 * No model is asked anything: the path, the elements and the verdicts all
 * come from the FSM and the deterministic rules.
 */
import { parseAction, type Action } from '../agent/actions/index.ts';
import { fromAbstractAction } from '../agent/execute/index.ts';
import { describeAction } from '../agent/run/describeAction.ts';
import type { AbstractAction } from '../fsm/index.ts';
import { actStep } from './actStep.ts';
import type { DeviceSession } from './DeviceSession.ts';
import { stateRef, type StateRef } from './describeScreen.ts';
import { McpToolError } from './McpToolError.ts';

/** Plans after the first one, when a step lands off the path. */
const MAX_REPLANS = 2;

export interface NavigationStep {
  action: string;
  verdict: string;
  /** The state the step led to (absent under an interruption). */
  reached?: StateRef;
  /** The state the FSM predicted. */
  expected: string;
}

export interface Navigation {
  reached: boolean;
  target: StateRef;
  /** Where the phone is now (absent under an interruption). */
  at?: StateRef;
  steps: NavigationStep[];
  replans: number;
  /** Why the walk stopped short; absent when it reached the target. */
  stopped?: string;
}

interface PlannedStep {
  action: AbstractAction;
  expected: string;
}

function plan(session: DeviceSession, target: string): PlannedStep[] | undefined {
  const forward = session.tracker.pathsTo((s) => s.key === target, { limit: 1 })[0];
  if (forward) return forward.steps.map((t) => ({ action: t.action, expected: t.target }));
  const fresh = session.tracker.pathBackToStable(target);
  if (fresh?.reachesTarget && fresh.actions.length > 0)
    return fresh.actions.map((action, i) => ({ action, expected: fresh.expected[i]! }));
  return undefined;
}

const WHY = 'navigate_to: a learned path';

/**
 * The learned action on this screen. fromAbstractAction gives up when two
 * elements share the signature and label (a tab and its caption's text
 * element): then the one actionable element among them is the one meant,
 * as the explorer that learned the step chose it (fsm/explore/performAction).
 */
function concrete(session: DeviceSession, action: AbstractAction): Action | undefined {
  const screen = session.seen!.perception.screen;
  const found = fromAbstractAction(action, screen, session.tracker, (t) => t, WHY);
  if (found || !action.target || (action.kind !== 'tap' && action.kind !== 'long_press')) return found;
  const actionable = session.tracker
    .elementsMatching(action.target)
    .filter((e) => e.actionable && (action.label === undefined || e.label === action.label));
  if (actionable.length !== 1) return undefined;
  const r = parseAction(action.kind, { element: actionable[0]!.id, reason: WHY });
  return r.ok ? r.action : undefined;
}

function here(session: DeviceSession): StateRef | undefined {
  const o = session.seen?.observed;
  return o ? stateRef(o.state, o.app) : undefined;
}

export async function navigate(session: DeviceSession, target: StateRef): Promise<Navigation> {
  await session.observe();
  const steps: NavigationStep[] = [];
  let replans = 0;
  const result = (stopped?: string): Navigation => {
    const at = here(session);
    return {
      reached: at?.key === target.key,
      target,
      ...(at ? { at } : {}),
      steps,
      replans,
      ...(stopped && at?.key !== target.key ? { stopped } : {}),
    };
  };
  for (;;) {
    if (session.seen?.observed?.key === target.key) return result();
    const path = plan(session, target.key);
    if (!path)
      return result(
        `the FSM knows no path from ${here(session)?.name ?? 'this screen'} to "${target.name}"; explore the app further (maple explore) or act there once.`,
      );
    let detour: string | undefined;
    for (const step of path) {
      const action = concrete(session, step.action);
      if (!action) {
        detour = `the element for "${step.action.label ?? step.action.kind}" is not on this screen`;
        break;
      }
      let outcome;
      try {
        outcome = await actStep(session, action, `navigate to ${target.name}`);
      } catch (error) {
        if (!(error instanceof McpToolError)) throw error;
        detour = error.message;
        break;
      }
      const reached = here(session);
      steps.push({
        action: describeAction(action, outcome.acted.element),
        verdict: outcome.outcome.verdict,
        ...(reached ? { reached } : {}),
        expected: step.expected,
      });
      if (outcome.outcome.verdict === 'fail' || reached?.key !== step.expected) {
        detour = `step ${steps.length} (${steps[steps.length - 1]!.action}) led to ${reached?.name ?? 'an interruption'}, not the expected screen${outcome.outcome.verdict === 'fail' ? ` (${outcome.outcome.reason})` : ''}`;
        break;
      }
    }
    if (!detour) continue;
    if (replans >= MAX_REPLANS) return result(`${detour}; gave up after ${replans} new plans`);
    replans++;
  }
}
