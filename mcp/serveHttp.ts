/**
 * `maple mcp --http <port>`: Streamable HTTP at http://<host>:<port>/mcp,
 * many clients at once. Each client's initialize opens a session (an
 * Mcp-Session-Id) with its own MCP server and its own phones; a DELETE or a
 * dropped session closes them. Binds to 127.0.0.1 unless told otherwise:
 * whoever reaches the port drives the phones.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { createMcpServer, type SessionServer } from './createMcpServer.ts';
import type { ServerContext } from './ServerContext.ts';

export const MCP_PATH = '/mcp';

export interface HttpServerHandle {
  url: string;
  /** Open client sessions. */
  sessions(): number;
  close(): Promise<void>;
}

interface Session {
  transport: StreamableHTTPServerTransport;
  server: SessionServer;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        reject(new Error('the request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function jsonRpcError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

export async function serveHttp(
  context: ServerContext,
  version: string,
  options: { port: number; host?: string },
): Promise<HttpServerHandle> {
  const sessions = new Map<string, Session>();

  const openSession = async (): Promise<StreamableHTTPServerTransport> => {
    const server = createMcpServer(context, version);
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, server });
      },
      // A DELETE is answered once the session's phones are closed, so the client knows they are.
      onsessionclosed: async (id) => {
        sessions.delete(id);
        await server.close();
      },
    });
    transport.onclose = () => {
      const id = transport.sessionId;
      if (id) sessions.delete(id);
      void server.close();
    };
    await server.mcp.connect(transport);
    return transport;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== MCP_PATH) return jsonRpcError(res, 404, `not found; the MCP endpoint is ${MCP_PATH}`);
    const id = req.headers['mcp-session-id'];
    const existing = typeof id === 'string' ? sessions.get(id) : undefined;
    if (req.method !== 'POST') {
      if (!existing) return jsonRpcError(res, 400, 'unknown or missing Mcp-Session-Id; initialize a session first');
      return existing.transport.handleRequest(req, res);
    }
    const body = await readBody(req);
    if (existing) return existing.transport.handleRequest(req, res, body);
    if (typeof id === 'string')
      return jsonRpcError(res, 404, `session ${id} is not open (ended or never started); initialize a new one`);
    if (!isInitializeRequest(body))
      return jsonRpcError(res, 400, 'no Mcp-Session-Id: the first request of a session must be initialize');
    const transport = await openSession();
    await transport.handleRequest(req, res, body);
  };

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) jsonRpcError(res, 400, error instanceof Error ? error.message : String(error));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}${MCP_PATH}`,
    sessions: () => sessions.size,
    close: async () => {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.allSettled(open.map((s) => s.transport.close()));
      await Promise.allSettled(open.map((s) => s.server.close()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
