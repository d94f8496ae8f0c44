/**
 * What the FSM knows about the current screen, in words for the executor:
 * the transitions seen from this state, where they led and how often, and
 * whether their element is on screen now (so the model can follow known
 * paths instead of exploring).
 */
import type { FsmTracker, ObserveResult } from '../../../fsm/index.ts';

export function fsmHints(tracker: FsmTracker, observed: ObserveResult, limit = 12): string {
  const graph = tracker.graph(observed.app);
  if (!graph) return 'FSM: nothing known about this app yet.';
  const out = Object.values(graph.transitions)
    .filter((t) => t.source === observed.key)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((t) => {
      const target = tracker.state(t.target);
      const label = t.action.label ? ` "${t.action.label}"` : '';
      const onScreen = t.action.target ? tracker.elementsMatching(t.action.target)[0] : undefined;
      const where = onScreen ? ` (now ${onScreen.id})` : '';
      const failures = t.failures > 0 ? `, failed ${t.failures}x` : '';
      return `- ${t.action.kind}${label}${where} -> "${target?.name ?? t.target}" (seen ${t.count}x${failures})`;
    });
  const name = `FSM state: "${observed.state.name}" (${observed.key}), ${observed.isNew ? 'new this run' : `visited ${observed.state.visits}x`}.`;
  return out.length > 0
    ? `${name}\nKnown transitions from here:\n${out.join('\n')}`
    : `${name}\nNo transitions known from here yet.`;
}
