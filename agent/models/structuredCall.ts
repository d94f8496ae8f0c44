/**
 * Structured output in the shared layer: the model must answer with a tool
 * call whose input fits a schema. An invalid answer gets one more chance with
 * the validation error fed back as an error tool_result; if it is still
 * invalid, a ModelOutputError is thrown (a typed error, never a crash).
 */
import { z } from 'zod';
import { ModelOutputError } from './errors.ts';
import { assistantMessage, textPart, toolResultPart } from './parts.ts';
import { addUsage, ZERO_USAGE } from './usage.ts';
import type {
  ContentPart,
  ModelClient,
  ModelMessage,
  ModelRequest,
  ModelResult,
  ToolCall,
  ToolChoice,
  ToolDefinition,
  Usage,
} from './types.ts';

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** The tools offered and how to turn one tool call into a validated value. */
export interface StructuredSpec<T> {
  tools: ToolDefinition[];
  parse(call: ToolCall): ParseOutcome<T>;
}

/** A single-tool spec from a zod schema: the tool definition and the validator come from the same schema. */
export function toolSpec<S extends z.ZodType>(tool: {
  name: string;
  description: string;
  schema: S;
}): StructuredSpec<z.output<S>> {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(tool.schema, { io: 'input' }) as Record<string, unknown>;
  return {
    tools: [{ name: tool.name, description: tool.description, input_schema: { ...jsonSchema, type: 'object' } }],
    parse(call) {
      if (call.name !== tool.name) return { ok: false, message: `unknown tool "${call.name}"; call "${tool.name}"` };
      const r = tool.schema.safeParse(call.input);
      if (r.success) return { ok: true, value: r.data };
      const detail = r.error.issues
        .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
        .join('; ');
      return { ok: false, message: `Invalid input for "${tool.name}": ${detail}` };
    },
  };
}

export type StructuredRequest = Omit<ModelRequest, 'tools' | 'toolChoice'> & { toolChoice?: ToolChoice };

export interface StructuredOptions {
  /** Extra attempts after an invalid answer; 1 by default. */
  retries?: number;
}

export interface StructuredResult<T> {
  value: T;
  /** The tool call that produced value. */
  call: ToolCall;
  /** The result that contained it. */
  result: ModelResult;
  /** Every result, the invalid ones included (for token and cost accounting). */
  results: ModelResult[];
  attempts: number;
  usage: Usage;
  costUsd: number;
}

export async function structuredCall<T>(
  client: ModelClient,
  request: StructuredRequest,
  spec: StructuredSpec<T>,
  options: StructuredOptions = {},
): Promise<StructuredResult<T>> {
  const retries = Math.max(0, options.retries ?? 1);
  const names = spec.tools.map((t) => t.name);
  const toolChoice: ToolChoice =
    request.toolChoice ?? (names.length === 1 ? { type: 'tool', name: names[0] as string } : { type: 'any' });
  const messages: ModelMessage[] = [...request.messages];
  const results: ModelResult[] = [];
  let problem = '';

  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const result = await client.complete({ ...request, messages: [...messages], tools: spec.tools, toolChoice });
    results.push(result);
    const [first, ...rest] = result.toolCalls;
    if (first) {
      const parsed = spec.parse(first);
      if (parsed.ok) {
        const usage = results.reduce((u, r) => addUsage(u, r.usage), { ...ZERO_USAGE });
        const costUsd = results.reduce((c, r) => c + r.costUsd, 0);
        return { value: parsed.value, call: first, result, results, attempts: attempt, usage, costUsd };
      }
      problem = parsed.message;
      // Every tool_use needs a tool_result in the next user turn, or the API rejects the request.
      const feedback: ContentPart[] = [
        toolResultPart(first.id, `${problem}. Call the tool again with corrected input.`, true),
        ...rest.map((c) => toolResultPart(c.id, 'Ignored: answer with exactly one tool call.', true)),
      ];
      messages.push(assistantMessage(result), { role: 'user', content: feedback });
    } else {
      problem = `no tool call in the answer${result.stopReason === 'max_tokens' ? ' (it hit max_tokens)' : ''}; answer by calling one of: ${names.join(', ')}`;
      if (result.content.length > 0) messages.push(assistantMessage(result));
      messages.push({ role: 'user', content: [textPart(`${problem}.`)] });
    }
  }
  throw new ModelOutputError(problem, results.length, results);
}
