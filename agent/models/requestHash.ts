/**
 * A stable key for a request, for cassettes. The request is normalised
 * first: volatile fields (metadata.step, ISO timestamps in text) removed,
 * images replaced by their SHA-256, keys sorted. The model name is not part
 * of the key: a cassette answers for whichever model recorded it.
 */
import { createHash } from 'node:crypto';
import type { ContentPart, ModelMessage, ModelRequest } from './types.ts';

const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g;

export interface NormalisedRequest {
  role: string;
  system: { stable: string; volatile: string };
  messages: unknown[];
  tools: unknown[];
  toolChoice: unknown;
  maxTokens: number;
  temperature: number | null;
}

function scrubText(text: string): string {
  return text.replace(ISO_TIMESTAMP, '<timestamp>');
}

function sha256(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

function normalisePart(part: ContentPart): unknown {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: scrubText(part.text) };
    case 'image':
      return { type: 'image', mediaType: part.mediaType, sha256: sha256(part.data) };
    case 'tool_use':
      return part;
    case 'tool_result':
      return {
        ...part,
        content: typeof part.content === 'string' ? scrubText(part.content) : part.content.map(normalisePart),
        isError: part.isError ?? false,
      };
  }
}

function normaliseMessage(m: ModelMessage): unknown {
  return {
    role: m.role,
    content:
      typeof m.content === 'string' ? [{ type: 'text', text: scrubText(m.content) }] : m.content.map(normalisePart),
  };
}

export function normaliseRequest(request: ModelRequest): NormalisedRequest {
  return {
    role: request.metadata.role,
    system: { stable: scrubText(request.system.stable), volatile: scrubText(request.system.volatile ?? '') },
    messages: request.messages.map(normaliseMessage),
    tools: request.tools ?? [],
    toolChoice: request.toolChoice ?? null,
    maxTokens: request.maxTokens,
    temperature: request.temperature ?? null,
  };
}

/** JSON with object keys sorted at every level and undefined dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** 24 hex characters of SHA-256 over the canonical normalised request. */
export function requestHash(request: ModelRequest): string {
  return sha256(canonicalJson(normaliseRequest(request))).slice(0, 24);
}
