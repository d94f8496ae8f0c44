/**
 * Where run_task writes its runs and how resources find them again: one
 * folder per run under the server's runs folder, named by time, task and
 * device. A run id given back by a client is a folder name, never a path.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defaultRunDir } from '../agent/run/formatSummary.ts';
import { McpToolError } from './McpToolError.ts';

export function newRunFolder(runsDir: string, task: string, device: string): string {
  const base = `${path.basename(defaultRunDir(task))}-${device}`;
  let dir = path.join(runsDir, base);
  for (let n = 2; existsSync(dir); n++) dir = path.join(runsDir, `${base}-${n}`);
  return dir;
}

/** The folder of run `id`, checked: a plain folder name that exists under the runs folder. */
export function runFolder(runsDir: string, id: string): string {
  if (!/^[\w.-]+$/.test(id) || id.startsWith('.'))
    throw new McpToolError(`"${id}" is not a run id; run ids are the folder names run_task returns.`);
  const dir = path.join(runsDir, id);
  if (!existsSync(path.join(dir, 'steps.jsonl')))
    throw new McpToolError(`no run "${id}" in ${runsDir}; run_task returns the ids of its runs.`);
  return dir;
}

/** The runs under the runs folder, newest first (their ids are folder names, which start with the time). */
export function listRuns(runsDir: string): string[] {
  if (!existsSync(runsDir)) return [];
  return readdirSync(runsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(runsDir, d.name, 'steps.jsonl')))
    .map((d) => d.name)
    .sort()
    .reverse();
}
