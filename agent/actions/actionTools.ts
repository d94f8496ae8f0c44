/**
 * The action space as model tools: Anthropic tool definitions whose
 * input_schema is generated from the same zod schemas parseAction validates
 * with, plus a StructuredSpec so structuredCall can validate and retry.
 */
import { z } from 'zod';
import type { StructuredSpec, ToolDefinition } from '../models/index.ts';
import { ACTION_NAMES, actionSchemas } from './actionSchemas.ts';
import type { Action, ActionName } from './actionSchemas.ts';
import { parseAction } from './parseAction.ts';

const cache = new Map<ActionName, ToolDefinition>();

export function actionTool(name: ActionName): ToolDefinition {
  let tool = cache.get(name);
  if (!tool) {
    const { description, schema } = actionSchemas[name];
    const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
    tool = { name, description, input_schema: { ...jsonSchema, type: 'object' } };
    cache.set(name, tool);
  }
  return structuredClone(tool);
}

/** Tool definitions for the given actions (all of them by default), in declaration order. */
export function actionTools(names: readonly ActionName[] = ACTION_NAMES): ToolDefinition[] {
  return names.map(actionTool);
}

/** A structuredCall spec over the action tools: exactly one valid action per answer. */
export function actionSpec(names: readonly ActionName[] = ACTION_NAMES): StructuredSpec<Action> {
  const allowed = new Set<string>(names);
  return {
    tools: actionTools(names),
    parse(call) {
      if (!allowed.has(call.name)) {
        return { ok: false, message: `action "${call.name}" is not available here; use one of: ${names.join(', ')}` };
      }
      const r = parseAction(call.name, call.input);
      return r.ok ? { ok: true, value: r.action } : { ok: false, message: r.error.message };
    },
  };
}
