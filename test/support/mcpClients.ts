/**
 * The MCP SDK's own Client against `maple mcp`, over its real transports: a
 * child process on stdio, or Streamable HTTP. Plus the virtual phone's
 * ground truth for a phone the server opened, read over plain WebDriver
 * (POST /session/:id/execute/sync with `mobile: maple…`) on the Appium
 * session open_device reports: the test sees the true screen, the server
 * never tells it.
 */
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function stdioClient(args: string[], env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [path.join(ROOT, 'cli/maple.mjs'), 'mcp', ...args],
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'maple-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

export async function httpClient(url: string): Promise<Client> {
  const client = new Client({ name: 'maple-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

export interface ToolAnswer<T> {
  result: CallToolResult;
  data: T;
}

/** Calls a tool that must succeed; its structured content. */
export async function call<T = Record<string, unknown>>(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
  options: Parameters<Client['callTool']>[2] = {},
): Promise<T> {
  const result = (await client.callTool({ name, arguments: args }, undefined, {
    timeout: 120_000,
    ...options,
  })) as CallToolResult;
  if (result.isError) throw new Error(`${name} failed: ${JSON.stringify(result.content)}`);
  return result.structuredContent as T;
}

/** Calls a tool that must fail as a tool error; its text. */
export async function callError(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (!result.isError) throw new Error(`${name} should have failed: ${JSON.stringify(result.structuredContent)}`);
  return (result.content[0] as { text: string }).text;
}

export interface OpenedOnServer {
  device: string;
  appium: string;
  sessionId: string;
}

async function mobile<T>(opened: OpenedOnServer, name: string, args: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${opened.appium}/session/${opened.sessionId}/execute/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ script: `mobile: ${name}`, args: [args] }),
  });
  const body = (await response.json()) as { value: T };
  if (!response.ok) throw new Error(`mobile: ${name} failed: ${JSON.stringify(body)}`);
  return body.value;
}

/** The true screen id ("clock/…") of a phone the MCP server opened. */
export async function trueScreen(opened: OpenedOnServer): Promise<string> {
  return (await mobile<{ id: string }>(opened, 'mapleScreenId')).id;
}

/** Every app's ground-truth data on a phone the MCP server opened. */
export async function trueApps(opened: OpenedOnServer): Promise<Record<string, unknown>> {
  return (await mobile<{ apps: Record<string, unknown> }>(opened, 'mapleGroundTruth')).apps;
}

/** Puts the phone back to its seeded start (data, screens, clock): what a test does between setting up and checking. */
export async function resetPhone(opened: OpenedOnServer): Promise<void> {
  await mobile(opened, 'mapleReset');
}
