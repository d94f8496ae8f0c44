import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertAppsInstalled,
  BenchConfigError,
  importOptional,
  loadSuite,
  loadTaskFile,
  MissingAppsError,
  missingApps,
  NotBuiltError,
  parseTaskList,
  selectTasks,
  virtualDeviceApps,
} from '../../../../benchmarks/runner/index.ts';
import { task } from './fakes.ts';

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

  it("gives file tasks the virtual suite's step budget, max(10, 2 x golden + 1), unless they set maxSteps", () => {
    const state = { kind: 'state', predicate: { path: 'a', equals: 1 } };
    const taps = (n: number) => Array.from({ length: n }, () => ({ do: 'back' }));
    const [short, long, own, unknown, golden] = parseTaskList(
      [
        { id: 'short', instruction: 'i', success: state, reference: taps(3) },
        { id: 'long', instruction: 'i', success: state, reference: [...taps(7), { do: 'answer', text: 'x' }] },
        { id: 'own', instruction: 'i', success: state, reference: taps(7), maxSteps: 12 },
        { id: 'unknown', instruction: 'i', success: state },
        { id: 'golden', instruction: 'i', success: state, goldenSteps: 6 },
      ],
      'f.json',
    );
    expect(short).toMatchObject({ goldenSteps: 3, maxSteps: 10 });
    expect(long).toMatchObject({ goldenSteps: 7, maxSteps: 15 });
    expect(own).toMatchObject({ goldenSteps: 7, maxSteps: 12 });
    expect(unknown!.goldenSteps).toBeNull();
    expect(unknown!.maxSteps).toBeUndefined();
    expect(golden).toMatchObject({ goldenSteps: 6, maxSteps: 13 });
    const bad = (extra: Record<string, unknown>) => () =>
      parseTaskList([{ id: 'b', instruction: 'i', success: state, ...extra }], 'f.json');
    expect(bad({ maxSteps: 0 })).toThrow(/f\.json: task 1 \(b\): "maxSteps" must be a whole number >= 1, got 0/);
    expect(bad({ maxSteps: '20' })).toThrow(/"maxSteps" must be a whole number/);
    expect(bad({ goldenSteps: 2.5 })).toThrow(/"goldenSteps" must be a whole number >= 0, got 2.5/);
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
