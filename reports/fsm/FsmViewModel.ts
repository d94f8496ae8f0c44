/**
 * The data the FSM explorer page is drawn from: plain JSON embedded in the
 * page. toFsmViewModel builds it from the FSM's AppGraphs; nothing else in
 * reports/ knows the AppGraph shape.
 */
export interface FsmViewElement {
  role: string;
  label: string;
  actionable: boolean;
  sig: string;
  /** Device pixels, when the FSM kept them; without bounds the wireframe lays elements out in order. */
  bounds?: { left: number; top: number; right: number; bottom: number };
}

export interface FsmViewState {
  /** Node id in the page (the state key). */
  id: string;
  app: string;
  /** Readable and unique within its app (reports/fsm/viewStateNames.ts): what the node, panel and paths say. */
  name: string;
  /** The name the FSM stored, when the view had to rename the state (a class name, a clash). */
  storedName?: string;
  title: string;
  dialogTitle?: string;
  activity?: string;
  visits: number;
  stable: boolean;
  entry: boolean;
  firstSeen?: number;
  lastSeen?: number;
  elements: FsmViewElement[];
  /** Screen size for bounds, when known. */
  screen?: { width: number; height: number };
  /** A target in another app's graph that was not given: drawn as a placeholder. */
  external?: boolean;
  /** The label as drawn: the name on at most two lines, cut with "…" when longer. */
  lines: string[];
  /** The state's box: centre relative to its app's box, and size, in px at zoom 1 (reports/fsm/layout). */
  box: { x: number; y: number; width: number; height: number };
}

/** One app's group of states: a box the page places beside the others. */
export interface FsmViewApp {
  /** Package name. */
  id: string;
  /** Launcher label when the graphs say it ("Clock"), else the package. */
  label: string;
  states: number;
  /** Size of the laid-out states, px at zoom 1. */
  width: number;
  height: number;
  /** Only placeholders: an app the transitions lead into whose graph was not given. */
  external: boolean;
}

export interface FsmViewTransition {
  id: string;
  source: string;
  target: string;
  app: string;
  /** Readable action: `tap "Add alarm"`, `back`, `type "…" in Search`. */
  label: string;
  actionId: string;
  kind: string;
  count: number;
  failures: number;
  /** Labels (or signatures when no label is known) of the elements that must be on screen. */
  pre: string[];
  /** Expected outcome: the target state's name and/or elements that must appear. */
  post: { state?: string; elements: string[] };
  targetApp?: string;
  /** Deletes, sends, pays, resets...: never part of a path the view suggests (reports/fsm/isDestructiveAction.ts). */
  destructive: boolean;
}

export interface FsmViewModel {
  /** Packages of the graphs given, in order. */
  apps: string[];
  /** Every app with states on the page (placeholder apps too), with its label and box size. */
  groups: FsmViewApp[];
  states: FsmViewState[];
  transitions: FsmViewTransition[];
  generatedAt: string;
}
