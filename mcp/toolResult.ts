/**
 * How every tool answers: the same data as text (what a model reads) and as
 * structuredContent (what a program reads); and how an error becomes an MCP
 * tool error whose text says what to do, so one bad call never stops the server.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { redactSecrets } from '../agent/trajectory/redactSecrets.ts';
import { McpToolError } from './McpToolError.ts';

export function toolResult(data: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(data, null, 2) }], structuredContent: data };
}

export function toolError(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

/** The text of an error for the client: ours as they are, the rest with their type and a pointer to the logs. */
export function errorText(error: unknown): string {
  if (error instanceof McpToolError) return error.message;
  const e = error instanceof Error ? error : new Error(String(error));
  return redactSecrets(`${e.name}: ${e.message}`);
}

/** Runs a tool's body; whatever it throws becomes a tool error. */
export async function answer(body: () => Promise<Record<string, unknown>>): Promise<CallToolResult> {
  try {
    return toolResult(await body());
  } catch (error) {
    return toolError(errorText(error));
  }
}
