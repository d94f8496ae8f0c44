/**
 * Imports a DroidBot exploration (`utg.json`, `states/*.json`,
 * `events/*.json`) into an AppGraph, so DroidBot users can bring what they
 * explored. The UTG's nodes and edges are the source; each state's views are
 * converted into a Screen and keyed with our own screen identity, and each
 * event's view becomes the element signature of an abstract action.
 *
 * identity 'maple' (default) keys states by our state key, so the graph
 * matches what a live run observes; DroidBot states our identity merges become
 * one state. identity 'droidbot' keeps DroidBot's state_str keys one to one.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Screen } from '../../drivers/screen/types.ts';
import type { AbstractAction } from '../AbstractAction.ts';
import { FsmFormatError } from '../errors.ts';
import { type AppGraph, createAppGraph } from '../graph/AppGraph.ts';
import { addObservation, addTransition } from '../graph/graphUpdates.ts';
import { shortResourceId } from '../identity/elementSignature.ts';
import { type StateKey, stateKey, type StateKeyResult } from '../identity/stateKey.ts';
import { staticLabel } from '../identity/staticText.ts';
import { type DroidbotState, type DroidbotView, droidbotStateToScreen } from './droidbotScreen.ts';
import { roleOfClass } from './roleOfClass.ts';

interface UtgNode {
  id: string;
  state_str: string;
  package?: string;
  activity?: string;
  label?: string;
}

interface UtgEvent {
  event_id: number;
  event_str: string;
  event_type: string;
}

interface UtgEdge {
  from: string;
  to: string;
  events: UtgEvent[];
}

interface Utg {
  app_package: string;
  nodes: UtgNode[];
  edges: UtgEdge[];
  num_nodes?: number;
  num_edges?: number;
}

interface DroidbotEventFile {
  tag: string;
  event_str: string;
  start_state: string;
  stop_state: string;
  event: { event_type: string; view?: DroidbotView; name?: string; intent?: string; text?: string; direction?: string };
}

export interface DroidbotImportOptions {
  identity?: 'maple' | 'droidbot';
}

export interface DroidbotImport {
  graph: AppGraph;
  /** DroidBot state_str -> the key of the state it became. */
  stateMap: Map<string, StateKey>;
  /** DroidBot UTG edge id (`from-->to`) + event id -> the transition id it became. */
  transitionMap: Map<string, string>;
  /** DroidBot state_str -> its converted Screen and our identity of it. */
  screens: Map<string, { screen: Screen; identity: StateKeyResult; tag: string }>;
  /** Our key -> the DroidBot states it merges (only keys with two or more). */
  merged: Map<StateKey, string[]>;
  utgNodes: number;
  utgEdges: number;
  utgEvents: number;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new FsmFormatError(`cannot read JSON: ${(error as Error).message}`, file);
  }
}

/** DroidBot tags are local times `YYYY-MM-DD_HHMMSS`; read as UTC so imports are reproducible. */
function tagTime(tag: string | undefined): number {
  const m = tag?.match(/^(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})(\d{2})$/);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : 0;
}

export function importDroidbot(dir: string, options: DroidbotImportOptions = {}): DroidbotImport {
  const utgFile = path.join(dir, 'utg.json');
  if (!existsSync(utgFile))
    throw new FsmFormatError(
      `no utg.json in ${dir}; point at a DroidBot output folder (utg.json, states/, events/)`,
      dir,
    );
  const utg = readJson<Utg>(utgFile);
  if (!Array.isArray(utg.nodes) || !Array.isArray(utg.edges) || typeof utg.app_package !== 'string') {
    throw new FsmFormatError('utg.json needs app_package, nodes[] and edges[]', utgFile);
  }
  const identity = options.identity ?? 'maple';

  const states = new Map<string, { state: DroidbotState; file: string }>();
  const statesDir = path.join(dir, 'states');
  if (existsSync(statesDir)) {
    for (const f of readdirSync(statesDir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = path.join(statesDir, f);
      const s = readJson<DroidbotState>(file);
      if (s.state_str) states.set(s.state_str, { state: s, file });
    }
  }
  const events = new Map<string, DroidbotEventFile>();
  const eventsDir = path.join(dir, 'events');
  if (existsSync(eventsDir)) {
    for (const f of readdirSync(eventsDir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const e = readJson<DroidbotEventFile>(path.join(eventsDir, f));
      if (e.event_str && !events.has(e.event_str)) events.set(e.event_str, e);
    }
  }

  const graph = createAppGraph(utg.app_package);
  const stateMap = new Map<string, StateKey>();
  const screens: DroidbotImport['screens'] = new Map();
  for (const node of utg.nodes) {
    const found = states.get(node.state_str);
    if (!found) throw new FsmFormatError(`UTG node ${node.state_str} has no states/state_*.json file`, utgFile);
    const { screen } = droidbotStateToScreen(found.state, found.file);
    const ours = stateKey(screen);
    const key = identity === 'maple' ? ours.key : node.state_str;
    const keyed: StateKeyResult = { ...ours, key };
    const time = tagTime(found.state.tag);
    addObservation(graph, screen, keyed, time);
    stateMap.set(node.state_str, key);
    screens.set(node.state_str, { screen, identity: ours, tag: found.state.tag ?? '' });
    if (node.label?.includes('<FIRST>')) graph.entry = key;
  }

  const transitionMap = new Map<string, string>();
  let utgEvents = 0;
  for (const edge of utg.edges) {
    const source = stateMap.get(edge.from);
    const target = stateMap.get(edge.to);
    if (!source || !target)
      throw new FsmFormatError(`UTG edge ${edge.from}-->${edge.to} joins a state that is not a node`, utgFile);
    const sourceScreen = screens.get(edge.from)!;
    for (const ev of edge.events) {
      utgEvents++;
      const file = events.get(ev.event_str);
      const action = abstractActionOf(ev, file, sourceScreen.screen, sourceScreen.identity, utg.app_package);
      const { transition } = addTransition(graph, { source, target, action, now: tagTime(file?.tag) });
      transitionMap.set(`${edge.from}-->${edge.to}#${ev.event_id}`, transition.id);
    }
  }

  const merged = new Map<StateKey, string[]>();
  for (const [droidbot, key] of stateMap) merged.set(key, [...(merged.get(key) ?? []), droidbot]);
  for (const [key, list] of merged) if (list.length < 2) merged.delete(key);

  return {
    graph,
    stateMap,
    transitionMap,
    screens,
    merged,
    utgNodes: utg.nodes.length,
    utgEdges: utg.edges.length,
    utgEvents,
  };
}

/** The abstract action of a DroidBot event; the target element's signature comes from our analysis of the source screen. */
function abstractActionOf(
  ev: UtgEvent,
  file: DroidbotEventFile | undefined,
  screen: Screen,
  identity: StateKeyResult,
  app: string,
): AbstractAction {
  const type = file?.event.event_type ?? ev.event_type;
  const view = file?.event.view;
  const target = view ? signatureOfView(view, screen, identity) : undefined;
  const withTarget = (a: AbstractAction): AbstractAction => {
    if (target) a.target = target;
    const label = view?.text || view?.content_description;
    if (label) a.label = label;
    return a;
  };
  switch (type) {
    case 'touch':
      return withTarget({ kind: 'tap' });
    case 'long_touch':
      return withTarget({ kind: 'long_press' });
    case 'set_text':
      return withTarget({ kind: 'type', text: file?.event.text ?? '' });
    case 'scroll':
    case 'swipe': {
      const d = (file?.event.direction ?? '').toLowerCase();
      const a = withTarget({ kind: type });
      if (d === 'up' || d === 'down' || d === 'left' || d === 'right') a.direction = d;
      return a;
    }
    case 'key': {
      const name = (file?.event.name ?? /name=(\w+)/.exec(ev.event_str)?.[1] ?? '').toUpperCase();
      if (name === 'BACK') return { kind: 'back' };
      if (name === 'HOME') return { kind: 'home' };
      if (name === 'ENTER') return { kind: 'enter' };
      return { kind: 'wait' };
    }
    case 'intent':
      return { kind: 'open_app', app };
    default:
      throw new FsmFormatError(`unknown DroidBot event type ${JSON.stringify(type)} in ${ev.event_str}`);
  }
}

/** Finds the event's view on the source screen (by id and bounds) and takes its signature; else builds one from the view. */
function signatureOfView(view: DroidbotView, screen: Screen, identity: StateKeyResult): string {
  const [[x1, y1], [x2, y2]] = view.bounds;
  const match = screen.elements.find(
    (e) =>
      e.resourceId === (view.resource_id ?? '') &&
      e.bounds.left === x1 &&
      e.bounds.top === y1 &&
      e.bounds.right === x2 &&
      e.bounds.bottom === y2,
  );
  const sig = match ? identity.signatures.get(match.id) : undefined;
  if (sig) return sig;
  const role = roleOfClass(view.class ?? '', {
    clickable: !!view.clickable,
    checkable: !!view.checkable,
    scrollable: !!view.scrollable,
    editable: !!view.editable,
  });
  return `${role}|${shortResourceId(view.resource_id ?? '')}|${staticLabel(view.text || view.content_description || '')}`;
}
