/**
 * `maple mcp`: one client over stdin/stdout (Claude Code, Claude Desktop
 * start the server this way). stdout carries the protocol only: anything
 * else the server has to say goes to stderr. Ends when the client closes
 * stdin, with its phones closed and the store flushed.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer } from './createMcpServer.ts';
import type { ServerContext } from './ServerContext.ts';

export async function serveStdio(server: ServerContext, version: string): Promise<void> {
  // A library that logs with console.log would corrupt the protocol stream: its lines go to stderr instead.
  console.log = console.error;
  console.info = console.error;
  const session = createMcpServer(server, version);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await session.mcp.connect(transport);
  await closed;
  await session.close();
  await session.mcp.close().catch(() => undefined);
}
