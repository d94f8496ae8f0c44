/**
 * The one place that reads the FSM's AppGraph shape (fsm/graph/AppGraph.ts):
 * states, their representative snapshot, transitions with their abstract
 * action, counts and pre/post-conditions, turned into the explorer's view
 * model: readable unique names, destructive actions marked, and every state
 * placed in its app's box (layoutViewModel.ts).
 */
import type { AppGraph, StateNode, Transition } from '../../fsm/index.ts';
import type { FsmViewElement, FsmViewModel, FsmViewTransition } from './FsmViewModel.ts';
import { namesDestructiveAction } from './isDestructiveAction.ts';
import { layoutViewModel, type UnplacedState } from './layoutViewModel.ts';
import { viewStateNames } from './viewStateNames.ts';

/** Optional extras a snapshot may carry (bounds per element, screen size); read when present. */
interface SnapshotExtras {
  width?: number;
  height?: number;
  screen?: { width: number; height: number };
}
interface ElementExtras {
  bounds?: { left: number; top: number; right: number; bottom: number };
}

function viewState(graph: AppGraph, node: StateNode, name: string): UnplacedState {
  const snap = node.snapshot ?? { title: '', elements: [] };
  const extras = snap as typeof snap & SnapshotExtras;
  const elements: FsmViewElement[] = (snap.elements ?? []).map((e) => {
    const el: FsmViewElement = { role: String(e.role), label: e.label ?? '', actionable: !!e.actionable, sig: e.sig };
    const b = (e as typeof e & ElementExtras).bounds;
    if (b && [b.left, b.top, b.right, b.bottom].every((v) => typeof v === 'number')) el.bounds = b;
    return el;
  });
  const screen =
    extras.screen ?? (extras.width && extras.height ? { width: extras.width, height: extras.height } : undefined);
  const state: UnplacedState = {
    id: node.key,
    app: graph.app,
    name,
    title: snap.title ?? '',
    visits: node.visits ?? 0,
    stable: node.stable !== false,
    entry: graph.entry === node.key,
    firstSeen: node.firstSeen,
    lastSeen: node.lastSeen,
    elements,
  };
  if (node.name && node.name !== name) state.storedName = node.name;
  if (snap.dialogTitle) state.dialogTitle = snap.dialogTitle;
  if (snap.activity) state.activity = snap.activity;
  if (screen) state.screen = screen;
  return state;
}

/** A signature's readable name: the label the element had in that state, else the static label inside the signature. */
function labelOf(sig: string, state: UnplacedState | undefined): string {
  const el = state?.elements.find((e) => e.sig === sig);
  if (el?.label) return el.label;
  const parts = sig.split('|');
  return parts[2] || parts[1] || sig;
}

function actionLabel(t: Transition, source: UnplacedState | undefined): string {
  const a = t.action;
  const target = a.target ? ` "${a.label || labelOf(a.target, source)}"` : '';
  switch (a.kind) {
    case 'type':
      return `type${a.text ? ` "${a.text}"` : ''}${a.target ? ` in${target}` : ''}`;
    case 'swipe':
    case 'scroll':
      return `${a.kind}${a.direction ? ` ${a.direction}` : ''}${target}`;
    case 'open_app':
      return `open ${a.app ?? 'app'}`;
    default:
      return `${a.kind}${target}`;
  }
}

/** The generic yes of a confirmation dialog: destructive when the dialog asks about a destructive action. */
const CONFIRM = /^(?:ok|okay|yes|confirm|continue|proceed|sure|i'?m sure|apply)$/i;

/**
 * Destructive: the element acted on names a destructive action, or the action is the plain "OK" of a dialog
 * that does ("Delete alarm?"). Cancelling such a dialog, or its other choices ("Save draft"), is not.
 */
function isDestructive(t: Transition, source: UnplacedState | undefined): boolean {
  if (t.action.kind === 'back' || t.action.kind === 'home') return false;
  const words = t.action.target ? `${t.action.label ?? ''} ${labelOf(t.action.target, source)}` : '';
  if (namesDestructiveAction(words)) return true;
  const dialog = source?.dialogTitle ?? '';
  const label = (t.action.label ?? '').trim();
  return !!dialog && namesDestructiveAction(dialog) && t.action.kind === 'tap' && CONFIRM.test(label);
}

function placeholder(t: Transition, app: string): UnplacedState {
  return {
    id: t.target,
    app: t.targetApp ?? app,
    name: t.targetApp ? `${t.targetApp} (not loaded)` : `unknown ${t.target.slice(0, 8)}`,
    title: '',
    visits: 0,
    stable: true,
    entry: false,
    elements: [],
    external: true,
  };
}

export function toFsmViewModel(graphs: AppGraph[], now: Date = new Date()): FsmViewModel {
  const states = new Map<string, UnplacedState>();
  for (const g of graphs) {
    const names = viewStateNames(g);
    for (const node of Object.values(g.states)) {
      // A key seen in two graphs is shown once, in the first graph given.
      if (!states.has(node.key)) states.set(node.key, viewState(g, node, names.get(node.key)!));
    }
  }
  const transitions: FsmViewTransition[] = [];
  for (const g of graphs) {
    for (const t of Object.values(g.transitions)) {
      const source = states.get(t.source);
      if (!source) continue;
      if (!states.has(t.target)) states.set(t.target, placeholder(t, g.app));
      const target = states.get(t.target);
      const post: FsmViewTransition['post'] = { elements: (t.post?.elements ?? []).map((sig) => labelOf(sig, target)) };
      if (t.post?.state) post.state = states.get(t.post.state)?.name ?? t.post.state;
      const view: FsmViewTransition = {
        id: t.id,
        source: t.source,
        target: t.target,
        app: g.app,
        label: actionLabel(t, source),
        actionId: t.actionId,
        kind: t.action.kind,
        count: t.count ?? 0,
        failures: t.failures ?? 0,
        // a list-row signature is shared by every row: the action's own label says which row it was
        pre: (t.pre?.elements ?? []).map((sig) =>
          sig === t.action.target && t.action.label ? t.action.label : labelOf(sig, source),
        ),
        post,
        destructive: isDestructive(t, source),
      };
      if (t.targetApp) view.targetApp = t.targetApp;
      transitions.push(view);
    }
  }
  const { groups, placed } = layoutViewModel(graphs, [...states.values()], transitions);
  return { apps: graphs.map((g) => g.app), groups, states: placed, transitions, generatedAt: now.toISOString() };
}
