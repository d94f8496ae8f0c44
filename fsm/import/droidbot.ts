/**
 * Imports a DroidBot exploration into an AppGraph, so DroidBot users can
 * bring what they explored (readDroidbotTrace lists the formats read). Each
 * state's views are converted into a Screen and keyed with our own screen
 * identity, and each event's view becomes the element signature of an
 * abstract action.
 *
 * identity 'maple' (default) keys states by our state key, so the graph
 * matches what a live run observes; DroidBot states our identity merges become
 * one state. identity 'droidbot' keeps DroidBot's state_str keys one to one.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { FsmFormatError } from '../errors.ts';
import { type AppGraph, createAppGraph } from '../graph/AppGraph.ts';
import { addObservation, addTransition } from '../graph/graphUpdates.ts';
import { type StateKey, stateKey, type StateKeyResult } from '../identity/stateKey.ts';
import { droidbotAction } from './droidbotAction.ts';
import { deviceSizeOf, droidbotStateToScreen } from './droidbotScreen.ts';
import { type DroidbotEventFile, readDroidbotTrace, type UtgEvent } from './readDroidbotTrace.ts';

export interface DroidbotImportOptions {
  identity?: 'maple' | 'droidbot';
}

export interface ImportedScreen {
  screen: Screen;
  identity: StateKeyResult;
  tag: string;
  /** DroidBot's content-free structure hash of the state (class and resource id of every view), when recorded. */
  structure?: string;
}

export interface DroidbotImport {
  graph: AppGraph;
  /** DroidBot state_str -> the key of the state it became. */
  stateMap: Map<string, StateKey>;
  /** DroidBot UTG edge id (`from-->to`) + event id -> the transition id it became. */
  transitionMap: Map<string, string>;
  /** DroidBot state_str -> its converted Screen, our identity of it, and DroidBot's structure hash. */
  screens: Map<string, ImportedScreen>;
  /** Our key -> the DroidBot states it merges (only keys with two or more). */
  merged: Map<StateKey, string[]>;
  /** `utg.json` or `utg.js` read, or undefined when the graph was rebuilt from events/. */
  graphFile?: string;
  utgNodes: number;
  utgEdges: number;
  utgEvents: number;
  /** Event files left out of a rebuilt graph because a state they name was not saved. */
  skippedEvents: number;
}

/** DroidBot tags are local times `YYYY-MM-DD_HHMMSS`; read as UTC so imports are reproducible. */
function tagTime(tag: string | undefined): number {
  const m = tag?.match(/^(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})(\d{2})$/);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : 0;
}

/**
 * The event file of a UTG edge event. The fork writes `<event_str>_<n>` in the graph and the bare event_str in
 * the file; several files may share one event_str (the same tap twice), so the one joining the edge's states wins.
 */
function eventFileFinder(events: DroidbotEventFile[]) {
  const byStr = new Map<string, DroidbotEventFile[]>();
  for (const e of events) byStr.set(e.event_str, [...(byStr.get(e.event_str) ?? []), e]);
  return (ev: UtgEvent, from: string, to: string): DroidbotEventFile | undefined => {
    const found = byStr.get(ev.event_str) ?? byStr.get(ev.event_str.replace(/_\d+$/, '')) ?? [];
    return found.find((e) => e.start_state === from && e.stop_state === to) ?? found[0];
  };
}

export function importDroidbot(dir: string, options: DroidbotImportOptions = {}): DroidbotImport {
  const trace = readDroidbotTrace(dir);
  const identity = options.identity ?? 'maple';
  const where = trace.graphFile ?? `${dir} (events/)`;
  const device = deviceSizeOf([...trace.states.values()].map((s) => s.state));

  const graph = createAppGraph(trace.app);
  // DroidBot's own keys are not made by our identity rules: a re-key must never touch them.
  if (identity === 'droidbot') graph.identityVersion = 0;
  const stateMap = new Map<string, StateKey>();
  const screens: DroidbotImport['screens'] = new Map();
  for (const node of trace.nodes) {
    const found = trace.states.get(node.state_str);
    if (!found) throw new FsmFormatError(`UTG node ${node.state_str} has no states/state_*.json file`, where);
    const { screen } = droidbotStateToScreen(found.state, found.file, device);
    const ours = stateKey(screen);
    const key = identity === 'maple' ? ours.key : node.state_str;
    addObservation(graph, screen, { ...ours, key }, tagTime(found.state.tag));
    stateMap.set(node.state_str, key);
    const entry: ImportedScreen = { screen, identity: ours, tag: found.state.tag ?? '' };
    if (found.state.state_str_content_free) entry.structure = found.state.state_str_content_free;
    screens.set(node.state_str, entry);
    if (node.label?.includes('<FIRST>') && screen.foregroundPackage === trace.app) graph.entry = key;
  }
  // An exploration may start on the launcher: the entry is then the first screen of the app itself.
  if (graph.entry === undefined) {
    const first = trace.nodes.find((n) => screens.get(n.state_str)?.screen.foregroundPackage === trace.app);
    if (first) graph.entry = stateMap.get(first.state_str)!;
  }

  const findFile = eventFileFinder(trace.events);
  const transitionMap = new Map<string, string>();
  let utgEvents = 0;
  for (const edge of trace.edges) {
    const source = stateMap.get(edge.from);
    const target = stateMap.get(edge.to);
    if (!source || !target)
      throw new FsmFormatError(`UTG edge ${edge.from}-->${edge.to} joins a state that is not a node`, where);
    const sourceScreen = screens.get(edge.from)!;
    for (const ev of edge.events) {
      utgEvents++;
      const file = findFile(ev, edge.from, edge.to);
      const action = droidbotAction(ev, file, sourceScreen.screen, sourceScreen.identity, trace.app);
      const { transition } = addTransition(graph, { source, target, action, now: tagTime(file?.tag) });
      transitionMap.set(`${edge.from}-->${edge.to}#${ev.event_id}`, transition.id);
    }
  }

  const merged = new Map<StateKey, string[]>();
  for (const [droidbot, key] of stateMap) merged.set(key, [...(merged.get(key) ?? []), droidbot]);
  for (const [key, list] of merged) if (list.length < 2) merged.delete(key);

  const result: DroidbotImport = {
    graph,
    stateMap,
    transitionMap,
    screens,
    merged,
    utgNodes: trace.nodes.length,
    utgEdges: trace.edges.length,
    utgEvents,
    skippedEvents: trace.skippedEvents.length,
  };
  if (trace.graphFile) result.graphFile = trace.graphFile;
  return result;
}
