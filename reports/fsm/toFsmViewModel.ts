/**
 * The one place that reads the FSM's AppGraph shape (fsm/graph/AppGraph.ts):
 * states, their representative snapshot, transitions with their abstract
 * action, counts and pre/post-conditions, turned into the explorer's view model.
 */
import type { AppGraph, StateNode, Transition } from '../../fsm/index.ts';
import type { FsmViewElement, FsmViewModel, FsmViewState, FsmViewTransition } from './FsmViewModel.ts';

/** Optional extras a snapshot may carry (bounds per element, screen size); read when present. */
interface SnapshotExtras {
  width?: number;
  height?: number;
  screen?: { width: number; height: number };
}
interface ElementExtras {
  bounds?: { left: number; top: number; right: number; bottom: number };
}

function viewState(graph: AppGraph, node: StateNode): FsmViewState {
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
  const state: FsmViewState = {
    id: node.key,
    app: graph.app,
    name: node.name || snap.title || node.key.slice(0, 10),
    title: snap.title ?? '',
    visits: node.visits ?? 0,
    stable: node.stable !== false,
    entry: graph.entry === node.key,
    firstSeen: node.firstSeen,
    lastSeen: node.lastSeen,
    elements,
  };
  if (snap.dialogTitle) state.dialogTitle = snap.dialogTitle;
  if (snap.activity) state.activity = snap.activity;
  if (screen) state.screen = screen;
  return state;
}

/** A signature's readable name: the label the element had in that state, else the static label inside the signature. */
function labelOf(sig: string, state: FsmViewState | undefined): string {
  const el = state?.elements.find((e) => e.sig === sig);
  if (el?.label) return el.label;
  const parts = sig.split('|');
  return parts[2] || parts[1] || sig;
}

function actionLabel(t: Transition, source: FsmViewState | undefined): string {
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

export function toFsmViewModel(graphs: AppGraph[], now: Date = new Date()): FsmViewModel {
  const states = new Map<string, FsmViewState>();
  for (const g of graphs) {
    for (const node of Object.values(g.states)) {
      // A key seen in two graphs is shown once, in the first graph given.
      if (!states.has(node.key)) states.set(node.key, viewState(g, node));
    }
  }
  const transitions: FsmViewTransition[] = [];
  for (const g of graphs) {
    for (const t of Object.values(g.transitions)) {
      const source = states.get(t.source);
      if (!source) continue;
      if (!states.has(t.target)) {
        states.set(t.target, {
          id: t.target,
          app: t.targetApp ?? g.app,
          name: t.targetApp ? `${t.targetApp} (not loaded)` : `unknown ${t.target.slice(0, 8)}`,
          title: '',
          visits: 0,
          stable: true,
          entry: false,
          elements: [],
          external: true,
        });
      }
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
      };
      if (t.targetApp) view.targetApp = t.targetApp;
      transitions.push(view);
    }
  }
  return { apps: graphs.map((g) => g.app), states: [...states.values()], transitions, generatedAt: now.toISOString() };
}
