/**
 * A local stand-in for the Anthropic Messages API (node:http, random port),
 * used with the real SDK through `baseURL`. Each test queues the replies it
 * wants; every request is captured (method, path, headers, parsed body).
 * An empty queue answers 400 (not retryable) so a test fails loudly instead
 * of retrying forever.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** The body as the client sent it, byte for byte. */
  raw: string;
}

export type FakeReply =
  | { kind: 'message'; message: Record<string, unknown> }
  | { kind: 'error'; status: number; type: string; message: string; headers?: Record<string, string> }
  | ((request: CapturedRequest) => FakeReply);

export interface FakeAnthropicServer {
  /** Pass as the SDK's baseURL (no /v1). */
  readonly baseURL: string;
  readonly requests: CapturedRequest[];
  enqueue(...replies: FakeReply[]): void;
  /** Replies not consumed yet. */
  pending(): number;
  close(): Promise<void>;
}

let messageCounter = 0;

type Usage = Partial<
  Record<'input_tokens' | 'output_tokens' | 'cache_read_input_tokens' | 'cache_creation_input_tokens', number>
>;

/** A successful Messages API response around `content`, with a fresh message id. */
function messageReply(
  id: number,
  content: unknown[],
  stopReason: string,
  usage: Usage,
  model = 'claude-sonnet-4-6',
): FakeReply {
  return {
    kind: 'message',
    message: {
      id: `msg_fake_${id}`,
      type: 'message',
      role: 'assistant',
      model,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage,
    },
  };
}

/** A successful response with one tool call. */
export function toolUseReply(
  name: string,
  input: unknown,
  options: { text?: string; model?: string; usage?: Usage } = {},
): FakeReply {
  const id = ++messageCounter;
  const content: unknown[] = [];
  if (options.text) content.push({ type: 'text', text: options.text });
  content.push({ type: 'tool_use', id: `toolu_fake_${id}`, name, input });
  const usage = {
    input_tokens: 100,
    output_tokens: 20,
    cache_read_input_tokens: 0,
    cache_creation_input_tokens: 0,
    ...options.usage,
  };
  return messageReply(id, content, 'tool_use', usage, options.model);
}

export function textReply(text: string, options: { model?: string } = {}): FakeReply {
  return messageReply(
    ++messageCounter,
    [{ type: 'text', text }],
    'end_turn',
    { input_tokens: 50, output_tokens: 10 },
    options.model,
  );
}

export function rateLimited(retryAfterSeconds?: number): FakeReply {
  return {
    kind: 'error',
    status: 429,
    type: 'rate_limit_error',
    message: 'Number of request tokens has exceeded your per-minute rate limit',
    ...(retryAfterSeconds !== undefined ? { headers: { 'retry-after': String(retryAfterSeconds) } } : {}),
  };
}

export function overloaded(): FakeReply {
  return { kind: 'error', status: 529, type: 'overloaded_error', message: 'Overloaded' };
}

export function serverError(): FakeReply {
  return { kind: 'error', status: 500, type: 'api_error', message: 'Internal server error' };
}

export function badRequest(message: string): FakeReply {
  return { kind: 'error', status: 400, type: 'invalid_request_error', message };
}

export async function startFakeAnthropicServer(): Promise<FakeAnthropicServer> {
  const queue: FakeReply[] = [];
  const requests: CapturedRequest[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      const raw = Buffer.concat(chunks).toString('utf8');
      try {
        body = JSON.parse(raw || '{}') as Record<string, unknown>;
      } catch {
        send(res, { kind: 'error', status: 400, type: 'invalid_request_error', message: 'body is not JSON' });
        return;
      }
      const captured: CapturedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        raw,
      };
      requests.push(captured);
      if (req.method !== 'POST' || !(req.url ?? '').startsWith('/v1/messages')) {
        send(res, {
          kind: 'error',
          status: 404,
          type: 'not_found_error',
          message: `fake server: no route ${req.method} ${req.url}`,
        });
        return;
      }
      send(
        res,
        resolveReply(queue.shift() ?? badRequest('fake server: no scripted reply queued for this request'), captured),
      );
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

type StaticReply = Exclude<FakeReply, (r: CapturedRequest) => FakeReply>;

function resolveReply(reply: FakeReply, request: CapturedRequest): StaticReply {
  return typeof reply === 'function' ? resolveReply(reply(request), request) : reply;
}

function send(res: http.ServerResponse, reply: StaticReply): void {
  if (reply.kind === 'message') {
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_fake' });
    res.end(JSON.stringify(reply.message));
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': 'req_fake', ...reply.headers });
  res.end(JSON.stringify({ type: 'error', error: { type: reply.type, message: reply.message } }));
}
