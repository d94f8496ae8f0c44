/**
 * `maple mcp --http` with two SDK clients at once, each on its own virtual
 * phone: one walks a learned path with navigate_to while the other acts on
 * its phone, and neither sees the other's device. The server runs with an
 * exec: model that only counts its calls, so "navigate_to makes no model
 * call" is checked on a server that has a model. Ending a session closes its phone.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, httpClient, resetPhone, trueScreen, type OpenedOnServer } from '../../support/mcpClients.ts';
import { startMaple, type RunningMaple } from '../../support/spawnMaple.ts';
import { clockGraph, exploredStore, targetTwoTapsFromEntry, walkTo, type Target } from './learnedClock.ts';

const COUNTING_MODEL = path.resolve(import.meta.dirname, 'fixtures/countingModel.mjs');

let store = '';
let calls = '';
let server: RunningMaple;
let url = '';
let target: Target;

beforeAll(async () => {
  store = await exploredStore();
  target = targetTwoTapsFromEntry(await clockGraph(store));
  calls = path.join(store, 'model-calls.jsonl');
  server = startMaple(
    ['mcp', '--http', '0', '--store', store, '--model', `exec:${process.execPath} ${COUNTING_MODEL}`],
    { MAPLE_MODEL_CALLS: calls },
  );
  url = /serving Streamable HTTP at (\S+)/.exec(await server.waitForLine(/serving Streamable HTTP at/))![1]!;
}, 120_000);

afterAll(async () => {
  server?.child.kill('SIGINT');
  await server?.done;
  if (store) rmSync(store, { recursive: true, force: true });
});

describe('maple mcp over Streamable HTTP', () => {
  it('serves two clients at once, each on its own phone; navigate_to takes no model call', async () => {
    const [a, b] = await Promise.all([httpClient(url), httpClient(url)]);
    const [phoneA, phoneB] = await Promise.all([
      call<OpenedOnServer>(a, 'open_device', { device: 'virtual' }),
      call<OpenedOnServer>(b, 'open_device', { device: 'virtual', seed: 2 }),
    ]);
    expect(phoneA.sessionId).not.toBe(phoneB.sessionId);
    // Each session sees its own phone only.
    for (const [client, phone] of [
      [a, phoneA],
      [b, phoneB],
    ] as Array<[Client, OpenedOnServer]>) {
      const { open } = await call<{ open: Array<{ sessionId: string }> }>(client, 'devices');
      expect(open.map((d) => d.sessionId)).toEqual([phone.sessionId]);
    }

    await walkTo(a, phoneA.device, target);
    const truth = await trueScreen(phoneA);
    await resetPhone(phoneA);

    const [nav, settings] = await Promise.all([
      call<{ reached: boolean; steps: unknown[] }>(a, 'navigate_to', { state: target.name }),
      call<{ verdict: string }>(b, 'act', { action: 'open_app', app: 'Settings' }),
    ]);
    expect(nav.reached).toBe(true);
    expect(nav.steps.length).toBeGreaterThanOrEqual(3);
    expect(settings.verdict).toBe('success');
    expect(await trueScreen(phoneA)).toBe(truth);
    expect(await trueScreen(phoneB)).toMatch(/^settings\//);
    expect(existsSync(calls)).toBe(false);

    // Ending a session closes its phone; the other goes on.
    await (a.transport as StreamableHTTPClientTransport).terminateSession();
    await a.close();
    await expect(trueScreen(phoneA)).rejects.toThrow();
    const seen = await call<{ app: string }>(b, 'observe');
    expect(seen.app).toBe('com.android.settings');
    await b.close();
  }, 120_000);
});
