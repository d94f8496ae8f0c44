/**
 * The runtime validator for proposed actions: a tool call (name + input) in,
 * a typed Action or a ValidationError out. Never throws on bad input.
 */
import { ACTION_NAMES, actionSchemas, isActionName } from './actionSchemas.ts';
import type { Action } from './actionSchemas.ts';
import { ValidationError } from './ValidationError.ts';
import { zodIssues } from './zodIssues.ts';

export type ParseActionResult = { ok: true; action: Action } | { ok: false; error: ValidationError };

export function parseAction(toolName: string, input: unknown): ParseActionResult {
  if (!isActionName(toolName)) {
    return {
      ok: false,
      error: new ValidationError(toolName, input, [
        { path: '', message: `unknown action; use one of: ${ACTION_NAMES.join(', ')}` },
      ]),
    };
  }
  // Models sometimes echo the action name inside the input; it carries no information.
  const body = isPlainObject(input) ? withoutKey(input, 'type') : input;
  const parsed = actionSchemas[toolName].schema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, error: new ValidationError(toolName, input, zodIssues(parsed.error)) };
  }
  return { ok: true, action: { type: toolName, ...(parsed.data as object) } as Action };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function withoutKey(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = o;
  return rest;
}
