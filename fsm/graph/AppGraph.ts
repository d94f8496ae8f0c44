/**
 * The app graph: the FSM of one app as plain, versioned, JSON-serialisable
 * data. It is the source of truth; the XState machine config is generated
 * from it (liveMachine.ts), never the other way round.
 */
import { type AbstractAction, type ActionId, parseAbstractAction } from '../AbstractAction.ts';
import { FsmFormatError } from '../errors.ts';
import type { ElementRole } from '../../drivers/screen/types.ts';
import type { ElementSignature } from '../identity/elementSignature.ts';
import { IDENTITY_VERSION } from '../identity/identityVersion.ts';
import type { StateKey } from '../identity/stateKey.ts';
import type { StoredScreen } from './storedScreen.ts';

export const APP_GRAPH_FORMAT = 'maple.app-graph';
export const APP_GRAPH_VERSION = 1;

/** One element of a state's representative screen, compact. */
export interface SnapshotElement {
  sig: ElementSignature;
  role: ElementRole;
  /** The concrete label seen (may be content). */
  label: string;
  actionable: boolean;
  /** Where it was on the representative screen (device pixels), so viewers can draw the screen. */
  bounds?: { left: number; top: number; right: number; bottom: number };
}

/** The representative screen of a state: enough to show it and act on it, without the full tree. */
export interface StateSnapshot {
  title: string;
  dialogTitle?: string;
  activity?: string;
  elements: SnapshotElement[];
  /** Size of the representative screen, for the element bounds. */
  screen?: { width: number; height: number };
  /** The whole representative screen, compressed (storedScreen.ts): what a re-key under new identity rules reads. */
  source?: StoredScreen;
}

export interface StateNode {
  key: StateKey;
  /** Readable name: a model-written semantic name, else the title/activity. */
  name: string;
  /** True once a model (or a person) named the state; a default name is replaced freely. */
  named?: boolean;
  /** The feature set the key was computed from (for debugging and docs). */
  features: string[];
  snapshot: StateSnapshot;
  visits: number;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
  /** No dialog/popup over it and not loading: a safe place to roll back to. */
  stable: boolean;
}

/** What must be on screen for the action to make sense. */
export interface PreCondition {
  elements: ElementSignature[];
}

/** What the action is expected to produce: a known state, or elements that must appear. */
export interface PostCondition {
  state?: StateKey;
  elements?: ElementSignature[];
}

/** `${source}>${actionId}>${target}` */
export type TransitionId = string;

export interface Transition {
  id: TransitionId;
  source: StateKey;
  target: StateKey;
  /** Set when the target belongs to another app's graph (a share sheet, a deep link). */
  targetApp?: string;
  action: AbstractAction;
  actionId: ActionId;
  /** Times this transition was observed. */
  count: number;
  /** Times the action was taken from `source` expecting `target` and something else came. */
  failures: number;
  firstSeen: number;
  lastSeen: number;
  pre: PreCondition;
  post: PostCondition;
}

export interface AppGraph {
  format: typeof APP_GRAPH_FORMAT;
  version: typeof APP_GRAPH_VERSION;
  /** Package name. */
  app: string;
  /** The state first seen after the app was opened: where a relaunch lands. */
  entry?: StateKey;
  /** Bumped by every change, so derived data (machine config, indexes) can be cached against it. */
  revision: number;
  /**
   * The IDENTITY_VERSION whose rules made the keys (absent: this MAPLE's). 0: the keys are not ours (a DroidBot
   * import with its own state_str keys) and are never re-keyed.
   */
  identityVersion?: number;
  states: Record<StateKey, StateNode>;
  transitions: Record<TransitionId, Transition>;
}

export function createAppGraph(app: string): AppGraph {
  return {
    format: APP_GRAPH_FORMAT,
    version: APP_GRAPH_VERSION,
    app,
    revision: 0,
    identityVersion: IDENTITY_VERSION,
    states: {},
    transitions: {},
  };
}

export function transitionId(source: StateKey, id: ActionId, target: StateKey): TransitionId {
  return `${source}>${id}>${target}`;
}

export function cloneGraph(graph: AppGraph): AppGraph {
  return structuredClone(graph);
}

/** Validates JSON (a file, an export) into an AppGraph; refuses other formats and newer versions. */
export function parseAppGraph(value: unknown, source = 'app graph'): AppGraph {
  if (typeof value !== 'object' || value === null)
    throw new FsmFormatError('an app graph must be a JSON object', source);
  const g = value as Partial<AppGraph>;
  if (g.format !== APP_GRAPH_FORMAT)
    throw new FsmFormatError(
      `not a MAPLE app graph (format ${JSON.stringify(g.format)}, expected "${APP_GRAPH_FORMAT}")`,
      source,
    );
  if (g.version !== APP_GRAPH_VERSION) {
    throw new FsmFormatError(
      `app graph version ${String(g.version)} is not supported (this MAPLE reads version ${APP_GRAPH_VERSION}); upgrade MAPLE or re-export the graph`,
      source,
    );
  }
  if (typeof g.app !== 'string' || !g.app) throw new FsmFormatError('app graph has no "app" package name', source);
  if (
    typeof g.states !== 'object' ||
    g.states === null ||
    typeof g.transitions !== 'object' ||
    g.transitions === null
  ) {
    throw new FsmFormatError('app graph needs "states" and "transitions" objects', source);
  }
  for (const [key, t] of Object.entries(g.transitions)) {
    if (!t || typeof t.source !== 'string' || typeof t.target !== 'string')
      throw new FsmFormatError(`transition ${key} has no source/target`, source);
    if (!g.states[t.source]) throw new FsmFormatError(`transition ${key} starts in unknown state ${t.source}`, source);
    if (!t.targetApp && !g.states[t.target])
      throw new FsmFormatError(`transition ${key} ends in unknown state ${t.target}`, source);
    parseAbstractAction(t.action, `${source}: transition ${key}`);
  }
  return { ...(g as AppGraph), revision: typeof g.revision === 'number' ? g.revision : 0 };
}
