/** Ground-truth labels and their metrics on hand-made records (the e2e test checks them on the virtual device). */
import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../../../../agent/trajectory/types.ts';
import {
  labelSteps,
  runTruth,
  type FaultEvent,
  type StateDigest,
  type TrueActionRecord,
} from '../../../../benchmarks/truth/index.ts';

function digest(screen: string, settings = 'a', ui = 'u0'): StateDigest {
  return {
    screen,
    foreground: screen.startsWith('launcher') ? 'launcher' : 'com.android.settings',
    apps: { 'com.android.settings': settings, 'com.other': 'x' },
    ui,
    faults: { step: 0, logLength: 0 },
    clock: 0,
  };
}

function rec(before: StateDigest, after: StateDigest, faults: FaultEvent[] = []): TrueActionRecord {
  return { method: 'tap', at: 0, before, after, faults, diff: [] };
}

let n = 0;
function step(kind: StepRecord['kind'], verdict: StepRecord['verdict'], extra: Partial<StepRecord> = {}): StepRecord {
  const index = n++;
  return {
    index,
    kind,
    startedAt: new Date(1000 + index).toISOString(),
    before: { package: 'p', activity: 'a', pageSource: '', width: 1, height: 1, ...(extra.before ?? {}) },
    action: { name: 'tap', input: {}, ...(extra.action ?? {}) },
    verdict,
    verdictReason: '',
    modelCalls: [],
    timings: { observeMs: 0, perceiveMs: 0, fsmMs: 0, decideMs: 0, actMs: 0, verifyMs: 0 },
    deviceActions: 1,
    ...extra,
  } as StepRecord;
}

const popup: FaultEvent = {
  logIndex: 0,
  type: 'popup',
  kind: 'rating',
  event: 'shown',
  screen: 'settings/display',
  package: 'com.android.settings',
};
const misTap: FaultEvent = {
  logIndex: 1,
  type: 'misTap',
  event: 'shown',
  screen: 'settings/main',
  package: 'com.android.settings',
  intended: 'Display',
  actual: 'Sound',
};

describe('ground-truth step labels', () => {
  it('tells effect, no effect, a mis-tap and a pop-up apart, and holds the verdicts against them', () => {
    n = 0;
    const home = digest('launcher/home');
    const main = digest('settings/main');
    const sound = digest('settings/sound');
    const display = digest('settings/display');
    const withPopup = digest('settings/display+fault/rating');
    const dark = digest('settings/display', 'b');
    const steps = [
      step('action', 'success'), // open Settings: effect
      step('action', 'success', { before: { stateKey: 'MAIN' } as StepRecord['before'] }), // mis-tap to Sound, judged success
      step('recovery', 'success', { recovery: { attempt: 1, target: 'MAIN', path: ['back'], purpose: 'rollback' } }),
      step('action', 'success'), // Display, with a pop-up
      step('recovery', 'success', {
        recovery: { attempt: 0, target: 'X', path: ['Not now'], purpose: 'interruption' },
      }),
      step('action', 'no_change'), // a tap on a label: nothing
      step('action', 'fail'), // Dark theme: worked, judged fail
    ];
    const records = [
      rec(home, main),
      rec(main, sound, [misTap]),
      rec(sound, main),
      rec(main, withPopup, [popup]),
      rec(withPopup, display, [{ ...popup, event: 'resolved', how: 'Not now' }]),
      rec(display, display),
      rec(display, dark),
    ];
    const run = labelSteps(steps, records);
    expect(run.alignment).toBe('exact');
    expect(run.labels.map((l) => l.outcome)).toEqual([
      'effect',
      'mis_tap',
      'effect',
      'effect',
      'no_effect',
      'no_effect',
      'effect',
    ]);
    expect(run.labels.map((l) => l.judged)).toEqual([
      'correct',
      'false_success',
      'not_judged',
      'correct',
      'not_judged',
      'correct',
      'false_fail',
    ]);
    expect(run.labels[6]!.changed).toEqual({ screen: false, ui: false, apps: ['com.android.settings'] });
    // The mis-tap and its rollback came back to where they started: the mis-tap was wasted.
    expect(run.labels[1]!.wasted).toBe(true);
    expect(run.labels[2]!.rollback).toEqual({ attempt: 1, intended: 'settings/main', reached: true });

    const truth = runTruth(run);
    expect(truth).toMatchObject({
      agentSteps: 5,
      frameworkSteps: 2,
      judged: 5,
      effective: 3,
      ineffective: 2,
      falseFail: 1,
      falseSuccess: 1,
      rollbacks: { attempts: 1, reached: 1 },
    });
    expect(truth.confusion.mis_tap).toEqual({ success: 1 });
    // Both faults were cleared and the phone was back on track within three steps.
    expect(truth.faults).toMatchObject({ hit: 2, recovered: 2 });
    expect(truth.accurate).toBe(3);
  });

  it('a rollback that missed its screen, and a pop-up never cleared, are counted as such', () => {
    n = 0;
    const main = digest('settings/main');
    const sound = digest('settings/sound');
    const network = digest('settings/network');
    const stuck = digest('settings/network+fault/rating');
    const steps = [
      step('action', 'fail', { before: { stateKey: 'MAIN' } as StepRecord['before'] }),
      step('recovery', 'success', { recovery: { attempt: 1, target: 'MAIN', path: ['back'], purpose: 'rollback' } }),
      step('action', 'success'),
    ];
    const records = [
      rec(main, sound),
      rec(sound, network),
      rec(network, stuck, [{ ...popup, screen: 'settings/network' }]),
    ];
    const run = labelSteps(steps, records);
    expect(run.labels[1]!.rollback).toEqual({ attempt: 1, intended: 'settings/main', reached: false });
    const truth = runTruth(run);
    expect(truth.rollbacks).toEqual({ attempts: 1, reached: 0 });
    expect(truth.faults).toMatchObject({ hit: 1, recovered: 0 });
  });

  it('a pop-up cleared in the middle of a rollback does not split the attempt: its last move is judged', () => {
    n = 0;
    const main = digest('settings/main');
    const sound = digest('settings/sound');
    const withAd = digest('settings/main+fault/ad');
    const rollback = { attempt: 1, target: 'SOUND', path: [], purpose: 'rollback' as const };
    const steps = [
      step('action', 'success', { before: { stateKey: 'SOUND' } as StepRecord['before'] }),
      step('recovery', 'success', { recovery: rollback }), // relaunch: lands on main, an ad on top
      step('recovery', 'success', { recovery: { ...rollback, purpose: 'interruption' } }), // close the ad
      step('recovery', 'success', { recovery: rollback }), // tap Sound: there
    ];
    const records = [
      rec(sound, main),
      rec(main, withAd, [{ ...popup, kind: 'ad', screen: 'settings/main' }]),
      rec(withAd, main),
      rec(main, sound),
    ];
    const run = labelSteps(steps, records);
    expect(run.labels[1]!.rollback).toBeUndefined();
    expect(run.labels[3]!.rollback).toEqual({ attempt: 1, intended: 'settings/sound', reached: true });
    expect(runTruth(run).rollbacks).toEqual({ attempts: 1, reached: 1 });
  });

  it('lines steps up by time when a trajectory has no device-action counts', () => {
    n = 0;
    const a = digest('settings/main');
    const b = digest('settings/sound');
    const steps = [step('action', 'success'), step('action', 'success')].map((s) => {
      const { deviceActions: _d, ...rest } = s;
      return rest as StepRecord;
    });
    const records = [
      { ...rec(a, b), at: Date.parse(steps[0]!.startedAt) },
      { ...rec(b, a), at: Date.parse(steps[1]!.startedAt) },
    ];
    const run = labelSteps(steps, records);
    expect(run.alignment).toBe('time');
    expect(run.labels.map((l) => l.after)).toEqual(['settings/sound', 'settings/main']);
    // Back where it began: both steps undid each other.
    expect(run.labels.every((l) => l.wasted)).toBe(true);
  });
});
