import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadSpaBench,
  renderSubtask,
  spaBenchToBenchTask,
  SuiteLoadError,
  type SpaBenchCrossAppTask,
  type SpaBenchSingleAppTask,
  type SpaBenchSuite,
} from '../../../benchmarks/suites/index.ts';
import { testData } from '../../support/sharedData.ts';

const DATA = testData('spa-bench');

let suite: SpaBenchSuite;
const single = (lang: 'ENG' | 'CHN', id: string): SpaBenchSingleAppTask => {
  const t = suite.singleApp.find((x) => x.language === lang && x.id === id);
  if (!t) throw new Error(`no ${lang} ${id}`);
  return t;
};
const cross = (id: string): SpaBenchCrossAppTask => {
  const t = suite.crossApp.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id}`);
  return t;
};

describe.skipIf(DATA.missing)(DATA.title('SPA-Bench loader on the real dataset'), () => {
  beforeAll(async () => {
    suite = await loadSpaBench(DATA.path);
  });

  it('reads all 340 tasks and 40 splits', () => {
    expect(suite.tasks).toHaveLength(340);
    expect(suite.singleApp.filter((t) => t.language === 'ENG')).toHaveLength(150);
    expect(suite.singleApp.filter((t) => t.language === 'CHN')).toHaveLength(150);
    expect(suite.crossApp.filter((t) => t.language === 'ENG')).toHaveLength(20);
    expect(suite.crossApp.filter((t) => t.language === 'CHN')).toHaveLength(20);
    expect(suite.splits.size).toBe(40);
    expect(suite.appOrder.size).toBe(40);
  });

  it('handles the byte-order marks: the first column name and id are clean', () => {
    expect(suite.bom).toEqual({
      'single-app-ENG.csv': false,
      'single-app-CHN.csv': true,
      'cross-app-ENG.csv': true,
      'cross-app-CHN.csv': true,
      'task_app_order.csv': false,
    });
    expect(suite.singleApp.find((t) => t.language === 'CHN')?.id).toBe('alipay_0');
    expect(suite.crossApp[0]?.id).toBe('General_Tool_0_ENG');
    expect(suite.tasks.every((t) => !t.id.startsWith('\uFEFF'))).toBe(true);
  });

  it('types an English single-app row field by field', () => {
    const t = single('ENG', 'airbnb_1');
    expect(t).toMatchObject({
      kind: 'single-app',
      app: 'airbnb',
      appChinese: null,
      language: 'ENG',
      description: "Get the search results for stay tonight near 'wembley stadium' for 1 adult.",
      difficulty: 2,
      goldenSteps: 9,
      keyComponents: ['1', 'guest', 'wembley', 'stadium'],
      adbApp: 'com.airbnb.android',
      adbHomePage: 'com.airbnb.android.feat.homescreen.HomeActivity',
      isCrossApp: false,
      maxRounds: 19,
      launch: {
        mode: 'app',
        package: 'com.airbnb.android',
        activity: 'com.airbnb.android.feat.homescreen.HomeActivity',
      },
      source: { file: 'single-app-ENG.csv', record: 3 },
    });
    expect(t.prompt).toBe(`This is the opened app "airbnb". ${t.description}`);
    expect(single('ENG', 'amazon_1').keyComponents).toEqual(['sunglasses', 'checkout']);
    expect(single('ENG', 'amazon_0').keyComponents).toEqual(['sunglasses']);
  });

  it('keeps quotes inside descriptions', () => {
    expect(single('ENG', 'quora_2').description).toContain('Add a comment \'Worth thinking" to the answer.');
    expect(cross('Multi_Apps_1_CHN').description).toBe(
      '分别在淘宝和京东搜索"华为Mate60Pro"，然后在腾讯文档里新建一个"华为Mate60Pro"价格的文档，把淘宝和京东搜索到的价格记录下来',
    );
  });

  it('types a Chinese single-app row with its Chinese app name', () => {
    const t = single('CHN', 'alipay_1');
    expect(t).toMatchObject({
      app: 'alipay',
      appChinese: '支付宝',
      language: 'CHN',
      description: '进入汇率换算小程序，查看港币兑欧元汇率。',
      difficulty: 2,
      goldenSteps: 9,
      keyComponents: ['港币', '欧元'],
      adbApp: 'com.eg.android.AlipayGphone',
      adbHomePage: 'com.eg.android.AlipayGphone.AlipayLogin',
    });
    expect(t.prompt).toBe('这是已打开的"支付宝"应用程序，进入汇率换算小程序，查看港币兑欧元汇率。');
    expect(single('CHN', 'bilibili_0').keyComponents).toEqual(['游戏解说', '搜索']);
    // A missing comma in the data: Python (and SPA-Bench) reads it as one string.
    expect(single('CHN', 'hanglvzongheng_1').keyComponents).toEqual(['首都大兴', '宝安']);
  });

  it('has three difficulty levels of 50 tasks each per language', () => {
    for (const lang of ['ENG', 'CHN'] as const) {
      const levels = suite.singleApp.filter((t) => t.language === lang).map((t) => t.difficulty);
      expect([1, 2, 3].map((l) => levels.filter((x) => x === l).length)).toEqual([50, 50, 50]);
    }
  });

  it('types a cross-app row with its list of apps, app order, launch from home and packages', () => {
    const t = cross('General_Tool_0_ENG');
    expect(t).toMatchObject({
      kind: 'cross-app',
      category: 'General_Tool',
      language: 'ENG',
      apps: ['Google Play Store', 'Setting'],
      appOrder: ['Google Play Store', 'Settings'],
      difficulty: 1,
      goldenSteps: 15,
      isCrossApp: true,
      launch: { mode: 'home' },
      maxRounds: 31,
    });
    expect(t.prompt).toBe(t.description);
    expect(t.appRefs.map((r) => [r.name, r.package, r.activity, r.source])).toEqual([
      ['Google Play Store', 'com.android.vending', 'com.android.vending.AssetBrowserActivity', 'single-app-csv'],
      ['Settings', 'com.android.settings', 'com.android.settings.Settings', 'single-app-csv'],
    ]);
    // Same name, other language: CHN tasks run on Huawei phones with another Settings activity.
    expect(cross('General_Tool_1_CHN').appRefs[0]).toMatchObject({
      name: '设置',
      package: 'com.android.settings',
      activity: 'com.android.settings.MainSettings',
    });
    expect(cross('Multi_Apps_0_ENG').appRefs[2]).toMatchObject({
      name: 'eBay',
      package: 'com.ebay.mobile',
      activity: null,
      source: 'app-table',
    });
    expect(cross('Multi_Apps_4_CHN').appRefs.map((r) => r.package)).toEqual([
      'com.huawei.browser',
      'com.taobao.taobao',
      'com.huawei.photos',
    ]);
  });

  it('resolves a package for every app of every cross-app task', () => {
    const unresolved = suite.crossApp.flatMap((t) =>
      t.appRefs.filter((r) => r.package === null).map((r) => `${t.id}:${r.name}`),
    );
    expect(unresolved).toEqual([]);
    expect(suite.crossApp.every((t) => t.split !== null && t.appOrder !== null)).toBe(true);
  });

  it('parses {memory} placeholders into links between subtasks', () => {
    const s = suite.splits.get('Multi_Apps_1_CHN');
    expect(s?.subtasks.map((x) => [x.index, x.app, x.history, x.memoryOutput])).toEqual([
      [1, '淘宝', false, '华为Mate60Pro价格_淘宝'],
      [2, '京东', false, '华为Mate60Pro价格_京东'],
      [3, '腾讯文档', true, null],
    ]);
    expect(s?.memoryLinks).toEqual([
      { name: '华为Mate60Pro价格_淘宝', from: 1, to: 3 },
      { name: '华为Mate60Pro价格_京东', from: 2, to: 3 },
    ]);
    const third = s?.subtasks[2];
    expect(third?.segments).toEqual([
      { kind: 'text', text: "新建一个'华为Mate60Pro'价格的文档，并记录" },
      { kind: 'memory', name: '华为Mate60Pro价格_淘宝', from: 1 },
      { kind: 'text', text: '和' },
      { kind: 'memory', name: '华为Mate60Pro价格_京东', from: 2 },
    ]);
    expect(third && renderSubtask(third, { 华为Mate60Pro价格_淘宝: '¥6999', 华为Mate60Pro价格_京东: '¥6899' })).toBe(
      "新建一个'华为Mate60Pro'价格的文档，并记录¥6999和¥6899",
    );
    expect(cross('Multi_Apps_2_CHN').split?.memoryLinks).toEqual([
      { name: '餐厅', from: 1, to: 2 },
      { name: '驾车路线', from: 2, to: 3 },
    ]);
  });

  it('reads split details: alternatives, no-memory subtasks, four subtasks', () => {
    expect(suite.splits.get('Web_Shopping_1_ENG')?.subtasks[2]).toMatchObject({
      app: 'Amazon/Temu',
      appAlternatives: ['Amazon', 'Temu'],
      placeholders: ['Catan price on Amazon', 'Catan price on Temu'],
    });
    expect(suite.splits.get('General_Tool_0_ENG')?.memoryLinks).toEqual([]);
    expect(suite.splits.get('General_Tool_0_ENG')?.subtasks[0]?.memoryOutput).toBeNull();
    expect(suite.splits.get('Multi_Apps_2_ENG')?.subtasks.map((s) => s.app)).toEqual([
      'Google Play Store',
      'Triller',
      'Settings',
      'Triller',
    ]);
    expect(suite.splits.get('Multi_Apps_0_ENG')?.memoryLinks).toEqual([
      { name: 'biography book', from: 1, to: 2 },
      { name: 'biography book', from: 1, to: 3 },
    ]);
  });

  it('converts to BenchTasks with unique ids and SPA-Bench success specs', () => {
    const tasks = suite.tasks.map(spaBenchToBenchTask);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(340);
    const a = tasks.find((t) => t.id === 'airbnb_1_ENG');
    expect(a).toMatchObject({
      sourceId: 'airbnb_1',
      suite: 'spa-bench',
      apps: ['airbnb'],
      difficulty: 2,
      goldenSteps: 9,
      maxSteps: 19,
      crossApp: false,
      success: { kind: 'spa-bench', keyComponents: ['1', 'guest', 'wembley', 'stadium'] },
    });
    const c = tasks.find((t) => t.id === 'Web_Shopping_1_ENG');
    expect(c).toMatchObject({
      apps: ['Amazon', 'Temu'],
      launch: { mode: 'home' },
      crossApp: true,
      category: 'Web_Shopping',
      success: { kind: 'spa-bench', keyComponents: null },
    });
    expect(c?.success.kind === 'spa-bench' && c.success.subtasks?.length).toBe(3);
  });
});

describe('SPA-Bench loader errors', () => {
  function copyDataset(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spa-'));
    cpSync(DATA.path, dir, { recursive: true });
    return dir;
  }

  it('names the folder when it does not exist', async () => {
    await expect(loadSpaBench('/nonexistent/spa-bench')).rejects.toThrow(SuiteLoadError);
  });

  it.skipIf(DATA.missing)(DATA.title('names file, record and column for a bad cell'), async () => {
    const dir = copyDataset();
    writeFileSync(
      path.join(dir, 'single-app-ENG.csv'),
      "task_identifier,task_app,task_language,task_description,task_difficulty,golden_steps,key_component_final,adb_app,adb_home_page,is_cross_app\nx_0,x,ENG,Do it.,4,3,['a'],p,p.A,N\n",
    );
    await expect(loadSpaBench(dir)).rejects.toThrow(
      /single-app-ENG\.csv \(record 2, x_0\): task_difficulty must be an integer in 1\.\.3, got "4"/,
    );
  });

  it.skipIf(DATA.missing)(DATA.title('rejects a split whose placeholder no earlier subtask produces'), async () => {
    const dir = copyDataset();
    mkdirSync(path.join(dir, 'cross-app-split'), { recursive: true });
    writeFileSync(
      path.join(dir, 'cross-app-split', 'General_Tool_0_ENG.json'),
      JSON.stringify({
        task_description: 't',
        subtask_1: { app: 'A', task: 'use {thing}', history: false, memory: 'None' },
      }),
    );
    await expect(loadSpaBench(dir)).rejects.toThrow(/placeholder \{thing\} is not the memory of an earlier subtask/);
  });
});
