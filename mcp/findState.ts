/**
 * Which known FSM state a client means: its key (or a unique start of it),
 * else its name (exactly, ignoring case, else a unique part of it), over
 * every app's graph or one app's. An unknown or ambiguous name is a tool
 * error that lists what would match.
 */
import type { FsmTracker } from '../fsm/index.ts';
import { stateRef, type StateRef } from './describeScreen.ts';
import { McpToolError } from './McpToolError.ts';

function listed(states: StateRef[]): string {
  const shown = states.slice(0, 8).map((s) => `"${s.name}" (${s.key}, ${s.app})`);
  return shown.join('; ') + (states.length > 8 ? `; and ${states.length - 8} more` : '');
}

export function findState(tracker: FsmTracker, query: string, app?: string): StateRef {
  const graphs = tracker.graphs().filter((g) => app === undefined || g.app === app);
  if (graphs.length === 0)
    throw new McpToolError(
      app
        ? `the FSM has no screens of "${app}" yet; explore it first (maple explore --app <label>) or act in it.`
        : 'the FSM knows no screens yet; explore an app first (maple explore --app <label>) or act on the phone.',
    );
  const all = graphs.flatMap((g) => Object.values(g.states).map((s) => stateRef(s, g.app)));
  const q = query.trim();
  const lower = q.toLowerCase();
  const tiers = [
    all.filter((s) => s.key === q),
    q.length >= 4 ? all.filter((s) => s.key.startsWith(q)) : [],
    all.filter((s) => s.name.toLowerCase() === lower),
    all.filter((s) => s.name.toLowerCase().includes(lower)),
  ];
  for (const found of tiers) {
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      throw new McpToolError(
        `"${q}" matches ${found.length} known screens: ${listed(found)}. Pass the key of the one you mean.`,
      );
  }
  throw new McpToolError(
    `no known screen is named or keyed "${q}"; known screens: ${listed(all)}. Call export_fsm (format json) to see them all.`,
  );
}
