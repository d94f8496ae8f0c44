/**
 * Places the FSM view's states: one group per app (the page draws it as a
 * box around its states, a compound node), each state a box sized to its
 * label, laid out within its app by layout/layoutApp.ts. The page only
 * arranges the app boxes to fit the window.
 */
import type { AppGraph } from '../../fsm/index.ts';
import { appLabels } from './appLabels.ts';
import type { FsmViewApp, FsmViewState, FsmViewTransition } from './FsmViewModel.ts';
import { labelBox } from './layout/labelBox.ts';
import { layoutApp } from './layout/layoutApp.ts';

/** A view state before layout. */
export type UnplacedState = Omit<FsmViewState, 'lines' | 'box'>;

export function layoutViewModel(
  graphs: AppGraph[],
  states: UnplacedState[],
  transitions: FsmViewTransition[],
): { groups: FsmViewApp[]; placed: FsmViewState[] } {
  const labels = appLabels(graphs);
  const entries = new Map(graphs.map((g) => [g.app, g.entry]));
  const order = [...new Set([...graphs.map((g) => g.app), ...states.map((s) => s.app)])];
  const groups: FsmViewApp[] = [];
  const placed: FsmViewState[] = [];
  for (const app of order) {
    const members = states.filter((s) => s.app === app);
    if (members.length === 0) continue;
    const boxes = new Map(members.map((s) => [s.id, labelBox((s.entry ? '▶ ' : '') + s.name)]));
    const ids = new Set(boxes.keys());
    const layout = layoutApp(
      members.map((s) => ({ id: s.id, width: boxes.get(s.id)!.width, height: boxes.get(s.id)!.height })),
      transitions.filter((t) => ids.has(t.source) && ids.has(t.target)),
      entries.get(app),
    );
    for (const s of members) {
      const box = boxes.get(s.id)!;
      const at = layout.positions.get(s.id)!;
      placed.push({ ...s, lines: box.lines, box: { x: at.x, y: at.y, width: box.width, height: box.height } });
    }
    groups.push({
      id: app,
      label: labels.get(app) ?? app,
      states: members.length,
      width: layout.width,
      height: layout.height,
      external: members.every((s) => s.external),
    });
  }
  return { groups, placed };
}
