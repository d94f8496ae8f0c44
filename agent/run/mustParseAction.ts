import { parseAction } from '../actions/index.ts';
import type { Action } from '../actions/index.ts';

/** An action the run builds itself (home, back): invalid input here is a bug, so it throws. */
export function mustParseAction(name: string, input: Record<string, unknown>, reason: string): Action {
  const r = parseAction(name, { ...input, reason });
  if (!r.ok) throw r.error;
  return r.action;
}
