/**
 * One action through the agent's own machinery (agent/run executeStep and
 * judgeStep): the FSM's prediction taken first, the action carried out, the
 * new screen observed, and the verifier's deterministic rules deciding
 * Success, NoChange or Fail. The verifier here is the offline one, so a
 * step never calls a model: what the rules cannot decide counts as done.
 * A failed step teaches the FSM nothing, as in a run.
 */
import type { Action } from '../agent/actions/index.ts';
import { ActionTargetError } from '../agent/execute/index.ts';
import { OfflineVerifier } from '../agent/roles/index.ts';
import type { VerifyOutcome } from '../agent/roles/types.ts';
import type { Acted } from '../agent/run/Acted.ts';
import { executeStep } from '../agent/run/executeStep.ts';
import { judgeStep } from '../agent/run/judgeStep.ts';
import { learnAppFromStep } from '../agent/run/learnApps.ts';
import { elementById } from '../drivers/screen/index.ts';
import type { DeviceSession } from './DeviceSession.ts';
import { McpToolError } from './McpToolError.ts';

export interface StepOutcome {
  acted: Acted;
  outcome: VerifyOutcome;
}

const verifier = new OfflineVerifier();

/** The element ids an action names: its target, nothing else (coordinates need no check). */
function elementOf(action: Action): string | undefined {
  const id = (action as { element?: unknown }).element;
  return typeof id === 'string' ? id : undefined;
}

export async function actStep(session: DeviceSession, action: Action, why: string): Promise<StepOutcome> {
  const seen = session.seen ?? (await session.observe());
  const id = elementOf(action);
  if (id !== undefined && !elementById(seen.perception.screen, id)) {
    const ids = seen.perception.screen.elements.map((e) => e.id);
    throw new McpToolError(
      `element "${id}" is not on the current screen (its ids are ${ids[0] ?? '-'}..${ids[ids.length - 1] ?? '-'}); call observe and use an id from its listing.`,
    );
  }
  const acted = await executeStep(
    {
      device: session.device,
      tracker: session.tracker,
      apps: session.apps,
      memory: session.memory,
      before: seen.perception,
      beforeObserved: seen.observed,
      look: () => session.look(),
    },
    action,
    { kind: 'act', action, subgoalIndex: 0, source: 'model' },
    0,
  );
  // The FSM followed the screen (or, under an interruption, stayed where it was): the session sees what it sees.
  session.seen = { perception: acted.after, observed: acted.observed };
  const outcome = await judgeStep(acted, {
    verifier,
    fsm: true,
    step: 0,
    task: why,
    subgoal: undefined,
    apps: session.apps,
  });
  // Under a new interruption the FSM recorded nothing, so there is no transition to take back.
  if (outcome.verdict === 'fail' && acted.observed)
    session.tracker.rejectLast(outcome.cause === 'mistap' || outcome.cause === 'wrong_app' ? 'mistap' : 'dead_end');
  if (outcome.verdict === 'success') learnAppFromStep(session.apps, acted, acted.after);
  session.saveLearned();
  if (acted.error instanceof ActionTargetError) throw new McpToolError(acted.error.message);
  if (acted.error)
    throw new McpToolError(
      `the device could not do ${action.type}: ${acted.error.message}. Call observe to see where the phone is.`,
    );
  return { acted, outcome };
}
