/**
 * The model interface: one request shape in, one result shape out, whatever
 * answers (Claude, a cassette, a subprocess, a script). Shapes follow the
 * Messages API closely so converting is trivial, but stay independent of the
 * SDK so the agents never import it.
 */
import type { InputPart } from './inputParts.ts';

export interface TextPart {
  type: 'text';
  text: string;
  /** What the text is, for the token account (agent/models/inputParts.ts); never sent, not in cassette keys. */
  part?: InputPart;
}

/** A PNG screenshot, base64 without a data: prefix. Build with imagePart(buffer). */
export interface ImagePart {
  type: 'image';
  mediaType: 'image/png';
  data: string;
}

export interface ToolUsePart {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
}

export interface ToolResultPart {
  type: 'tool_result';
  toolUseId: string;
  content: string | Array<TextPart | ImagePart>;
  isError?: boolean;
}

export type ContentPart = TextPart | ImagePart | ToolUsePart | ToolResultPart;

export interface ModelMessage {
  role: 'user' | 'assistant';
  content: string | ContentPart[];
}

/**
 * The system prompt in two parts: `stable` is the same across steps of a run
 * (role instructions, action docs) and is marked for prompt caching;
 * `volatile` changes per step (task progress, memory) and comes after it.
 */
export interface SystemPrompt {
  stable: string;
  volatile?: string;
}

/** A JSON Schema object describing a tool's input (top level must be type "object"). */
export type JsonSchemaObject = { type: 'object' } & Record<string, unknown>;

/** Anthropic tool definition shape. */
export interface ToolDefinition {
  name: string;
  description: string;
  input_schema: JsonSchemaObject;
}

export type ToolChoice = { type: 'auto' } | { type: 'any' } | { type: 'tool'; name: string } | { type: 'none' };

/** Which agent is asking, for logs, trajectories and cassette keys. */
export interface RequestMetadata {
  role: string;
  /** Step of the run; volatile, so it is not part of a cassette key. */
  step?: number;
}

export interface ModelRequest {
  system: SystemPrompt;
  messages: ModelMessage[];
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  maxTokens: number;
  temperature?: number;
  metadata: RequestMetadata;
}

export interface ToolCall {
  id: string;
  name: string;
  input: unknown;
}

export interface Usage {
  /** Uncached input tokens. */
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

export type StopReason =
  'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence' | 'pause_turn' | 'refusal' | (string & {});

export interface ModelResult {
  toolCalls: ToolCall[];
  /** All text blocks joined with newlines ('' when none). */
  text: string;
  /** The assistant turn as content parts, in order, to append for a multi-turn exchange. */
  content: ContentPart[];
  usage: Usage;
  /** Estimated from the price table (agent/models/pricing.ts); 0 for unknown or local models. */
  costUsd: number;
  /** The model that actually answered, as reported. */
  model: string;
  stopReason: StopReason;
}

export interface ModelClient {
  /** The spec-like name shown in logs: "anthropic:claude-sonnet-4-5", "replay:x.jsonl", ... */
  readonly name: string;
  complete(request: ModelRequest): Promise<ModelResult>;
  /** Releases resources (subprocesses, files). Safe to call twice. */
  close?(): Promise<void>;
}
