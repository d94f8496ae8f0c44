/**
 * A test model: answers from a list of replies or a function, and counts its
 * calls. Deterministic (ids and token counts derive from the call index and
 * the request, counted by estimateTokens), so runs with it record and replay
 * like real ones.
 */
import { ScriptExhaustedError } from './errors.ts';
import { estimateRequestTokens, textTokens } from './estimateTokens.ts';
import { canonicalJson } from './requestHash.ts';
import type { ContentPart, ModelClient, ModelRequest, ModelResult, StopReason, ToolCall, Usage } from './types.ts';

export interface ScriptedReply {
  /** Shorthand for a single tool call. */
  tool?: string;
  input?: unknown;
  toolCalls?: Array<{ name: string; input: unknown; id?: string }>;
  text?: string;
  usage?: Partial<Usage>;
  stopReason?: StopReason;
}

export type Script =
  ScriptedReply[] | ((request: ModelRequest, callIndex: number) => ScriptedReply | Promise<ScriptedReply>);

export interface ScriptedModelOptions {
  name?: string;
  /** Reported as result.model; "scripted" by default (cost 0). */
  model?: string;
}

export class ScriptedModel implements ModelClient {
  readonly name: string;
  /** Calls made so far. */
  calls = 0;
  /** Every request received, in order. */
  readonly requests: ModelRequest[] = [];
  private readonly script: Script;
  private readonly model: string;

  constructor(script: Script, options: ScriptedModelOptions = {}) {
    this.script = script;
    this.name = options.name ?? 'scripted';
    this.model = options.model ?? 'scripted';
  }

  async complete(request: ModelRequest): Promise<ModelResult> {
    const index = this.calls++;
    this.requests.push(structuredClone(request));
    const reply = typeof this.script === 'function' ? await this.script(request, index) : this.script[index];
    if (!reply) throw new ScriptExhaustedError(index + 1);

    const calls: ToolCall[] = [
      ...(reply.tool !== undefined ? [{ name: reply.tool, input: reply.input ?? {} }] : []),
      ...(reply.toolCalls ?? []),
    ].map((c, i) => ({ id: 'id' in c && c.id ? c.id : `toolu_scripted_${index}_${i}`, name: c.name, input: c.input }));
    const content: ContentPart[] = [
      ...(reply.text ? [{ type: 'text' as const, text: reply.text }] : []),
      ...calls.map((c) => ({ type: 'tool_use' as const, ...c })),
    ];
    // The project's token counter (text at ~4 characters a token, images as Anthropic bills them).
    const usage: Usage = {
      inputTokens: estimateRequestTokens(request).total,
      outputTokens: textTokens(canonicalJson(content)),
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      ...reply.usage,
    };
    return {
      toolCalls: calls,
      text: reply.text ?? '',
      content,
      usage,
      costUsd: 0,
      model: this.model,
      stopReason: reply.stopReason ?? (calls.length > 0 ? 'tool_use' : 'end_turn'),
    };
  }
}
