/**
 * Conversion between our request/result shapes and the Messages API wire
 * format. Used by the Anthropic client (through the SDK) and by the exec
 * protocol (raw JSON lines), so both see the very same bodies.
 */
import { estimateCostUsd } from './pricing.ts';
import type { ContentPart, ModelRequest, ModelResult, ToolCall, ToolDefinition, Usage } from './types.ts';

type CacheControl = { type: 'ephemeral' };

export interface WireTextBlock {
  type: 'text';
  text: string;
  cache_control?: CacheControl;
}
export interface WireImageBlock {
  type: 'image';
  source: { type: 'base64'; media_type: 'image/png'; data: string };
}
export interface WireToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
}
export interface WireToolResultBlock {
  type: 'tool_result';
  tool_use_id: string;
  content: string | Array<WireTextBlock | WireImageBlock>;
  is_error?: boolean;
}
export type WireBlock = WireTextBlock | WireImageBlock | WireToolUseBlock | WireToolResultBlock;

/** The body of POST /v1/messages (non-streaming), as the SDK sends it. */
export interface MessagesRequestBody {
  model: string;
  max_tokens: number;
  system?: WireTextBlock[];
  messages: Array<{ role: 'user' | 'assistant'; content: string | WireBlock[] }>;
  tools?: Array<ToolDefinition & { cache_control?: CacheControl }>;
  tool_choice?: ModelRequest['toolChoice'];
  temperature?: number;
}

export interface MessagesResponse {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: Array<{ type: string; [k: string]: unknown }>;
  stop_reason: string | null;
  /** Absent only when checkMessagesResponse was told usage is optional. */
  usage?: {
    input_tokens: number;
    output_tokens: number;
    cache_read_input_tokens?: number | null;
    cache_creation_input_tokens?: number | null;
  };
}

export interface BodyOptions {
  /** Mark the end of the stable prefix (tools, then the stable system text) for prompt caching. */
  cache: boolean;
}

/**
 * The wire body. With caching on there is one breakpoint, at the end of what
 * stays the same across the steps of a run: the API's prefix order is tools,
 * system, messages, so a marker on the stable system block caches tools and
 * system text together (one cache write per role per run, then reads). Without
 * a stable system text the marker goes on the last tool. Per-step text (the
 * volatile system block, the messages) comes after the marker.
 */
export function toMessagesBody(request: ModelRequest, model: string, options: BodyOptions): MessagesRequestBody {
  const cacheControl: CacheControl = { type: 'ephemeral' };
  const system: WireTextBlock[] = [];
  if (request.system.stable) {
    system.push(
      options.cache
        ? { type: 'text', text: request.system.stable, cache_control: cacheControl }
        : { type: 'text', text: request.system.stable },
    );
  }
  if (request.system.volatile) system.push({ type: 'text', text: request.system.volatile });
  const markLastTool = options.cache && !request.system.stable;

  const body: MessagesRequestBody = {
    model,
    max_tokens: request.maxTokens,
    messages: request.messages.map((m) => ({
      role: m.role,
      content: typeof m.content === 'string' ? m.content : m.content.map(toWireBlock),
    })),
  };
  if (system.length > 0) body.system = system;
  if (request.tools && request.tools.length > 0) {
    body.tools = request.tools.map((t, i, all) =>
      markLastTool && i === all.length - 1 ? { ...t, cache_control: cacheControl } : { ...t },
    );
    if (request.toolChoice) body.tool_choice = request.toolChoice;
  }
  if (request.temperature !== undefined) body.temperature = request.temperature;
  return body;
}

function toWireBlock(part: ContentPart): WireBlock {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'image':
      return { type: 'image', source: { type: 'base64', media_type: part.mediaType, data: part.data } };
    case 'tool_use':
      return { type: 'tool_use', id: part.id, name: part.name, input: part.input };
    case 'tool_result': {
      const content =
        typeof part.content === 'string'
          ? part.content
          : part.content.map((c) => toWireBlock(c) as WireTextBlock | WireImageBlock);
      return part.isError
        ? { type: 'tool_result', tool_use_id: part.toolUseId, content, is_error: true }
        : { type: 'tool_result', tool_use_id: part.toolUseId, content };
    }
  }
}

export interface CheckOptions {
  /** Accept a response without `usage` (an exec: model that does not count); the caller estimates it. */
  usageOptional?: boolean;
}

/**
 * Checks that a value has the Messages API response shape. Throws an Error
 * saying which field is wrong; callers wrap it in their own typed error.
 * A response without usage passes only with `usageOptional`, and then
 * carries no `usage` field.
 */
export function checkMessagesResponse(value: unknown, options: CheckOptions = {}): MessagesResponse {
  if (typeof value !== 'object' || value === null) throw new Error('response is not a JSON object');
  const v = value as Record<string, unknown>;
  if (v.type === 'error') {
    const err = v.error as { type?: string; message?: string } | undefined;
    throw new Error(`error response: ${err?.type ?? 'error'}: ${err?.message ?? 'no message'}`);
  }
  if (!Array.isArray(v.content)) throw new Error('response has no "content" array');
  for (const block of v.content) {
    if (typeof block !== 'object' || block === null || typeof (block as { type?: unknown }).type !== 'string') {
      throw new Error('a content block has no "type"');
    }
    const b = block as Record<string, unknown>;
    if (b.type === 'text' && typeof b.text !== 'string') throw new Error('a text block has no "text" string');
    if (b.type === 'tool_use' && (typeof b.id !== 'string' || typeof b.name !== 'string')) {
      throw new Error('a tool_use block needs string "id" and "name"');
    }
  }
  const usage = v.usage as Record<string, unknown> | undefined;
  const counted = !!usage && typeof usage.input_tokens === 'number' && typeof usage.output_tokens === 'number';
  if (!counted && !(options.usageOptional && usage === undefined)) {
    throw new Error('response needs "usage" with numeric input_tokens and output_tokens');
  }
  return {
    id: typeof v.id === 'string' ? v.id : 'msg_unknown',
    type: 'message',
    role: 'assistant',
    model: typeof v.model === 'string' ? v.model : 'unknown',
    content: v.content as MessagesResponse['content'],
    stop_reason: typeof v.stop_reason === 'string' ? v.stop_reason : null,
    ...(counted ? { usage: usage as MessagesResponse['usage'] } : {}),
  };
}

/** `estimate` supplies the usage of a response that carries none (see checkMessagesResponse). */
export function fromMessagesResponse(response: MessagesResponse, estimate?: () => Usage): ModelResult {
  const content: ContentPart[] = [];
  const toolCalls: ToolCall[] = [];
  const texts: string[] = [];
  for (const block of response.content) {
    if (block.type === 'text') {
      const text = block.text as string;
      texts.push(text);
      content.push({ type: 'text', text });
    } else if (block.type === 'tool_use') {
      const call: ToolCall = { id: block.id as string, name: block.name as string, input: block.input ?? {} };
      toolCalls.push(call);
      content.push({ type: 'tool_use', ...call });
    }
    // thinking and server-tool blocks are not part of our interface; dropped on purpose.
  }
  const reported = response.usage;
  if (!reported && !estimate) throw new Error('response has no "usage" and nothing estimates it');
  const usage: Usage = reported
    ? {
        inputTokens: reported.input_tokens,
        outputTokens: reported.output_tokens,
        cacheReadTokens: reported.cache_read_input_tokens ?? 0,
        cacheWriteTokens: reported.cache_creation_input_tokens ?? 0,
      }
    : estimate!();
  return {
    toolCalls,
    text: texts.join('\n'),
    content,
    usage,
    costUsd: estimateCostUsd(response.model, usage),
    model: response.model,
    stopReason: response.stop_reason ?? 'end_turn',
  };
}
