/**
 * Acting on the device: one action carried out and its outcome observed
 * (design steps 5, 1-3), with the FSM's prediction for it taken beforehand so
 * the verifier can hold the outcome against it. No verdict here. When a new
 * interruption (pop-up, crash, spinner) came with the action, the FSM does not
 * observe it: an interruption is not a state of the app, and the transition is
 * recorded once it is cleared (settleInterruptions).
 */
import { elementById } from '../../drivers/screen/index.ts';
import type { UiElement } from '../../drivers/screen/types.ts';
import type { FsmTracker, ObserveResult } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import { executeAction, toAbstractAction } from '../execute/index.ts';
import type { AppDirectory } from '../execute/index.ts';
import type { FactMemory } from '../memory/FactMemory.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { ExecutorDecision } from '../roles/types.ts';
import { findInterruption } from '../roles/verifier/interruptions.ts';
import type { CountingDevice } from '../execute/index.ts';
import type { Acted } from './Acted.ts';
import { learnLauncher } from './learnApps.ts';
import { roundMs } from './stepTimings.ts';

export interface ExecuteContext {
  device: CountingDevice;
  tracker: FsmTracker | undefined;
  apps: AppDirectory;
  memory: FactMemory;
  /** The screen the action is taken on, and its FSM state. */
  before: Perception;
  beforeObserved: ObserveResult | undefined;
  look: () => Promise<Perception>;
  /** false: a framework move the FSM does not learn from (clearing an interruption). Default true. */
  track?: boolean;
}

/** An interruption on `after` that was not on `before`. */
export function newInterruption(before: Perception, after: Perception): boolean {
  const now = findInterruption(after.screen);
  if (!now) return false;
  const was = findInterruption(before.screen);
  return !was || was.kind !== now.kind || was.title !== now.title;
}

/** Carries out an action and observes its outcome; the caller makes `after`/`observed` its current screen. */
export async function executeStep(
  ctx: ExecuteContext,
  raw: Action,
  decision: Extract<ExecutorDecision, { kind: 'act' }>,
  decideMs: number,
): Promise<Acted> {
  const startedAt = new Date().toISOString();
  const before = ctx.before;
  const action = raw.type === 'type' ? { ...raw, text: ctx.memory.fill(raw.text) } : raw;
  const tracker = ctx.tracker;
  const abstract = tracker ? toAbstractAction(action, tracker, ctx.apps, ctx.memory) : undefined;
  const prediction = tracker && abstract ? tracker.predict(abstract) : undefined;
  // A prediction for a row of a list (or an icon of a grid) holds for the row it was learnt on only.
  const sameRow = !abstract?.target?.startsWith('item:') || prediction?.transition.action.label === abstract.label;
  const netCount = prediction
    ? sameRow
      ? prediction.transition.count - prediction.transition.failures
      : 0
    : undefined;
  const t0 = performance.now();
  const actionsBefore = ctx.device.actions;
  const aimed = (action as { element?: string }).element;
  let element: UiElement | undefined = aimed ? elementById(before.screen, aimed) : undefined;
  let error: Error | undefined;
  try {
    const r = await executeAction(ctx.device, action, before.screen, ctx.apps);
    element = r.element ?? element;
  } catch (e) {
    error = e instanceof Error ? e : new Error(String(e));
  }
  const actMs = performance.now() - t0;
  const deviceActions = ctx.device.actions - actionsBefore;
  const after = await ctx.look();
  learnLauncher(ctx.apps, after);
  const t1 = performance.now();
  const beforeObserved = ctx.beforeObserved;
  const interrupted = newInterruption(before, after);
  const observed = ctx.track === false || interrupted ? undefined : tracker?.observe(after.screen, abstract);
  const fsmMs = performance.now() - t1;
  return {
    fingerprint: `${before.fingerprint}|${JSON.stringify({ ...action, reason: undefined, expected: undefined, precondition: undefined })}`,
    action,
    decision,
    before,
    after,
    ...(beforeObserved ? { beforeObserved } : {}),
    ...(observed ? { observed } : {}),
    ...(netCount !== undefined ? { netCount } : {}),
    ...(abstract ? { abstract } : {}),
    ...(element ? { element } : {}),
    ...(error ? { error } : {}),
    ...(interrupted ? { interrupted } : {}),
    deviceActions,
    timings: {
      observeMs: roundMs(after.observeMs),
      perceiveMs: roundMs(after.perceiveMs),
      fsmMs: roundMs(fsmMs),
      decideMs: roundMs(decideMs),
      actMs: roundMs(actMs),
      verifyMs: 0,
    },
    startedAt,
  };
}
