/**
 * Mobile-Eval-E loader (X-PLUG/MobileAgent, Mobile-Agent-E/data): five
 * scenario files `scenario_<n>_v1.json`, each
 *   { length, scenario, scenario_id, tasks: [{ task_id, instruction, type, apps, rubrics, human_reference_operations }] }
 * and `custom_tasks_example.json` with the same shape but tasks without
 * rubrics or reference operations (a template for users' own tasks).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BenchTask } from '../types.ts';
import { SuiteLoadError } from './SuiteLoadError.ts';

export type MobileEvalETaskType = 'single_app' | 'multi_app';

export interface MobileEvalETask {
  taskId: string;
  instruction: string;
  type: MobileEvalETaskType;
  apps: string[];
  /** Empty for custom tasks, which have none. */
  rubrics: string[];
  /** Empty for custom tasks. */
  humanReferenceOperations: string[];
  scenario: string;
  scenarioId: number;
  file: string;
}

export interface MobileEvalEScenario {
  scenario: string;
  scenarioId: number;
  /** The file's own `length`, checked against the task count. */
  length: number;
  tasks: MobileEvalETask[];
  file: string;
}

export interface MobileEvalESuite {
  dir: string;
  scenarios: MobileEvalEScenario[];
  tasks: MobileEvalETask[];
}

const SCENARIO_FILE = /^scenario_(\d+)_v1\.json$/;

function str(o: Record<string, unknown>, key: string, file: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '')
    throw new SuiteLoadError(file, `"${key}" must be a non-empty string`, where);
  return v;
}

function strList(o: Record<string, unknown>, key: string, file: string, where: string, required: boolean): string[] {
  const v = o[key];
  if (v === undefined && !required) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new SuiteLoadError(file, `"${key}" must be a list of strings`, where);
  return v as string[];
}

/** Parses one scenario (or custom tasks) file. `requireRubrics` is false for custom task files. */
export function parseMobileEvalEScenario(file: string, json: unknown, requireRubrics: boolean): MobileEvalEScenario {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new SuiteLoadError(file, 'expected an object with scenario, scenario_id, length and tasks');
  const o = json as Record<string, unknown>;
  const scenario = str(o, 'scenario', file, 'top level');
  const scenarioId = o['scenario_id'];
  const length = o['length'];
  if (!Number.isInteger(scenarioId)) throw new SuiteLoadError(file, '"scenario_id" must be an integer', 'top level');
  if (!Number.isInteger(length)) throw new SuiteLoadError(file, '"length" must be an integer', 'top level');
  const rawTasks = o['tasks'];
  if (!Array.isArray(rawTasks)) throw new SuiteLoadError(file, '"tasks" must be a list', 'top level');
  const tasks = rawTasks.map((t, i): MobileEvalETask => {
    const where = `tasks[${i}]`;
    if (typeof t !== 'object' || t === null) throw new SuiteLoadError(file, 'task must be an object', where);
    const r = t as Record<string, unknown>;
    const type = str(r, 'type', file, where);
    if (type !== 'single_app' && type !== 'multi_app')
      throw new SuiteLoadError(file, `"type" must be single_app or multi_app, got ${type}`, where);
    const task: MobileEvalETask = {
      taskId: str(r, 'task_id', file, where),
      instruction: str(r, 'instruction', file, where),
      type,
      apps: strList(r, 'apps', file, where, true),
      rubrics: strList(r, 'rubrics', file, where, requireRubrics),
      humanReferenceOperations: strList(r, 'human_reference_operations', file, where, requireRubrics),
      scenario,
      scenarioId: scenarioId as number,
      file,
    };
    if (task.apps.length === 0) throw new SuiteLoadError(file, '"apps" must name at least one app', where);
    if (requireRubrics && task.rubrics.length === 0)
      throw new SuiteLoadError(file, '"rubrics" must not be empty', where);
    return task;
  });
  if (tasks.length !== length)
    throw new SuiteLoadError(file, `"length" says ${String(length)} but there are ${tasks.length} tasks`, 'top level');
  return { scenario, scenarioId: scenarioId as number, length: length as number, tasks, file };
}

async function readJson(full: string): Promise<unknown> {
  const text = (await readFile(full, 'utf8')).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SuiteLoadError(full, `invalid JSON: ${(e as Error).message}`);
  }
}

/** Reads every `scenario_<n>_v1.json` in `dir`, in scenario order. */
export async function loadMobileEvalE(dir: string): Promise<MobileEvalESuite> {
  const absDir = path.resolve(dir);
  if (!existsSync(absDir))
    throw new SuiteLoadError(
      absDir,
      "folder not found: give the path of Mobile-Agent-E's data folder (with scenario_<n>_v1.json)",
    );
  const files = (await readdir(absDir))
    .filter((n) => SCENARIO_FILE.test(n))
    .sort((a, b) => Number(SCENARIO_FILE.exec(a)?.[1]) - Number(SCENARIO_FILE.exec(b)?.[1]));
  if (files.length === 0) throw new SuiteLoadError(absDir, 'no scenario_<n>_v1.json files here');
  const scenarios: MobileEvalEScenario[] = [];
  for (const name of files) {
    const full = path.join(absDir, name);
    scenarios.push(parseMobileEvalEScenario(full, await readJson(full), true));
  }
  const tasks = scenarios.flatMap((s) => s.tasks);
  const ids = new Set<string>();
  for (const t of tasks) {
    if (ids.has(t.taskId)) throw new SuiteLoadError(t.file, `duplicate task_id ${t.taskId}`);
    ids.add(t.taskId);
  }
  return { dir: absDir, scenarios, tasks };
}

/** Reads a custom task file in Mobile-Eval-E's format (rubrics optional), e.g. custom_tasks_example.json. */
export async function loadMobileEvalECustom(file: string): Promise<MobileEvalEScenario> {
  const full = path.resolve(file);
  if (!existsSync(full)) throw new SuiteLoadError(full, 'file not found');
  return parseMobileEvalEScenario(full, await readJson(full), false);
}

/**
 * Converts to the common BenchTask. Golden steps = the number of human
 * reference operations (null when there are none); success = all rubrics
 * satisfied unless another threshold is given.
 */
export function mobileEvalEToBenchTask(task: MobileEvalETask, threshold = 1): BenchTask {
  return {
    id: task.taskId,
    suite: 'mobile-eval-e',
    instruction: task.instruction,
    apps: task.apps,
    difficulty: null,
    goldenSteps: task.humanReferenceOperations.length || null,
    seed: null,
    faultProfile: 'none',
    launch: { mode: 'home' },
    success: { kind: 'rubric', rubrics: task.rubrics, threshold },
    crossApp: task.type === 'multi_app',
    category: task.scenario,
  };
}
