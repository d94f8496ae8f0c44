/**
 * Where `maple fsm view` gets its graphs: AppGraph JSON files (what
 * `maple fsm export --format json` writes: one graph, an array, or
 * `{ graphs: [...] }`), or the knowledge store.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseAppGraph, type AppGraph } from '../../fsm/index.ts';
import { ReportInputError } from '../errors.ts';

export function loadGraphsFromFile(file: string): AppGraph[] {
  if (!existsSync(file))
    throw new ReportInputError(
      `graph file ${file} does not exist (write one with "maple fsm export --format json --out <file>")`,
    );
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReportInputError(`graph file ${file} is not JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { graphs?: unknown }).graphs)
      ? (value as { graphs: unknown[] }).graphs
      : [value];
  return list.map((g, i) => parseAppGraph(g, `${file}${list.length > 1 ? ` [${i}]` : ''}`));
}

export function filterByApp(graphs: AppGraph[], app: string | undefined): AppGraph[] {
  if (!app) return graphs;
  const wanted = app.toLowerCase();
  const hit = graphs.filter((g) => g.app.toLowerCase() === wanted || g.app.toLowerCase().endsWith(`.${wanted}`));
  if (hit.length === 0) {
    throw new ReportInputError(`no FSM for app "${app}"; known apps: ${graphs.map((g) => g.app).join(', ') || 'none'}`);
  }
  return hit;
}
