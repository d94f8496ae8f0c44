/**
 * What the MCP tests need from `maple explore`: a knowledge store in a temp
 * folder with Clock explored (the real command, in a child process), and a
 * target there: a stable screen with a name of its own two taps from
 * Clock's entry, so from the launcher it is three screens away (open Clock,
 * tap, tap). Chosen from the exported FSM, never named in the test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFsmBundle, type AppGraph } from '../../../fsm/index.ts';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { call } from '../../support/mcpClients.ts';
import { runMaple } from '../../support/spawnMaple.ts';

export const CLOCK = 'com.android.deskclock';

export async function exploredStore(steps = 60): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'maple-mcp-'));
  const explored = await runMaple(['explore', '--app', 'Clock', '--steps', String(steps), '--store', dir]);
  if (explored.code !== 0) throw new Error(`maple explore failed:\n${explored.stdout}\n${explored.stderr}`);
  return dir;
}

export async function clockGraph(store: string): Promise<AppGraph> {
  const exported = await runMaple(['fsm', 'export', '--app', CLOCK, '--format', 'json', '--store', store]);
  return parseFsmBundle(exported.stdout).graphs.find((g) => g.app === CLOCK)!;
}

export interface Target {
  /** Keys from the entry's successor to the target. */
  path: string[];
  key: string;
  name: string;
}

/** A stable, uniquely named state two taps from the entry (the first by key, so the choice is the same every run). */
export function targetTwoTapsFromEntry(graph: AppGraph): Target {
  const names = new Map<string, number>();
  for (const s of Object.values(graph.states)) names.set(s.name, (names.get(s.name) ?? 0) + 1);
  const taps = Object.values(graph.transitions).filter((t) => t.action.kind === 'tap' && !t.targetApp);
  const entry = graph.entry!;
  const firstHop = [...new Set(taps.filter((t) => t.source === entry && t.target !== entry).map((t) => t.target))];
  const candidates: Target[] = [];
  for (const a of firstHop)
    for (const t of taps.filter((t) => t.source === a)) {
      const s = graph.states[t.target]!;
      if (t.target === entry || firstHop.includes(t.target) || !s.stable || names.get(s.name) !== 1) continue;
      candidates.push({ path: [a, t.target], key: t.target, name: s.name });
    }
  candidates.sort((x, y) => (x.key + x.path[0]).localeCompare(y.key + y.path[0]));
  if (!candidates[0]) throw new Error('explore found no stable screen two taps from the entry');
  return candidates[0];
}

interface ActAnswer {
  verdict: string;
  state?: { key: string; name: string };
  transitions: Array<{ element?: string; to: { key: string } }>;
}

/** The client's own walk to the target with `act`, one known transition at a time: where the ground truth is read. */
export async function walkTo(client: Client, device: string, target: Target): Promise<ActAnswer> {
  let at = await call<ActAnswer>(client, 'act', { device, action: 'open_app', package: CLOCK, fresh: true });
  for (const key of target.path) {
    const step = at.transitions.find((t) => t.to.key === key && t.element);
    if (!step) throw new Error(`no known transition to ${key} from ${at.state?.name}`);
    at = await call<ActAnswer>(client, 'act', { device, action: 'tap', element: step.element });
    if (at.state?.key !== key) throw new Error(`the walk reached ${at.state?.name}, not ${key}`);
  }
  return at;
}
