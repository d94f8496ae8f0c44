/**
 * The mis-tap fault end to end through the real Appium server and
 * WebdriverIO: a transition is learnt with faults off; with mis-taps on, the
 * same tap slips onto a neighbour; FsmTracker flags the observation as
 * unexpected against its prediction; the rollback plan (executed with the
 * mis-tap fault still on: a plan of back presses has no tap to slip) returns
 * the device to the last stable state; then, faults off, the run continues
 * and reaches the intended screen. The device's fault log confirms the slip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import type { Screen } from '../../../drivers/screen/types.ts';
import { performAction } from '../../../fsm/explore/index.ts';
import { type AbstractAction, FsmTracker, type ObserveResult } from '../../../fsm/index.ts';

interface LoggedFault {
  type: string;
  screen: string;
  intended?: { label: string; bounds: string };
  actual?: { label: string; bounds: string };
}

let opened: OpenedDevice;
const tracker = new FsmTracker();
/** Every state key seen, with the device's true screen id (ground truth, for checking only). */
const trueIdOfKey = new Map<string, string>();
let lastScreen: Screen | undefined;

async function trueId(): Promise<string> {
  return (await opened.groundTruth!.screenId()).id;
}

async function observe(action?: AbstractAction): Promise<ObserveResult> {
  const obs = await opened.device.observe();
  lastScreen = parsePageSource(obs.pageSource, { activity: obs.activity });
  const r = tracker.observe(lastScreen, action);
  trueIdOfKey.set(r.key, await trueId());
  return r;
}

/** The tap on the actionable element labelled `label` on the current screen. */
function tapOn(label: string): AbstractAction {
  const element = lastScreen!.elements.find((e) => e.actionable && e.label.split(/[,.]/)[0]!.trim() === label);
  if (!element) throw new Error(`no actionable "${label}" on ${tracker.currentState?.name}`);
  return tracker.actionOn('tap', element.id);
}

async function act(action: AbstractAction): Promise<ObserveResult> {
  expect(await performAction(opened.device, tracker, action), `perform ${action.kind} ${action.target}`).toBe(true);
  return observe(action);
}

beforeAll(async () => {
  opened = await openDevice({ device: 'virtual', seed: 11 });
  await opened.groundTruth!.setFaults('off');
});

afterAll(async () => {
  await opened?.close();
});

describe('mis-tap: detected against the prediction, rolled back, run continues', () => {
  it('learns, slips, detects, rolls back and continues', async () => {
    // 1. Learn Settings > Display and back, faults off.
    await opened.device.openApp('com.android.settings');
    const main = await observe({ kind: 'open_app', app: 'com.android.settings' });
    expect(await trueId()).toBe('settings/main');
    const tapDisplay = tapOn('Display');
    const display = await act(tapDisplay);
    expect(await trueId()).toBe('settings/display');
    expect(display.key).not.toBe(main.key);
    const back = await act({ kind: 'back' });
    expect(back.key).toBe(main.key);
    expect(tracker.predict(tapDisplay)?.target).toBe(display.key);

    // 2. Mis-taps on: the same tap slips onto a neighbour.
    await opened.groundTruth!.setFaults('off', { misTapRate: 1 });
    const stable = tracker.lastStable!;
    expect(stable).toBe(main.key);
    const slipped = await act(tapOn('Display'));
    expect(slipped.prediction?.target).toBe(display.key);
    expect(slipped.unexpected).toBe(true);
    expect(slipped.key).not.toBe(display.key);
    expect(await trueId()).not.toBe('settings/display');
    expect(tracker.lastStable).toBe(stable); // the wrong state is not taken as stable

    const slip = ((await opened.groundTruth!.groundTruth()) as unknown as { faults: { log: LoggedFault[] } }).faults.log
      .filter((f) => f.type === 'misTap')
      .at(-1)!;
    expect(slip.screen).toBe('settings/main');
    expect(slip.intended!.label).toBe('Display');
    expect(slip.actual!.label).not.toBe('Display');
    expect(trueIdOfKey.get(slipped.key)).not.toBe(trueIdOfKey.get(display.key));

    // The run judges the slip a failure (it is not what the tap does).
    tracker.rejectLast();

    // 3. Roll back with the fault still on (back presses cannot slip).
    const plan = tracker.pathBackToStable()!;
    expect(plan.target).toBe(stable);
    expect(plan.reachesTarget).toBe(true);
    expect(plan.actions.length).toBeGreaterThan(0);
    expect(plan.actions.every((a) => a.kind === 'back')).toBe(true);
    for (let i = 0; i < plan.actions.length; i++) {
      const r = await act(plan.actions[i]!);
      expect(r.key).toBe(plan.expected[i]);
    }
    expect(tracker.current).toBe(stable);
    expect(await trueId()).toBe(trueIdOfKey.get(stable));
    expect(await trueId()).toBe('settings/main');

    // 4. Faults off, the run continues and reaches the intended screen as predicted.
    await opened.groundTruth!.setFaults('off');
    const again = await act(tapOn('Display'));
    expect(again.key).toBe(display.key);
    expect(again.transition?.target).toBe(display.key);
    expect(tracker.current).toBe(display.key);
    expect(await trueId()).toBe('settings/display');
  }, 60_000);
});
