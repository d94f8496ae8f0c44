/**
 * The names the FSM view gives states: readable (what the screen is called,
 * never an activity class such as "BrowseActivity" or a state key) and
 * unique within their app (two screens called "Stopwatch" become
 * "Stopwatch" and "Stopwatch (Lap)" by what tells them apart). Graphs learnt
 * under the current rules already carry such names (fsm/identity/stateName.ts);
 * older graphs, imports and hand-written files may not, and the view must
 * still tell their states apart.
 */
import { activityWords, shortClassName, uniqueStateName, type AppGraph, type StateNode } from '../../fsm/index.ts';

/** A name that is really a class or a key: "BrowseActivity", ".activities.BrowseActivity", "DeskClock", "3f9a0c…". */
function isMachineName(name: string, activity: string | undefined): boolean {
  if (!name.trim()) return true;
  if (/^[0-9a-f]{8,}$/i.test(name)) return true;
  if (/^[\w$.]*\.[\w$]+$/.test(name) && !name.includes(' ')) return true;
  if (/^[A-Z]\w*(?:Activity|Fragment|Dialog)$/.test(name)) return true;
  return !!activity && !name.includes(' ') && name === shortClassName(activity).split('$').pop();
}

/** What to call a state whose stored name is machine-made: its title, its dialog, what its activity is. */
function readableName(node: StateNode, app: string): string {
  const snap = node.snapshot;
  const stored = node.name?.trim() ?? '';
  if (!isMachineName(stored, snap?.activity)) return stored;
  const base = snap?.title?.trim() || activityWords(snap?.activity) || activityWords(stored) || app.split('.').pop()!;
  return snap?.dialogTitle ? `${base} > ${snap.dialogTitle}` : base;
}

/** Display name per state key of one graph: readable, unique within the graph. */
export function viewStateNames(graph: AppGraph): Map<string, string> {
  // Earlier states keep their names; a later clash gets the distinguishing feature.
  const nodes = Object.values(graph.states).sort(
    (a, b) => (a.firstSeen ?? 0) - (b.firstSeen ?? 0) || a.key.localeCompare(b.key),
  );
  const taken = new Map<string, readonly string[]>();
  const names = new Map<string, string>();
  for (const node of nodes) {
    const name = uniqueStateName(readableName(node, graph.app), node.features ?? [], (n) => taken.get(n));
    taken.set(name, node.features ?? []);
    names.set(node.key, name);
  }
  return names;
}
