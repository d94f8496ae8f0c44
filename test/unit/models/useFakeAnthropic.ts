/**
 * One local Messages API for a whole test file, with the planted key in the environment for each test:
 * the model tests share this lifecycle so each file says only what it checks on top.
 */
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { AnthropicModel } from '../../../agent/models/index.ts';
import type { RetryPolicy } from '../../../agent/models/index.ts';
import { startFakeAnthropicServer } from '../../support/fakeAnthropicServer.ts';
import type { FakeAnthropicServer } from '../../support/fakeAnthropicServer.ts';
import { fastRetry, PLANTED_KEY } from './helpers.ts';

export interface FakeAnthropic {
  /** The running server (read it inside a test or hook: it starts in beforeAll). */
  readonly server: FakeAnthropicServer;
  /** An AnthropicModel pointed at the server, retrying without real waits unless given a policy. */
  model(retry?: Partial<RetryPolicy>): AnthropicModel;
}

/** Registers the hooks (call at the top level of a test file): start/close the server, plant the key, clear recorded requests. */
export function useFakeAnthropic(): FakeAnthropic {
  let server: FakeAnthropicServer | undefined;
  beforeAll(async () => {
    server = await startFakeAnthropicServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    vi.stubEnv('ANTHROPIC_API_KEY', PLANTED_KEY);
    server!.requests.length = 0;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const handle: FakeAnthropic = {
    get server(): FakeAnthropicServer {
      if (!server) throw new Error('the fake Anthropic server is not running: read it inside a test or hook');
      return server;
    },
    model: (retry = fastRetry()) => new AnthropicModel({ baseURL: handle.server.baseURL, retry }),
  };
  return handle;
}
