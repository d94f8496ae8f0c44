/**
 * The action space as one model tool, `act`: `{action: "tap", element: "e12",
 * reason, precondition, expected}`. One tool rather than one per action,
 * because a tool's JSON Schema cannot refer to another's: with a tool per
 * action every one of them repeated the precondition/expected schema (about
 * 21k characters for the 15 actions). Here each field and the condition
 * schema appear once (`$defs.condition`), and a line per action says which
 * fields it takes. The API does not accept a union at the top of a tool's
 * schema, so the tool's schema is flat and the per-action schemas (zod, the
 * single source) validate the answer: parseAction, with its error fed back.
 *
 * The JSON Schema is generated from the zod schemas and slimmed to what a
 * model needs to fill it in (types, enums, descriptions); bounds and
 * patterns stay with the validator, whose messages say what was wrong.
 */
import { z } from 'zod';
import type { JsonSchemaObject, StructuredSpec, ToolDefinition } from '../models/index.ts';
import { ACTION_NAMES, actionSchemas } from './actionSchemas.ts';
import type { Action, ActionName } from './actionSchemas.ts';
import { COMMON_FIELDS, commonFields, screenCondition } from './fields.ts';
import { parseAction } from './parseAction.ts';

/** The name of the one action tool. */
export const ACT_TOOL = 'act';

type Json = Record<string, unknown>;

/**
 * JSON Schema keywords a model needs, in the order they are written (so equal
 * schemas serialise equally); the rest (bounds, patterns, $schema) is the
 * validator's business.
 */
const KEPT = ['type', 'enum', 'items', 'properties', 'description', '$ref'];

function slim(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(slim);
  if (typeof schema !== 'object' || schema === null) return schema;
  const from = schema as Json;
  const out: Json = {};
  for (const k of KEPT) {
    const v = from[k];
    if (v === undefined) continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, slim(s)])) : slim(v);
  }
  return out;
}

function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input' }) as Json;
}

interface ActionFields {
  properties: Json;
  required: string[];
}

/** An action's own fields (the common ones left out), slimmed. */
function fieldsOf(name: ActionName): ActionFields {
  const json = jsonSchemaOf(actionSchemas[name].schema);
  const properties: Json = {};
  for (const [field, s] of Object.entries((json.properties ?? {}) as Json)) {
    if (!(COMMON_FIELDS as string[]).includes(field)) properties[field] = slim(s);
  }
  return { properties, required: ((json.required ?? []) as string[]).filter((f) => f in properties) };
}

/** `- tap(element?, x?, y?): Tap an element; …` */
function actionLine(name: ActionName, fields: ActionFields): string {
  const args = Object.keys(fields.properties).map((f) => (fields.required.includes(f) ? f : `${f}?`));
  return `- ${name}${args.length > 0 ? `(${args.join(', ')})` : ''}: ${actionSchemas[name].description}`;
}

function buildTool(names: readonly ActionName[]): ToolDefinition {
  const properties: Json = { action: { type: 'string', enum: [...names] } };
  const lines: string[] = [];
  for (const name of names) {
    const fields = fieldsOf(name);
    for (const [field, s] of Object.entries(fields.properties)) {
      const seen = properties[field];
      // One field, one meaning: the tool lists it once, so two actions may not describe it differently.
      if (seen !== undefined && JSON.stringify(seen) !== JSON.stringify(s))
        throw new Error(`action field "${field}" is declared differently in "${name}": align it in actionSchemas.ts`);
      properties[field] = s;
    }
    lines.push(actionLine(name, fields));
  }
  const ref = { $ref: '#/$defs/condition' };
  properties.reason = slim(jsonSchemaOf(commonFields.reason));
  properties.precondition = { ...ref, description: commonFields.precondition.description };
  properties.expected = { ...ref, description: commonFields.expected.description };
  properties.completes = slim(jsonSchemaOf(commonFields.completes));
  const input_schema: JsonSchemaObject = {
    type: 'object',
    properties,
    required: ['action'],
    $defs: { condition: slim(jsonSchemaOf(screenCondition)) },
  };
  return {
    name: ACT_TOOL,
    description: `One action on the phone: "action" and its fields. Any action may carry reason, precondition, expected, completes.\n${lines.join('\n')}`,
    input_schema,
  };
}

const cache = new Map<string, ToolDefinition>();

/** The `act` tool offering the given actions (all of them by default), in declaration order. */
export function actionTool(names: readonly ActionName[] = ACTION_NAMES): ToolDefinition {
  const ordered = ACTION_NAMES.filter((n) => names.includes(n));
  const key = ordered.join(',');
  let tool = cache.get(key);
  if (!tool) {
    tool = buildTool(ordered);
    cache.set(key, tool);
  }
  return structuredClone(tool);
}

/** A structuredCall spec over the `act` tool: exactly one valid action per answer. */
export function actionSpec(names: readonly ActionName[] = ACTION_NAMES): StructuredSpec<Action> {
  const allowed = new Set<string>(names);
  return {
    tools: [actionTool(names)],
    parse(call) {
      if (call.name !== ACT_TOOL) return { ok: false, message: `unknown tool "${call.name}"; call "${ACT_TOOL}"` };
      const input = call.input;
      const action = isPlainObject(input) ? input.action : undefined;
      if (typeof action !== 'string' || !allowed.has(action)) {
        const said = typeof action === 'string' ? `"${action}" is not available here` : 'missing "action"';
        return {
          ok: false,
          message: `Invalid input for "${ACT_TOOL}": ${said}; use one of: ${[...allowed].join(', ')}`,
        };
      }
      const { action: _name, ...fields } = input as Json;
      const r = parseAction(action, fields);
      return r.ok ? { ok: true, value: r.action } : { ok: false, message: r.error.message };
    },
  };
}

function isPlainObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
