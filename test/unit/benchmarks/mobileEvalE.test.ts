import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadMobileEvalE,
  loadMobileEvalECustom,
  mobileEvalEToBenchTask,
  parseMobileEvalEScenario,
  SuiteLoadError,
  type MobileEvalESuite,
  type MobileEvalETask,
} from '../../../benchmarks/suites/index.ts';
import { testData } from '../../support/sharedData.ts';

const DATA = testData('mobile-eval-e');

let suite: MobileEvalESuite;
const task = (id: string): MobileEvalETask => {
  const t = suite.tasks.find((x) => x.taskId === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};

describe.skipIf(DATA.missing)(DATA.title('Mobile-Eval-E loader on the real data'), () => {
  beforeAll(async () => {
    suite = await loadMobileEvalE(DATA.path);
  });

  it('reads 25 tasks in 5 scenarios, in scenario order', () => {
    expect(suite.tasks).toHaveLength(25);
    expect(suite.scenarios.map((s) => [s.scenarioId, s.scenario, s.length, s.tasks.length])).toEqual([
      [1, 'RESTAURANT_RECOMMENDATION', 5, 5],
      [2, 'INFORMATION_RESEARCHING', 5, 5],
      [3, 'ONLINE_SHOPPING', 5, 5],
      [4, 'WHATS_TRENDING', 5, 5],
      [5, 'TRAVEL_PLANNING', 5, 5],
    ]);
    expect(suite.tasks.filter((t) => t.type === 'single_app')).toHaveLength(7);
    expect(suite.tasks.every((t) => t.rubrics.length >= 6 && t.humanReferenceOperations.length >= 6)).toBe(true);
  });

  it('types each field of a task', () => {
    const t = task('1_late_night_korean_food');
    expect(t.instruction).toBe(
      'Find the best-rated late-night Korean restaurant in Champaign, IL that opens beyond 9pm on Google Maps.',
    );
    expect(t.type).toBe('single_app');
    expect(t.apps).toEqual(['Maps']);
    expect(t.rubrics).toHaveLength(6);
    expect(t.rubrics[0]).toBe('Opened Maps');
    expect(t.rubrics[5]).toBe(
      'Stopped at the screen showing a highly-rated korean restaurant in Champaign, IL that opens beyond 9pm',
    );
    expect(t.humanReferenceOperations).toHaveLength(14);
    expect(t.humanReferenceOperations.slice(0, 3)).toEqual([
      'open maps',
      'tap on search bar',
      "type 'late-night Korean restaurants in Champaign, IL'",
    ]);
    expect(t.scenario).toBe('RESTAURANT_RECOMMENDATION');
    expect(path.basename(t.file)).toBe('scenario_1_v1.json');
  });

  it('keeps multi-app tasks and the data as written', () => {
    expect(task('3_nintendo_switch_joy_con')).toMatchObject({
      type: 'multi_app',
      apps: ['Amazon Shopping', 'Best Buy', 'Walmart'],
    });
    expect(task('3_nintendo_switch_joy_con').rubrics).toHaveLength(11);
    expect(task('3_nintendo_switch_joy_con').humanReferenceOperations).toHaveLength(20);
    expect(task('4_x_back_myth_wukong').instruction).toBe(
      'Find the top posts about the game \'Black Myth Wukong\' on "X" and summarize the key highlights in Notes.',
    );
    // Typed single_app in the data although two apps are listed: kept as written.
    expect(task('4_movie_trending')).toMatchObject({ type: 'single_app', apps: ['Fandango', 'Notes'] });
    expect(task('2_mcdonalds_deals').apps).toEqual(["McDonald's", 'Maps']);
  });

  it('converts to BenchTasks judged by rubrics', () => {
    const b = mobileEvalEToBenchTask(task('5_hotel_champaign'));
    expect(b).toMatchObject({
      id: '5_hotel_champaign',
      suite: 'mobile-eval-e',
      apps: ['Booking', 'Maps'],
      difficulty: null,
      goldenSteps: 24,
      launch: { mode: 'home' },
      crossApp: true,
      category: 'TRAVEL_PLANNING',
      success: { kind: 'rubric', threshold: 1 },
    });
    expect(b.success.kind === 'rubric' && b.success.rubrics).toHaveLength(9);
    expect(mobileEvalEToBenchTask(task('5_hotel_champaign'), 0.8).success).toMatchObject({ threshold: 0.8 });
  });

  it('reads the custom task example, which has no rubrics', async () => {
    const c = await loadMobileEvalECustom(path.join(DATA.path, 'custom_tasks_example.json'));
    expect(c.scenario).toBe('testing');
    expect(c.scenarioId).toBe(0);
    expect(c.tasks.map((t) => [t.taskId, t.type, t.apps, t.rubrics])).toEqual([
      ['testing_0', 'single_app', ['Notes'], []],
      ['testing_1', 'multi_app', ['Google', 'Notes'], []],
    ]);
    expect(mobileEvalEToBenchTask(c.tasks[0] as MobileEvalETask).goldenSteps).toBeNull();
  });
});

describe('Mobile-Eval-E loader errors', () => {
  const ok = {
    task_id: 't',
    instruction: 'i',
    type: 'single_app',
    apps: ['A'],
    rubrics: ['r'],
    human_reference_operations: ['o'],
  };
  it('checks length, type and rubrics', () => {
    expect(() =>
      parseMobileEvalEScenario('f.json', { scenario: 's', scenario_id: 1, length: 2, tasks: [ok] }, true),
    ).toThrow(/"length" says 2 but there are 1 tasks/);
    expect(() =>
      parseMobileEvalEScenario(
        'f.json',
        { scenario: 's', scenario_id: 1, length: 1, tasks: [{ ...ok, type: 'both' }] },
        true,
      ),
    ).toThrow(/tasks\[0\].*single_app or multi_app/);
    expect(() =>
      parseMobileEvalEScenario(
        'f.json',
        { scenario: 's', scenario_id: 1, length: 1, tasks: [{ ...ok, rubrics: undefined }] },
        true,
      ),
    ).toThrow(SuiteLoadError);
    expect(
      parseMobileEvalEScenario(
        'f.json',
        { scenario: 's', scenario_id: 1, length: 1, tasks: [{ ...ok, rubrics: undefined }] },
        false,
      ).tasks[0]?.rubrics,
    ).toEqual([]);
  });
  it('names a missing folder', async () => {
    await expect(loadMobileEvalE('/nonexistent/mee')).rejects.toThrow(/folder not found/);
  });
});
