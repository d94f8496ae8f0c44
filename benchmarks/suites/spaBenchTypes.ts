/**
 * SPA-Bench's task files, typed column by column (dataset/ of
 * ai-agents-2030/SPA-Bench):
 *
 * single-app-ENG.csv  task_identifier, task_app, task_language, task_description, task_difficulty,
 *                     golden_steps, key_component_final, adb_app, adb_home_page, is_cross_app   (no BOM)
 * single-app-CHN.csv  the same plus task_app_CHN (the app's Chinese name) after task_app      (UTF-8 BOM)
 * cross-app-{ENG,CHN}.csv  task_identifier, category, task_language, task_app (a list), task_description,
 *                     task_difficulty, golden_steps, is_cross_app                              (UTF-8 BOM, no key components, no adb columns)
 * task_app_order.csv  task_identifier, task_app_order (a list: the order apps are used in a cross-app task)
 * cross-app-split/<id>.json  { task_description, subtask_1: { app, task, history, memory }, subtask_2: ... }
 */

export type SpaBenchLanguage = 'ENG' | 'CHN';
export type SpaBenchLevel = 1 | 2 | 3;

/** Where an app's package and start activity came from. */
export type AppRefSource = 'single-app-csv' | 'app-table' | 'unknown';

export interface SpaBenchAppRef {
  /** The name as the task file writes it ("Setting", "QQ音乐", "Amazon/Temu" is split into two refs). */
  name: string;
  /** The single-app key it resolved to ("settings", "QQMusic"), when it did. */
  key: string | null;
  package: string | null;
  /** Start activity, when known (SPA-Bench falls back to the launcher intent without one). */
  activity: string | null;
  source: AppRefSource;
}

/** How SPA-Bench starts a task (run.py + framework/utils.py setup_app_activity). */
export type SpaBenchLaunch =
  /** Single-app: `am force-stop`, then `am start -n package/activity`, then wait for the app's window. */
  | { mode: 'app'; package: string; activity: string }
  /** Cross-app: no app is opened; the agent starts from the home screen. */
  | { mode: 'home' };

interface SpaBenchTaskBase {
  id: string;
  language: SpaBenchLanguage;
  description: string;
  difficulty: SpaBenchLevel;
  goldenSteps: number;
  /** The instruction SPA-Bench hands the agent (single-app tasks are prefixed with the opened app). */
  prompt: string;
  /** SPA-Bench's step budget when none is configured: golden_steps * 2 + 1. */
  maxRounds: number;
  launch: SpaBenchLaunch;
  /** CSV file and 1-based record number the task came from (header = 1). */
  source: { file: string; record: number };
}

export interface SpaBenchSingleAppTask extends SpaBenchTaskBase {
  kind: 'single-app';
  /** task_app: the app key, e.g. "airbnb", "QQMusic". */
  app: string;
  /** task_app_CHN: the app's Chinese name (CHN file only), e.g. "支付宝". */
  appChinese: string | null;
  /** key_component_final: strings that must all appear on the final screen. */
  keyComponents: string[];
  /** adb_app / adb_home_page. */
  adbApp: string;
  adbHomePage: string;
  isCrossApp: false;
}

export interface SpaBenchCrossAppTask extends SpaBenchTaskBase {
  kind: 'cross-app';
  /** category: General_Tool, Information_Management, Media_Entertainment, Multi_Apps, Social_Sharing, Web_Shopping. */
  category: string;
  /** task_app: the apps involved, as listed (not necessarily in order). */
  apps: string[];
  /** task_app_order.csv: the order the apps are used in, when listed there. */
  appOrder: string[] | null;
  /** Packages for the apps (in appOrder when known, else apps), resolved through the app table. */
  appRefs: SpaBenchAppRef[];
  split: SpaBenchSplit | null;
  isCrossApp: true;
}

export type SpaBenchTask = SpaBenchSingleAppTask | SpaBenchCrossAppTask;

/** Text of a subtask with its `{memory}` placeholders resolved to the subtask that produces them. */
export type SubtaskSegment = { kind: 'text'; text: string } | { kind: 'memory'; name: string; from: number };

export interface SpaBenchSubtask {
  /** 1-based, from the `subtask_<n>` key. */
  index: number;
  /** The app as written ("Amazon/Temu" means either). */
  app: string;
  /** `app` split on "/" into alternatives. */
  appAlternatives: string[];
  task: string;
  /** Whether this subtask is given the history of the previous ones. */
  history: boolean;
  /** Name of the fact this subtask must produce for later ones ("None" in the file = null). */
  memoryOutput: string | null;
  /** The `{name}` placeholders in `task`, in order. */
  placeholders: string[];
  segments: SubtaskSegment[];
}

/** Subtask `from` produces memory `name` that subtask `to` reads. */
export interface MemoryLink {
  name: string;
  from: number;
  to: number;
}

export interface SpaBenchSplit {
  taskId: string;
  file: string;
  description: string;
  subtasks: SpaBenchSubtask[];
  memoryLinks: MemoryLink[];
}

export interface SpaBenchSuite {
  dir: string;
  singleApp: SpaBenchSingleAppTask[];
  crossApp: SpaBenchCrossAppTask[];
  /** Every task: single-app ENG, single-app CHN, cross-app ENG, cross-app CHN. */
  tasks: SpaBenchTask[];
  splits: Map<string, SpaBenchSplit>;
  appOrder: Map<string, string[]>;
  /** Which files had a UTF-8 byte-order mark (removed before parsing). */
  bom: Record<string, boolean>;
}
