import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../../../../agent/trajectory/types.ts';
import {
  assertAppsInstalled,
  BenchConfigError,
  countIntendedActions,
  importOptional,
  loadSuite,
  loadTaskFile,
  MissingAppsError,
  missingApps,
  NotBuiltError,
  parseTaskList,
  selectTasks,
  virtualDeviceApps,
  type TrueActionRecord,
} from '../../../../benchmarks/runner/index.ts';
import { task } from './fakes.ts';

function step(index: number, t: number, extra: Partial<StepRecord> = {}): StepRecord {
  return {
    index,
    kind: 'action',
    startedAt: new Date(t).toISOString(),
    before: { package: 'p', activity: 'a', pageSource: 'x', width: 1, height: 1 },
    action: { name: 'tap', input: {} },
    verdict: 'success',
    verdictReason: '',
    modelCalls: [],
    timings: { observeMs: 0, perceiveMs: 0, fsmMs: 0, decideMs: 0, actMs: 0, verifyMs: 0 },
    ...extra,
  };
}

const keyed = (index: number, t: number, before: string, after: string, extra: Partial<StepRecord> = {}): StepRecord =>
  step(index, t, {
    before: { package: 'p', activity: 'a', pageSource: 'x', width: 1, height: 1, stateKey: before },
    after: { package: 'p', activity: 'a', stateKey: after },
    ...extra,
  });

const rec = (at: number, before: string, after: string, error?: string): TrueActionRecord => ({
  method: 'tap',
  at,
  before,
  after,
  ...(error ? { error } : {}),
});

describe('countIntendedActions', () => {
  it('counts verifier successes when there is no ground truth', () => {
    const r = countIntendedActions(
      [step(0, 0), step(1, 10, { verdict: 'fail' }), step(2, 20, { verdict: 'no_change' })],
      null,
    );
    expect(r.intended).toBe(1);
    expect(r.perStep.map((s) => s.intended)).toEqual([true, false, false]);
  });

  it('judges by ground truth alone, the same with or without FSM state keys: the verdict plays no part', () => {
    const steps = [keyed(0, 100, 'A', 'B', { verdict: 'fail' }), step(1, 200, { verdict: 'success' }), keyed(2, 300, 'B', 'B'), step(3, 400)];
    const records = [rec(110, 's1', 's2'), rec(210, 's2', 's3'), rec(310, 's3', 's3'), { ...rec(410, 's3', 's4'), misTap: { intended: 'Display', actual: 'Sound' } }];
    const r = countIntendedActions(steps, records);
    expect(r.perStep.map((s) => s.intended)).toEqual([true, true, true, false]);
    expect(r.perStep[3]!.why).toMatch(/mis-tapped: aimed at "Display", hit "Sound"/);
  });

  it('matches steps to records by time, skipping setup actions and failing steps with no device action', () => {
    const steps = [keyed(0, 100, 'A', 'B'), keyed(1, 200, 'B', 'C'), keyed(2, 300, 'C', 'D')];
    // 50: setup (before the first step); nothing between 200 and 300; 310 belongs to step 2.
    const records = [rec(50, 'h', 'h'), rec(120, 's1', 's2'), rec(310, 's2', 's3')];
    const r = countIntendedActions(steps, records);
    expect(r.perStep.map((s) => s.intended)).toEqual([true, false, true]);
    expect(r.perStep[1]!.why).toMatch(/no device action/);
  });

  it('a device error is never intended; waits need no record; recovery steps count like others', () => {
    const r = countIntendedActions(
      [step(0, 100), step(1, 200, { action: { name: 'wait', input: {} } }), step(2, 300, { kind: 'recovery', action: { name: 'back', input: {} } })],
      [rec(110, 's1', 's1', 'element not found'), rec(310, 's2', 's1')],
    );
    expect(r.perStep.map((s) => s.intended)).toEqual([false, true, true]);
  });

  it("a scripted model's deliberate errors are not intended: each belongs to the first non-recovery step after it", () => {
    const steps = [step(0, 100), step(1, 200), step(2, 300, { kind: 'recovery' }), step(3, 400)];
    const records = [rec(110, 'a', 'b'), rec(210, 'b', 'x'), rec(310, 'x', 'b'), rec(410, 'b', 'c')];
    const intents = [
      { at: 95, deliberateError: false },
      { at: 190, deliberateError: true },
      { at: 390, deliberateError: false },
    ];
    const r = countIntendedActions(steps, records, intents);
    expect(r.perStep.map((s) => s.intended)).toEqual([true, false, true, true]);
    expect(r.perStep[1]!.why).toMatch(/on purpose/);
  });
});

describe('task selection and task files', () => {
  const tasks = [task('settings_wifi'), task('settings_bt'), task('clock_alarm', { sourceId: 'alarm_src' })];

  it('selects by ids and globs, keeping suite order', () => {
    expect(selectTasks(tasks, undefined)).toHaveLength(3);
    expect(selectTasks(tasks, 'clock_alarm,settings_*').map((t) => t.id)).toEqual([
      'settings_wifi',
      'settings_bt',
      'clock_alarm',
    ]);
    expect(selectTasks(tasks, 'alarm_src').map((t) => t.id)).toEqual(['clock_alarm']);
    expect(() => selectTasks(tasks, 'settings_wfi')).toThrow(/no task has the id "settings_wfi"/);
    expect(() => selectTasks(tasks, 'zzz*')).toThrow(BenchConfigError);
  });

  it('parses a task file with defaults and validates predicates', async () => {
    const list = parseTaskList(
      [
        {
          id: 'x',
          instruction: 'do x',
          apps: ['A', 'B'],
          success: { kind: 'state', predicate: { path: 'a', equals: 1 } },
          reference: [{ do: 'back' }, { do: 'answer', text: 'y' }],
        },
      ],
      'f.json',
    );
    expect(list[0]).toMatchObject({
      suite: 'custom',
      seed: 1,
      faultProfile: 'none',
      launch: { mode: 'home' },
      crossApp: true,
      goldenSteps: 1,
      difficulty: null,
    });
    expect(() =>
      parseTaskList(
        [{ id: 'x', instruction: 'i', success: { kind: 'state', predicate: { path: 'a', equalz: 1 } } }],
        'f.json',
      ),
    ).toThrow(/f\.json: task 1\.success\.predicate/);
    expect(() => parseTaskList([{ id: 'x', success: { kind: 'state' } }], 'f.json')).toThrow(/instruction/);
    expect(() => parseTaskList([], 'f.json')).toThrow(/non-empty/);
    const dir = await mkdtemp(path.join(tmpdir(), 'maple-tasks-'));
    await writeFile(
      path.join(dir, 't.json'),
      JSON.stringify({ tasks: [{ id: 'y', instruction: 'i', success: { kind: 'rubric', rubrics: ['r'] } }] }),
    );
    expect((await loadSuite(`file:${path.join(dir, 't.json')}`)).map((t) => t.id)).toEqual(['y']);
    await expect(loadTaskFile(path.join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
  });

  it('names unknown suites and missing --data', async () => {
    await expect(loadSuite('androidworld')).rejects.toThrow(/unknown --suite "androidworld"/);
    await expect(loadSuite('spa-bench')).rejects.toThrow(/needs --data/);
    await expect(loadSuite('mobile-eval-e')).rejects.toThrow(/needs --data/);
  });
});

describe('missing apps on the virtual device', () => {
  it('the virtual device lists its apps; SPA-Bench-style tasks are refused naming the apps', async () => {
    const installed = await virtualDeviceApps();
    expect(installed.map((a) => a.label)).toEqual(expect.arrayContaining(['Settings', 'Clock']));
    expect(missingApps(task('ok', { apps: ['Settings', 'clock'] }), installed)).toEqual([]);
    expect(
      missingApps(task('ok2', { apps: [], launch: { mode: 'app', package: 'com.android.settings' } }), installed),
    ).toEqual([]);
    const airbnb = task('airbnb_1', { apps: ['Airbnb'], launch: { mode: 'app', package: 'com.airbnb.android' } });
    const cross = task('Multi_1', { apps: ['Amazon', 'Settings', 'WhatsApp'] });
    expect(missingApps(cross, installed)).toEqual(['Amazon', 'WhatsApp']);
    let err: unknown;
    try {
      assertAppsInstalled([airbnb, cross, task('fine', { apps: ['Settings'] })], installed, 'virtual device');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MissingAppsError);
    expect((err as Error).message).toMatch(
      /2 of 3 task\(s\) need apps the virtual device does not have: Airbnb, Amazon, WhatsApp/,
    );
    expect((err as Error).message).toMatch(/--device <appium url>/);
    expect([...(err as MissingAppsError).missing.keys()]).toEqual(['airbnb_1', 'Multi_1']);
  });
});

describe('importOptional', () => {
  it('reports a module that does not exist as not built, and rethrows errors inside an existing one', async () => {
    await expect(
      importOptional(new URL('./fixtures/notThere.ts', import.meta.url), 'The thing is not built'),
    ).rejects.toThrow(NotBuiltError);
    await expect(
      importOptional(new URL('./fixtures/notThere.ts', import.meta.url), 'The thing is not built'),
    ).rejects.toThrow(/The thing is not built: .*notThere\.ts does not exist yet/);
    const broken = importOptional(new URL('./fixtures/brokenModule.ts', import.meta.url), 'x');
    await expect(broken).rejects.not.toBeInstanceOf(NotBuiltError);
    await expect(broken).rejects.toThrow(/doesNotExist/);
  });
});
