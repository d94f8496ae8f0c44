/**
 * The FSM side of one run: an actor-like object that moves with each
 * observation, grows the graphs of the apps it sees, predicts what an action
 * should lead to, flags what it did not expect, and answers the planner's and
 * the recovery agent's questions. One per run; it holds a graph per app, so a
 * cross-app task is one tracker.
 */
import type { Screen, UiElement } from '../drivers/screen/types.ts';
import { type AbstractAction, actionId } from './AbstractAction.ts';
import { type AppGraph, createAppGraph, type StateNode, type Transition } from './graph/AppGraph.ts';
import { checkPrecondition, evaluatePostcondition, type PreConditionCheck, type Verdict } from './graph/conditions.ts';
import { addObservation, addTransition, nameState, recordFailure, unrecordTransition } from './graph/graphUpdates.ts';
import { type GraphPath, GraphIndex, type PathOptions, type Prediction } from './graph/GraphIndex.ts';
import type { IdentityOptions } from './identity/analyzeScreen.ts';
import type { ElementSignature } from './identity/elementSignature.ts';
import { type StateKey, stateKey, type StateKeyResult } from './identity/stateKey.ts';
import { elementRef } from './identity/elementRef.ts';
import { reidentify, type Reidentified } from './identity/reidentify.ts';
import { LiveMachine } from './liveMachine.ts';
import { isReverseAction, planRollback, type RecoveryPlan } from './rollback.ts';

export interface FsmTrackerOptions {
  /** Graphs known before the run (loaded from the store). They are updated in place. */
  graphs?: AppGraph[];
  /** Clock (epoch ms); injectable for tests. */
  now?: () => number;
  identity?: IdentityOptions;
}

export interface ObserveResult {
  key: StateKey;
  app: string;
  analysis: StateKeyResult;
  state: StateNode;
  isNew: boolean;
  /** The transition recorded for the action that led here (when one was given and a state preceded). */
  transition?: Transition;
  /** What the action was expected to produce, when the graph knew. */
  prediction?: Prediction;
  /** A prediction existed and the observed state is not its target. */
  unexpected: boolean;
  /** Deterministic verdict from the post-condition (see conditions.ts). */
  verdict: Verdict;
}

export interface WhatIf {
  action: AbstractAction;
  actionId: string;
  /** The graph has seen this action from this state. */
  known: boolean;
  prediction?: Prediction;
  /** The predicted target state, when known. */
  target?: StateNode;
  /** Whether the action's element is on the current screen. */
  precondition: PreConditionCheck;
}

interface Pending {
  states: Map<StateKey, number>;
  transitions: Map<string, { count: number; failures: number }>;
  named: Set<StateKey>;
}

/** The system's own windows (share sheet, chooser, permission dialogs): no app's start. */
const SYSTEM_PACKAGES = new Set(['android', 'com.android.systemui']);

export class FsmTracker {
  private readonly index: GraphIndex;
  private readonly now: () => number;
  private readonly identity: IdentityOptions | undefined;
  private readonly machines = new Map<string, LiveMachine>();
  private readonly pending = new Map<string, Pending>();
  private currentKey: StateKey | undefined;
  private currentAnalysis: StateKeyResult | undefined;
  private currentScreen: Screen | undefined;
  private lastStableKey: StateKey | undefined;
  private previousStableKey: StateKey | undefined;
  private lastTransition: Transition | undefined;
  private stack: StateKey[] = [];
  /** States seen with an overlay on them (a menu, a dialog): they close when they lead elsewhere. */
  private readonly overlays = new Set<StateKey>();

  constructor(options: FsmTrackerOptions = {}) {
    this.index = new GraphIndex(options.graphs ?? []);
    this.now = options.now ?? Date.now;
    this.identity = options.identity;
  }

  /** Current state key (undefined before the first observation). */
  get current(): StateKey | undefined {
    return this.currentKey;
  }

  get currentState(): StateNode | undefined {
    return this.currentKey ? this.index.state(this.currentKey) : undefined;
  }

  /** Identity analysis of the last observed screen (features, signatures by element id). */
  get analysis(): StateKeyResult | undefined {
    return this.currentAnalysis;
  }

  /** The most recent stable state observed. */
  get lastStable(): StateKey | undefined {
    return this.lastStableKey;
  }

  /** Observed navigation stack, bottom first, current last. */
  get backStack(): readonly StateKey[] {
    return this.stack;
  }

  graph(app: string): AppGraph | undefined {
    return this.index.graph(app);
  }

  graphs(): AppGraph[] {
    return this.index.allGraphs();
  }

  state(key: StateKey): StateNode | undefined {
    return this.index.state(key);
  }

  /**
   * Moves to the state of `screen`. `action` is the action taken since the
   * previous observation (none for the first one or after an unrecorded
   * change): its transition is recorded and checked against the prediction.
   */
  observe(screen: Screen, action?: AbstractAction): ObserveResult {
    const now = this.now();
    const analysis = stateKey(screen, this.identity);
    const app = screen.foregroundPackage;
    const graph = this.graphOrCreate(app);
    const source = this.currentKey;

    const { state, isNew } = addObservation(graph, screen, analysis, now);
    if (isNew) this.index.addState(app, analysis.key);
    this.pendingFor(app).states.set(analysis.key, (this.pendingFor(app).states.get(analysis.key) ?? 0) + 1);

    let prediction: Prediction | undefined;
    let transition: Transition | undefined;
    let verdict: Verdict = 'undecided';
    if (action && source !== undefined) {
      const aid = actionId(action);
      prediction = this.index.predict(source, aid);
      verdict = evaluatePostcondition(source, analysis, prediction?.transition.post);
      const sourceApp = this.index.appOf(source)!;
      const sourceGraph = this.index.graph(sourceApp)!;
      // Another outcome than predicted is a sighting of that outcome, not a failure of the predicted one:
      // failures are counted only when a step that took a transition is judged a dead end (rejectLast).
      const update = addTransition(sourceGraph, { source, target: analysis.key, action, now, targetApp: app });
      if (update.isNew) this.index.addTransition(update.transition);
      this.bumpPendingTransition(sourceApp, update.transition.id, 1, 0);
      transition = update.transition;
    }

    // The entry state: where a fresh launch lands; until one is seen, where the app was first entered. Not
    // where a share sheet or chooser (the system's, or an overlay of another app) handed over: "Messages" in a
    // share sheet opens a new conversation, not the app's start; a relaunch planned to land there lands elsewhere.
    const sourceApp = source !== undefined ? this.index.appOf(source) : undefined;
    const handedOver =
      sourceApp !== undefined && sourceApp !== app && (this.overlays.has(source!) || SYSTEM_PACKAGES.has(sourceApp));
    const entering = sourceApp === undefined || sourceApp !== app;
    const opened = action?.kind === 'open_app' || (entering && !handedOver);
    if ((action?.kind === 'relaunch' || (!graph.entry && opened)) && graph.entry !== analysis.key) {
      graph.entry = analysis.key;
      graph.revision++;
    }

    this.moveStack(analysis.key, action, analysis.hasOverlay);
    this.currentKey = analysis.key;
    this.currentAnalysis = analysis;
    this.currentScreen = screen;
    const unexpected = !!prediction && prediction.target !== analysis.key;
    // An unexpected screen is not a place to roll back to, however calm it looks.
    this.previousStableKey = this.lastStableKey;
    this.lastTransition = transition;
    if (!unexpected && !analysis.hasOverlay && !analysis.loading) this.lastStableKey = analysis.key;

    const result: ObserveResult = { key: analysis.key, app, analysis, state, isNew, unexpected, verdict };
    if (transition) result.transition = transition;
    if (prediction) result.prediction = prediction;
    return result;
  }

  /**
   * The verifier judged the last observed step a failure: do not treat the
   * state it reached as the last stable one, and correct the graph. A
   * `dead_end` (the action did what it names and it led nowhere useful)
   * counts a failure on its transition; a `mistap` (the finger or the
   * grounding hit another element than the action names) takes the sighting
   * back, since "this action leads there" was never observed.
   */
  rejectLast(reason: 'dead_end' | 'mistap' = 'dead_end'): void {
    const t = this.lastTransition;
    if (t) {
      const app = this.index.appOf(t.source)!;
      const graph = this.index.graph(app)!;
      if (reason === 'mistap') {
        if (unrecordTransition(graph, t.id)) this.index.removeTransition(t);
        this.bumpPendingTransition(app, t.id, -1, 0);
      } else {
        recordFailure(graph, t.id);
        this.bumpPendingTransition(app, t.id, 0, 1);
      }
      this.lastTransition = undefined;
    }
    if (this.lastStableKey === this.currentKey) this.lastStableKey = this.previousStableKey;
  }

  /** Expected target of `action` from `from` (default: here), with confidence from counts. */
  predict(action: AbstractAction, from: StateKey | undefined = this.currentKey): Prediction | undefined {
    return from === undefined ? undefined : this.index.predict(from, actionId(action));
  }

  /** What happens if `action` is taken here: prediction, target state, and whether its element is on screen. */
  whatIf(action: AbstractAction, from: StateKey | undefined = this.currentKey): WhatIf {
    const prediction = this.predict(action, from);
    const result: WhatIf = {
      action,
      actionId: actionId(action),
      known: !!prediction,
      precondition: this.checkPrecondition(action),
    };
    if (prediction) {
      result.prediction = prediction;
      const target = this.index.state(prediction.target);
      if (target) result.target = target;
    }
    return result;
  }

  /** Whether the action's target element (and any recorded pre-condition) is on the current screen. */
  checkPrecondition(action: AbstractAction): PreConditionCheck {
    if (!this.currentAnalysis) return { ok: false, missing: action.target ? [action.target] : [] };
    const known = this.currentKey ? this.index.predict(this.currentKey, actionId(action)) : undefined;
    const elements = known ? known.transition.pre.elements : action.target ? [action.target] : [];
    return checkPrecondition({ elements }, this.currentAnalysis);
  }

  /** Shortest known transitions from here towards states satisfying `predicate`, nearest first. */
  pathsTo(predicate: (state: StateNode) => boolean, options?: PathOptions): GraphPath[] {
    if (this.currentKey === undefined) return [];
    return this.index.shortestPaths(this.currentKey, predicate, options);
  }

  /** The way back to the last stable state (back presses, a known path, or relaunch and replay). */
  pathBackToStable(
    target: StateKey | undefined = this.lastStableKey,
    options: { freshStart?: boolean } = {},
  ): RecoveryPlan | undefined {
    if (target === undefined) return undefined;
    return planRollback({
      index: this.index,
      current: this.currentKey,
      target,
      backStack: this.stack,
      ...(options.freshStart ? { freshStart: true } : {}),
    });
  }

  /** Signature of an element of the current screen (for building an AbstractAction from a model's choice). */
  signatureOf(elementId: string): ElementSignature | undefined {
    return this.currentAnalysis?.signatures.get(elementId);
  }

  /** Elements of the current screen with this signature (to act on a known transition). */
  elementsMatching(signature: ElementSignature): UiElement[] {
    const analysis = this.currentAnalysis;
    if (!analysis || !this.currentScreen) return [];
    return this.currentScreen.elements.filter((e) => analysis.signatures.get(e.id) === signature);
  }

  /** An AbstractAction for acting on element `elementId` of the current screen. */
  actionOn(kind: AbstractAction['kind'], elementId: string, extra: Partial<AbstractAction> = {}): AbstractAction {
    const action: AbstractAction = { kind, ...extra };
    const sig = this.signatureOf(elementId);
    if (sig) action.target = sig;
    const el = this.currentScreen?.elements.find((e) => e.id === elementId);
    if (el?.label) action.label = el.label;
    // What singles the element out on later screens (its row's content, its context): see reidentify.
    if (el && this.currentScreen && this.currentAnalysis)
      action.ref = elementRef(this.currentScreen, this.currentAnalysis, elementId);
    return action;
  }

  /**
   * The element of the current screen an abstract action uses, when it is
   * certainly there (reidentify; a caption that changed, "Pin" -> "Unpin",
   * counts as not there); null with the reason otherwise.
   */
  find(action: AbstractAction): Reidentified | undefined {
    if (!action.ref || !this.currentScreen || !this.currentAnalysis) return undefined;
    return reidentify(action.ref, this.currentScreen, this.currentAnalysis);
  }

  nameState(key: StateKey, name: string): void {
    const app = this.index.appOf(key);
    const graph = app ? this.index.graph(app) : undefined;
    if (!graph || !app) return;
    nameState(graph, key, name);
    this.pendingFor(app).named.add(key);
  }

  /** The generated XState config of an app's graph (cached per graph revision). */
  machineConfig(app: string | undefined = this.currentKey ? this.index.appOf(this.currentKey) : undefined) {
    return this.liveMachine(app).config();
  }

  machine(app?: string) {
    return this.liveMachine(app ?? (this.currentKey ? this.index.appOf(this.currentKey) : undefined)).machine();
  }

  /**
   * What changed since the last call, as graphs whose counts are increments:
   * save them with `store.saveGraph(delta, { merge: 'add' })` so concurrent
   * runs add up instead of overwriting each other.
   */
  takeDelta(): AppGraph[] {
    const deltas: AppGraph[] = [];
    for (const [app, p] of this.pending) {
      const graph = this.index.graph(app)!;
      const delta = createAppGraph(app);
      if (graph.entry) delta.entry = graph.entry;
      for (const key of new Set([...p.states.keys(), ...p.named])) {
        const s = graph.states[key]!;
        delta.states[key] = { ...structuredClone(s), visits: p.states.get(key) ?? 0 };
      }
      for (const [id, c] of p.transitions) {
        const t = graph.transitions[id];
        // Taken back within the run (a mis-tap), or nothing left to add.
        if (!t || (c.count <= 0 && c.failures === 0)) continue;
        delta.transitions[id] = { ...structuredClone(t), count: c.count, failures: c.failures };
        if (!delta.states[t.source])
          delta.states[t.source] = { ...structuredClone(graph.states[t.source]!), visits: 0 };
        const target = graph.states[t.target];
        if (target && !delta.states[t.target]) delta.states[t.target] = { ...structuredClone(target), visits: 0 };
      }
      deltas.push(delta);
    }
    this.pending.clear();
    return deltas;
  }

  private liveMachine(app: string | undefined): LiveMachine {
    const graph = app ? this.index.graph(app) : undefined;
    if (!graph || !app) throw new RangeError(`no FSM for app ${String(app)}; observe one of its screens first`);
    let live = this.machines.get(app);
    if (!live) {
      live = new LiveMachine(graph, this.index);
      this.machines.set(app, live);
    }
    return live;
  }

  private graphOrCreate(app: string): AppGraph {
    let graph = this.index.graph(app);
    if (!graph) {
      graph = createAppGraph(app);
      this.index.addGraph(graph);
    }
    return graph;
  }

  private pendingFor(app: string): Pending {
    let p = this.pending.get(app);
    if (!p) {
      p = { states: new Map(), transitions: new Map(), named: new Set() };
      this.pending.set(app, p);
    }
    return p;
  }

  private bumpPendingTransition(app: string, id: string, count: number, failures: number): void {
    const p = this.pendingFor(app);
    const c = p.transitions.get(id) ?? { count: 0, failures: 0 };
    c.count += count;
    c.failures += failures;
    p.transitions.set(id, c);
  }

  /** Keeps an approximation of the app's back stack from what was observed. */
  private moveStack(key: StateKey, action: AbstractAction | undefined, overlay: boolean): void {
    if (overlay) this.overlays.add(key);
    const top = this.stack[this.stack.length - 1];
    if (top === key) return;
    if (!action || action.kind === 'home' || action.kind === 'open_app' || action.kind === 'relaunch') {
      this.stack = [key];
      return;
    }
    const at = this.stack.lastIndexOf(key);
    if (isReverseAction(action)) {
      // Back (or Navigate up, Close, Cancel) to a screen we came through: pop to it. A dialog (a discard
      // prompt) sits on top. Anywhere else: the stack we knew is gone. Never a push: what was left is closed,
      // and a Back from here does not return to it.
      if (at >= 0) this.stack = this.stack.slice(0, at + 1);
      else if (overlay) this.stack.push(key);
      else this.stack = [key];
      return;
    }
    // Forward navigation to a screen already on the stack (a tab, an "up" button) returns to it.
    if (at >= 0) {
      this.stack = this.stack.slice(0, at + 1);
      return;
    }
    // A menu item or a dialog button that leads anywhere closes its menu or dialog (also when what it opens is
    // itself a dialog or a share sheet): Back does not reopen it.
    if (top !== undefined && this.overlays.has(top)) this.stack.pop();
    this.stack.push(key);
  }
}
