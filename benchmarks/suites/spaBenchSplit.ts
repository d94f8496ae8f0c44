/**
 * SPA-Bench cross-app splits: a task decomposed into per-app subtasks. A
 * subtask's `memory` names a fact it must find ("None" = nothing); a later
 * subtask's task text refers to it as `{name}`. This turns that into typed
 * segments and explicit links (which subtask feeds which).
 */
import { SuiteLoadError } from './SuiteLoadError.ts';
import type { MemoryLink, SpaBenchSplit, SpaBenchSubtask, SubtaskSegment } from './spaBenchTypes.ts';

const SUBTASK_KEY = /^subtask_(\d+)$/;
const PLACEHOLDER = /\{([^{}]+)\}/g;

/** Parses one split file's JSON value. `file` names it in errors. */
export function parseSpaBenchSplit(taskId: string, file: string, json: unknown): SpaBenchSplit {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new SuiteLoadError(file, 'a split must be a JSON object with task_description and subtask_<n> keys');
  }
  const obj = json as Record<string, unknown>;
  const description = obj['task_description'];
  if (typeof description !== 'string' || !description)
    throw new SuiteLoadError(file, 'missing string task_description');

  const raw: Array<{ index: number; key: string; value: unknown }> = [];
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'task_description') continue;
    const m = SUBTASK_KEY.exec(key);
    if (!m) throw new SuiteLoadError(file, `unexpected key "${key}" (expected subtask_<n>)`, key);
    raw.push({ index: Number(m[1]), key, value });
  }
  raw.sort((a, b) => a.index - b.index);
  raw.forEach((r, i) => {
    if (r.index !== i + 1)
      throw new SuiteLoadError(
        file,
        `subtasks must be numbered 1..n without gaps; found ${r.key} at position ${i + 1}`,
        r.key,
      );
  });
  if (raw.length === 0) throw new SuiteLoadError(file, 'no subtask_<n> keys');

  const producers = new Map<string, number>();
  const links: MemoryLink[] = [];
  const subtasks: SpaBenchSubtask[] = raw.map(({ index, key, value }) => {
    if (typeof value !== 'object' || value === null) throw new SuiteLoadError(file, 'subtask must be an object', key);
    const s = value as Record<string, unknown>;
    const app = s['app'];
    const task = s['task'];
    const history = s['history'];
    const memory = s['memory'];
    if (typeof app !== 'string' || !app) throw new SuiteLoadError(file, 'missing string "app"', key);
    if (typeof task !== 'string' || !task) throw new SuiteLoadError(file, 'missing string "task"', key);
    if (typeof history !== 'boolean') throw new SuiteLoadError(file, '"history" must be true or false', key);
    if (typeof memory !== 'string')
      throw new SuiteLoadError(file, '"memory" must be a string ("None" for no memory)', key);

    const segments: SubtaskSegment[] = [];
    const placeholders: string[] = [];
    let last = 0;
    for (const m of task.matchAll(PLACEHOLDER)) {
      const name = m[1] as string;
      const from = producers.get(name);
      if (from === undefined) {
        throw new SuiteLoadError(file, `placeholder {${name}} is not the memory of an earlier subtask`, key);
      }
      if (m.index > last) segments.push({ kind: 'text', text: task.slice(last, m.index) });
      segments.push({ kind: 'memory', name, from });
      placeholders.push(name);
      if (!links.some((l) => l.name === name && l.from === from && l.to === index))
        links.push({ name, from, to: index });
      last = m.index + m[0].length;
    }
    if (last < task.length) segments.push({ kind: 'text', text: task.slice(last) });

    const memoryOutput = memory === 'None' || memory.trim() === '' ? null : memory;
    if (memoryOutput !== null) producers.set(memoryOutput, index);
    return {
      index,
      app,
      appAlternatives: app
        .split('/')
        .map((a) => a.trim())
        .filter(Boolean),
      task,
      history,
      memoryOutput,
      placeholders,
      segments,
    };
  });
  return { taskId, file, description, subtasks, memoryLinks: links };
}

/** The subtask's text with each placeholder replaced by `memory[name]` (left as `{name}` when absent). */
export function renderSubtask(subtask: SpaBenchSubtask, memory: Readonly<Record<string, string>>): string {
  return subtask.segments.map((s) => (s.kind === 'text' ? s.text : (memory[s.name] ?? `{${s.name}}`))).join('');
}
