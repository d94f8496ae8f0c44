/**
 * SPA-Bench loader: reads the task CSVs, the task-app order and the
 * cross-app splits from the folder where the user keeps SPA-Bench's
 * `dataset/` (tests: the spa-bench folder of the third-party data, benchmarks/data/sharedData.ts), checks every column, and
 * converts tasks to `BenchTask`s with the start SPA-Bench uses.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BenchTask } from '../types.ts';
import { parseCsv, CsvSyntaxError } from './parseCsv.ts';
import { parsePyStringList, PyListSyntaxError } from './parsePyStringList.ts';
import { SuiteLoadError } from './SuiteLoadError.ts';
import { createAppResolver } from './spaBenchApps.ts';
import { parseSpaBenchSplit } from './spaBenchSplit.ts';
import type {
  SpaBenchCrossAppTask,
  SpaBenchLanguage,
  SpaBenchLevel,
  SpaBenchSingleAppTask,
  SpaBenchSplit,
  SpaBenchSuite,
  SpaBenchTask,
} from './spaBenchTypes.ts';

export const SPA_BENCH_FILES = {
  singleApp: { ENG: 'single-app-ENG.csv', CHN: 'single-app-CHN.csv' },
  crossApp: { ENG: 'cross-app-ENG.csv', CHN: 'cross-app-CHN.csv' },
  appOrder: 'task_app_order.csv',
  splitDir: 'cross-app-split',
} as const;

const SINGLE_COLUMNS = [
  'task_identifier',
  'task_app',
  'task_language',
  'task_description',
  'task_difficulty',
  'golden_steps',
  'key_component_final',
  'adb_app',
  'adb_home_page',
  'is_cross_app',
];
const CROSS_COLUMNS = [
  'task_identifier',
  'category',
  'task_language',
  'task_app',
  'task_description',
  'task_difficulty',
  'golden_steps',
  'is_cross_app',
];

type Row = Record<string, string>;

async function readTable(dir: string, file: string, required: string[]): Promise<{ rows: Row[]; hadBom: boolean }> {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    throw new SuiteLoadError(
      full,
      `file not found: point the loader at SPA-Bench's dataset folder (the one holding ${file}, cross-app-split/ and task_app_order.csv)`,
    );
  }
  const text = await readFile(full, 'utf8');
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new SuiteLoadError(full, e.message);
    throw e;
  }
  const missing = required.filter((c) => !table.header.includes(c));
  if (missing.length)
    throw new SuiteLoadError(full, `missing column(s) ${missing.join(', ')}; header is ${table.header.join(', ')}`);
  return { rows: table.rows, hadBom: table.hadBom };
}

function field(row: Row, col: string, file: string, record: number): string {
  const v = row[col];
  if (v === undefined || v.trim() === '')
    throw new SuiteLoadError(file, `empty ${col}`, `record ${record}, ${row['task_identifier'] ?? '?'}`);
  return v;
}

function intField(row: Row, col: string, file: string, record: number, min: number, max: number): number {
  const raw = field(row, col, file, record);
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new SuiteLoadError(
      file,
      `${col} must be an integer in ${min}..${max}, got ${JSON.stringify(raw)}`,
      `record ${record}, ${row['task_identifier']}`,
    );
  }
  return n;
}

function listField(row: Row, col: string, file: string, record: number): string[] {
  try {
    return parsePyStringList(field(row, col, file, record));
  } catch (e) {
    if (e instanceof PyListSyntaxError)
      throw new SuiteLoadError(file, `${col}: ${e.message}`, `record ${record}, ${row['task_identifier']}`);
    throw e;
  }
}

function checkLanguage(row: Row, file: string, record: number, expected: SpaBenchLanguage): SpaBenchLanguage {
  const lang = field(row, 'task_language', file, record);
  if (lang !== expected)
    throw new SuiteLoadError(
      file,
      `task_language must be ${expected} in this file, got ${lang}`,
      `record ${record}, ${row['task_identifier']}`,
    );
  return lang;
}

function checkCrossFlag(row: Row, file: string, record: number, expected: 'Y' | 'N'): void {
  const v = field(row, 'is_cross_app', file, record);
  if (v !== expected)
    throw new SuiteLoadError(
      file,
      `is_cross_app must be ${expected} in this file, got ${v}`,
      `record ${record}, ${row['task_identifier']}`,
    );
}

function singlePrompt(language: SpaBenchLanguage, app: string, appChinese: string | null, description: string): string {
  // The exact prefix SPA-Bench's BaseAgent.execute_task puts before single-app tasks.
  return language === 'ENG'
    ? `This is the opened app "${app}". ${description}`
    : `这是已打开的"${appChinese ?? app}"应用程序，${description}`;
}

async function loadSingle(
  dir: string,
  language: SpaBenchLanguage,
): Promise<{ tasks: SpaBenchSingleAppTask[]; hadBom: boolean }> {
  const file = SPA_BENCH_FILES.singleApp[language];
  const full = path.join(dir, file);
  const required = language === 'CHN' ? [...SINGLE_COLUMNS, 'task_app_CHN'] : SINGLE_COLUMNS;
  const { rows, hadBom } = await readTable(dir, file, required);
  const tasks = rows.map((row, i): SpaBenchSingleAppTask => {
    const record = i + 2;
    const id = field(row, 'task_identifier', full, record);
    const app = field(row, 'task_app', full, record);
    const appChinese = language === 'CHN' ? field(row, 'task_app_CHN', full, record) : null;
    const description = field(row, 'task_description', full, record);
    const goldenSteps = intField(row, 'golden_steps', full, record, 1, 1000);
    const adbApp = field(row, 'adb_app', full, record);
    const adbHomePage = field(row, 'adb_home_page', full, record);
    checkCrossFlag(row, full, record, 'N');
    return {
      kind: 'single-app',
      id,
      language: checkLanguage(row, full, record, language),
      app,
      appChinese,
      description,
      difficulty: intField(row, 'task_difficulty', full, record, 1, 3) as SpaBenchLevel,
      goldenSteps,
      keyComponents: listField(row, 'key_component_final', full, record),
      adbApp,
      adbHomePage,
      isCrossApp: false,
      prompt: singlePrompt(language, app, appChinese, description),
      maxRounds: goldenSteps * 2 + 1,
      launch: { mode: 'app', package: adbApp, activity: adbHomePage },
      source: { file, record },
    };
  });
  return { tasks, hadBom };
}

async function loadAppOrder(dir: string): Promise<{ order: Map<string, string[]>; hadBom: boolean }> {
  const file = SPA_BENCH_FILES.appOrder;
  const full = path.join(dir, file);
  const { rows, hadBom } = await readTable(dir, file, ['task_identifier', 'task_app_order']);
  const order = new Map<string, string[]>();
  rows.forEach((row, i) => {
    const id = field(row, 'task_identifier', full, i + 2);
    if (order.has(id)) throw new SuiteLoadError(full, `duplicate task_identifier ${id}`, `record ${i + 2}`);
    order.set(id, listField(row, 'task_app_order', full, i + 2));
  });
  return { order, hadBom };
}

async function loadSplits(dir: string): Promise<Map<string, SpaBenchSplit>> {
  const splitDir = path.join(dir, SPA_BENCH_FILES.splitDir);
  if (!existsSync(splitDir))
    throw new SuiteLoadError(
      splitDir,
      'folder not found: SPA-Bench keeps the cross-app subtask splits in cross-app-split/',
    );
  const names = (await readdir(splitDir)).filter((n) => n.endsWith('.json')).sort();
  const splits = new Map<string, SpaBenchSplit>();
  for (const name of names) {
    const full = path.join(splitDir, name);
    const text = (await readFile(full, 'utf8')).replace(/^\uFEFF/, '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new SuiteLoadError(full, `invalid JSON: ${(e as Error).message}`);
    }
    const taskId = name.slice(0, -'.json'.length);
    splits.set(taskId, parseSpaBenchSplit(taskId, full, json));
  }
  return splits;
}

/** Distinct app names in first-use order; "Amazon/Temu" (either app) counts as both. */
function uniqueApps(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names.flatMap((x) => x.split('/')).map((x) => x.trim())) if (n && !out.includes(n)) out.push(n);
  return out;
}

/** Reads the whole SPA-Bench dataset folder. Throws SuiteLoadError naming the file and record on any bad cell. */
export async function loadSpaBench(dir: string): Promise<SpaBenchSuite> {
  const absDir = path.resolve(dir);
  if (!existsSync(absDir))
    throw new SuiteLoadError(absDir, "folder not found: give the path of SPA-Bench's dataset folder");
  const [eng, chn, orderRes, splits] = await Promise.all([
    loadSingle(absDir, 'ENG'),
    loadSingle(absDir, 'CHN'),
    loadAppOrder(absDir),
    loadSplits(absDir),
  ]);
  const singleApp = [...eng.tasks, ...chn.tasks];
  const resolve = createAppResolver(singleApp);
  const bom: Record<string, boolean> = {
    [SPA_BENCH_FILES.singleApp.ENG]: eng.hadBom,
    [SPA_BENCH_FILES.singleApp.CHN]: chn.hadBom,
    [SPA_BENCH_FILES.appOrder]: orderRes.hadBom,
  };

  const crossApp: SpaBenchCrossAppTask[] = [];
  for (const language of ['ENG', 'CHN'] as const) {
    const file = SPA_BENCH_FILES.crossApp[language];
    const full = path.join(absDir, file);
    const { rows, hadBom } = await readTable(absDir, file, CROSS_COLUMNS);
    bom[file] = hadBom;
    rows.forEach((row, i) => {
      const record = i + 2;
      const id = field(row, 'task_identifier', full, record);
      const apps = listField(row, 'task_app', full, record);
      const appOrder = orderRes.order.get(id) ?? null;
      const description = field(row, 'task_description', full, record);
      const goldenSteps = intField(row, 'golden_steps', full, record, 1, 1000);
      checkCrossFlag(row, full, record, 'Y');
      crossApp.push({
        kind: 'cross-app',
        id,
        language: checkLanguage(row, full, record, language),
        category: field(row, 'category', full, record),
        apps,
        appOrder,
        appRefs: uniqueApps(appOrder ?? apps).map((a) => resolve(a, language)),
        description,
        difficulty: intField(row, 'task_difficulty', full, record, 1, 3) as SpaBenchLevel,
        goldenSteps,
        split: splits.get(id) ?? null,
        isCrossApp: true,
        prompt: description,
        maxRounds: goldenSteps * 2 + 1,
        launch: { mode: 'home' },
        source: { file, record },
      });
    });
  }

  const tasks: SpaBenchTask[] = [...singleApp, ...crossApp];
  // Ids are unique per file, not across languages: ENG and CHN both have calendar_0, settings_0...
  const seen = new Set<string>();
  for (const t of tasks) {
    const k = `${t.kind}:${t.language}:${t.id}`;
    if (seen.has(k))
      throw new SuiteLoadError(
        path.join(absDir, t.source.file),
        `duplicate task_identifier ${t.id}`,
        `record ${t.source.record}`,
      );
    seen.add(k);
  }
  return { dir: absDir, singleApp, crossApp, tasks, splits, appOrder: orderRes.order, bom };
}

/**
 * Converts a SPA-Bench task into the common BenchTask (suite "spa-bench").
 * The BenchTask id of a single-app task gets the language appended
 * ("calendar_0_ENG"); `sourceId` keeps SPA-Bench's task_identifier, which
 * names the task's folder in the SPA-Bench layout.
 */
export function spaBenchToBenchTask(task: SpaBenchTask): BenchTask {
  const common = {
    // Single-app ids repeat across languages (calendar_0 is in both files); cross-app ids already end in _ENG/_CHN.
    id: task.kind === 'single-app' ? `${task.id}_${task.language}` : task.id,
    sourceId: task.id,
    suite: 'spa-bench' as const,
    instruction: task.prompt,
    difficulty: task.difficulty,
    goldenSteps: task.goldenSteps,
    seed: null,
    faultProfile: 'none',
    language: task.language,
    maxSteps: task.maxRounds,
  };
  if (task.kind === 'single-app') {
    return {
      ...common,
      apps: [task.app],
      launch: { mode: 'app', package: task.adbApp, activity: task.adbHomePage },
      success: { kind: 'spa-bench', keyComponents: task.keyComponents },
      crossApp: false,
    };
  }
  return {
    ...common,
    apps: task.appRefs.map((r) => r.name),
    launch: { mode: 'home' },
    success: {
      kind: 'spa-bench',
      keyComponents: null,
      ...(task.split ? { subtasks: task.split.subtasks.map((s) => `${s.app}: ${s.task}`) } : {}),
    },
    crossApp: true,
    category: task.category,
  };
}
