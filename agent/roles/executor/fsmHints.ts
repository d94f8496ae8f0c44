/**
 * What the FSM knows about the current screen, in words for the executor:
 * the actions seen from this state, where each led (its usual outcome, and
 * others seen), how often, how often it was a dead end, and the element it
 * uses now when that element is certainly on screen. A row of a list is
 * named only when exactly one row shows the label it was learnt on: a hint
 * that points at the wrong row is worse than none.
 */
import type { Screen } from '../../../drivers/screen/types.ts';
import type { FsmTracker, ObserveResult, Transition } from '../../../fsm/index.ts';
import { elementFor } from '../../execute/elementFor.ts';

export function fsmHints(tracker: FsmTracker, observed: ObserveResult, screen: Screen, limit = 12): string {
  const graph = tracker.graph(observed.app);
  if (!graph) return 'FSM: nothing known about this app yet.';
  // One line per action, its outcomes together: the usual one first.
  const byAction = new Map<string, Transition[]>();
  for (const t of Object.values(graph.transitions)) {
    if (t.source !== observed.key) continue;
    // One line per action as the model reads it: the same app opened by label or by package is one action.
    const key = t.action.label ? `${t.action.kind}|${t.action.label}` : t.actionId;
    byAction.set(key, [...(byAction.get(key) ?? []), t]);
  }
  const lines = [...byAction.values()]
    .map((ts) => ts.sort((a, b) => b.count - b.failures - (a.count - a.failures)))
    .sort((a, b) => total(b) - total(a))
    .slice(0, limit)
    .map((ts) => {
      const main = ts[0]!;
      // A field is named by what it is for, not by the text it held when the move was learnt.
      const field = main.action.kind === 'type' ? main.action.ref?.hint || main.action.ref?.staticLabel : undefined;
      const label = field ? ` into "${field}"` : main.action.label ? ` "${main.action.label}"` : '';
      const now = elementFor(main.action, screen, tracker);
      // Only a certain element is named; one the screen may not show is said so, never guessed.
      const where = now ? ` (now ${now.id})` : main.action.target ? ' (not certainly on this screen)' : '';
      const name = (t: Transition) => `"${tracker.state(t.target)?.name ?? t.target}"`;
      const seen = total(ts);
      const deadEnds = ts.reduce((a, t) => a + t.failures, 0);
      const others = ts.slice(1).map((t) => `${name(t)} ${t.count}x`);
      return `- ${main.action.kind}${label}${where} -> ${name(main)} (seen ${seen}x${deadEnds > 0 ? `, a dead end ${deadEnds}x` : ''}${others.length > 0 ? `; also led to ${others.join(', ')}` : ''})`;
    });
  const name = `FSM state: "${observed.state.name}" (${observed.key}), ${observed.isNew ? 'new this run' : `visited ${observed.state.visits}x`}.`;
  return lines.length > 0
    ? `${name}\nKnown transitions from here:\n${lines.join('\n')}`
    : `${name}\nNo transitions known from here yet.`;
}

function total(ts: Transition[]): number {
  return ts.reduce((a, t) => a + t.count, 0);
}
