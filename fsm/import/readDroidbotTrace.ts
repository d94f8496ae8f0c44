/**
 * Reads a DroidBot output folder in either of the formats found in the wild:
 * - DroidBot (honeynet): `utg.json` or `utg.js`, `states/state_*.json`, `events/event_*.json`;
 * - the fork AutoDroid's DroidTask data was made with (MobileLLM/AutoDroid,
 *   "DroidBot-GPT"): `utg.js` holding `var utg = {...}` whose edge events
 *   carry a `_<n>` suffix, or no graph file at all (DroidTask's `utgs/<app>`
 *   folders hold a `utg.yaml` of task records, not a graph): then the graph
 *   is rebuilt from `events/` (each event names its start and stop state).
 * Malformed input is a FsmFormatError that names the file and what is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FsmFormatError } from '../errors.ts';
import { type DroidbotState, type DroidbotView, splitComponent } from './droidbotScreen.ts';

export interface UtgNode {
  id: string;
  state_str: string;
  package?: string;
  activity?: string;
  label?: string;
}

export interface UtgEvent {
  event_id: number;
  event_str: string;
  event_type: string;
}

export interface UtgEdge {
  from: string;
  to: string;
  events: UtgEvent[];
}

export interface DroidbotEventFile {
  tag: string;
  event_str: string;
  start_state: string;
  stop_state: string;
  event: {
    event_type: string;
    view?: DroidbotView;
    start_view?: DroidbotView;
    name?: string;
    intent?: string;
    text?: string;
    direction?: string;
  };
  /** Where it was read from (for error messages). */
  file: string;
}

export interface DroidbotTrace {
  app: string;
  /** `utg.json` or `utg.js`, or undefined when the graph was rebuilt from events/. */
  graphFile?: string;
  nodes: UtgNode[];
  edges: UtgEdge[];
  states: Map<string, { state: DroidbotState; file: string }>;
  events: DroidbotEventFile[];
  /** Events of a rebuilt graph left out because a state they name has no state file. */
  skippedEvents: DroidbotEventFile[];
}

function parseJson<T>(text: string, file: string, what = 'JSON'): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new FsmFormatError(`not valid ${what}: ${(error as Error).message}`, file);
  }
}

const readJson = <T>(file: string): T => parseJson<T>(readFileSync(file, 'utf8'), file);

/** `utg.js` is a script: `var utg = \n{...}` (optionally ending in `;`). */
function readUtgJs(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const m = /^\s*(?:var|let|const)\s+utg\s*=\s*/.exec(text);
  if (!m) throw new FsmFormatError('utg.js does not start with "var utg = "; is this a DroidBot utg.js?', file);
  return parseJson(text.slice(m[0].length).replace(/;\s*$/, ''), file, 'JSON after "var utg ="');
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => path.join(dir, n))
    : [];
}

function readStates(dir: string): DroidbotTrace['states'] {
  const states: DroidbotTrace['states'] = new Map();
  for (const file of jsonFiles(path.join(dir, 'states'))) {
    const s = readJson<DroidbotState>(file);
    if (typeof s.state_str !== 'string' || !Array.isArray(s.views))
      throw new FsmFormatError('a DroidBot state needs state_str and views[]', file);
    states.set(s.state_str, { state: s, file });
  }
  return states;
}

function readEvents(dir: string): DroidbotEventFile[] {
  return jsonFiles(path.join(dir, 'events')).map((file) => {
    const e = readJson<Omit<DroidbotEventFile, 'file'>>(file);
    if (!e.event || typeof e.event.event_type !== 'string' || typeof e.event_str !== 'string')
      throw new FsmFormatError('a DroidBot event needs event.event_type and event_str', file);
    return { ...e, file };
  });
}

function checkUtg(utg: unknown, file: string): { app_package: string; nodes: UtgNode[]; edges: UtgEdge[] } {
  const u = utg as { app_package?: unknown; nodes?: unknown; edges?: unknown };
  if (!u || !Array.isArray(u.nodes) || !Array.isArray(u.edges) || typeof u.app_package !== 'string')
    throw new FsmFormatError(`${path.basename(file)} needs app_package, nodes[] and edges[]`, file);
  return u as { app_package: string; nodes: UtgNode[]; edges: UtgEdge[] };
}

/** The graph DroidBot would have written, rebuilt from the events (in the order of their tags). */
function rebuild(
  states: DroidbotTrace['states'],
  events: DroidbotEventFile[],
): Pick<DroidbotTrace, 'app' | 'nodes' | 'edges' | 'skippedEvents'> {
  const nodes: UtgNode[] = [];
  const edges = new Map<string, UtgEdge>();
  const skippedEvents: DroidbotEventFile[] = [];
  const added = new Set<string>();
  const addNode = (s: string): void => {
    if (added.has(s)) return;
    added.add(s);
    nodes.push({ id: s, state_str: s });
  };
  const packages = new Map<string, number>();
  let id = 0;
  for (const e of events) {
    if (!states.has(e.start_state) || !states.has(e.stop_state)) {
      skippedEvents.push(e);
      continue;
    }
    addNode(e.start_state);
    addNode(e.stop_state);
    const key = `${e.start_state}-->${e.stop_state}`;
    const edge = edges.get(key) ?? { from: e.start_state, to: e.stop_state, events: [] };
    edge.events.push({ event_id: ++id, event_str: e.event_str, event_type: e.event.event_type });
    edges.set(key, edge);
    const pkg = splitComponent(states.get(e.start_state)!.state.foreground_activity ?? '').package;
    packages.set(pkg, (packages.get(pkg) ?? 0) + 1);
  }
  // States no event reached are still screens DroidBot saw.
  for (const s of states.keys()) addNode(s);
  const app = [...packages].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!app) throw new FsmFormatError('no event in events/ joins two saved states: nothing to rebuild a graph from');
  nodes[0]!.label = '<FIRST>';
  return { app, nodes, edges: [...edges.values()], skippedEvents };
}

export function readDroidbotTrace(dir: string): DroidbotTrace {
  const jsonFile = path.join(dir, 'utg.json');
  const jsFile = path.join(dir, 'utg.js');
  const states = readStates(dir);
  const events = readEvents(dir);
  if (existsSync(jsonFile) || existsSync(jsFile)) {
    const file = existsSync(jsonFile) ? jsonFile : jsFile;
    const utg = checkUtg(file === jsonFile ? readJson(file) : readUtgJs(file), file);
    return {
      app: utg.app_package,
      graphFile: file,
      nodes: utg.nodes,
      edges: utg.edges,
      states,
      events,
      skippedEvents: [],
    };
  }
  if (states.size === 0 || events.length === 0)
    throw new FsmFormatError(
      `no utg.json or utg.js in ${dir}, and no states/ and events/ to rebuild the graph from; point at a DroidBot output folder`,
      dir,
    );
  return { ...rebuild(states, events), states, events };
}
