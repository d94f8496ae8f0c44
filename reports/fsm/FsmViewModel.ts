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
  name: string;
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
}

export interface FsmViewModel {
  apps: string[];
  states: FsmViewState[];
  transitions: FsmViewTransition[];
  generatedAt: string;
}
