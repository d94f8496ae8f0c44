/**
 * Acting on the device: one action carried out and its outcome observed
 * (design steps 5, 1-3), with the FSM's prediction for it taken beforehand so
 * the verifier can hold the outcome against it. No verdict here.
 */
import type { Device } from '../../drivers/device/Device.ts';
import { elementById } from '../../drivers/screen/index.ts';
import type { UiElement } from '../../drivers/screen/types.ts';
import type { FsmTracker, ObserveResult } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import { executeAction, toAbstractAction } from '../execute/index.ts';
import type { AppDirectory } from '../execute/index.ts';
import type { FactMemory } from '../memory/FactMemory.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { ExecutorDecision } from '../roles/types.ts';
import type { Acted } from './Acted.ts';
import { learnLauncher } from './learnApps.ts';
import { roundMs } from './stepTimings.ts';

export interface ExecuteContext {
  device: Device;
  tracker: FsmTracker | undefined;
  apps: AppDirectory;
  memory: FactMemory;
  /** The screen the action is taken on, and its FSM state. */
  before: Perception;
  beforeObserved: ObserveResult | undefined;
  look: () => Promise<Perception>;
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
  const after = await ctx.look();
  learnLauncher(ctx.apps, after);
  const t1 = performance.now();
  const beforeObserved = ctx.beforeObserved;
  const observed = tracker?.observe(after.screen, abstract);
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
