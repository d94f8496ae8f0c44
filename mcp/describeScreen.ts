/**
 * A screen as the tools return it: the compact listing the agent's models
 * read (element ids to act on), the FSM state it is, and the transitions the
 * FSM knows from there, with the element each one uses on this screen, so a
 * client can follow a learned path one step at a time or jump with navigate_to.
 */
import { renderCompact } from '../drivers/screen/index.ts';
import { actionCaption, type FsmTracker, type StateNode } from '../fsm/index.ts';
import type { SeenScreen } from './DeviceSession.ts';

export interface StateRef {
  key: string;
  name: string;
  app: string;
}

export interface KnownTransition {
  /** The action in a few words, e.g. "tap Alarm". */
  action: string;
  /** The element it uses on this screen, when it is there. */
  element?: string;
  to: StateRef | { key: string; app: string };
  /** Times seen, and times it led elsewhere. */
  count: number;
  failures: number;
}

export interface ScreenView {
  app: string;
  activity: string;
  /** The FSM state; absent while a pop-up, crash or spinner covers the app. */
  state?: StateRef & { isNew: boolean; stable: boolean };
  /** The compact listing: one line per element that matters, with ids to act on. */
  screen: string;
  transitions: KnownTransition[];
}

export function stateRef(state: StateNode, app: string): StateRef {
  return { key: state.key, name: state.name, app };
}

function knownTransitions(tracker: FsmTracker, app: string, key: string): KnownTransition[] {
  const graph = tracker.graph(app);
  if (!graph) return [];
  return Object.values(graph.transitions)
    .filter((t) => t.source === key)
    .sort((a, b) => b.count - b.failures - (a.count - a.failures))
    .map((t) => {
      const target = (t.targetApp ? tracker.graph(t.targetApp) : graph)?.states[t.target];
      // The actionable one: a tab's caption text shares the tab's signature and label.
      const matches = t.action.target ? tracker.elementsMatching(t.action.target).filter((e) => e.actionable) : [];
      const element = matches.find((e) => e.label === t.action.label) ?? matches[0];
      return {
        action: actionCaption(t.action),
        ...(element ? { element: element.id } : {}),
        to: target ? stateRef(target, t.targetApp ?? app) : { key: t.target, app: t.targetApp ?? app },
        count: t.count,
        failures: t.failures,
      };
    });
}

export function describeScreen(seen: SeenScreen, tracker: FsmTracker): ScreenView {
  const { screen } = seen.perception;
  const o = seen.observed;
  return {
    app: screen.foregroundPackage,
    activity: screen.activity ?? '',
    ...(o ? { state: { ...stateRef(o.state, o.app), isNew: o.isNew, stable: o.state.stable } } : {}),
    screen: renderCompact(screen),
    transitions: o ? knownTransitions(tracker, o.app, o.key) : [],
  };
}
