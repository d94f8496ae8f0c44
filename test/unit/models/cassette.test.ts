import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionSpec } from '../../../agent/actions/index.ts';
import {
  assistantMessage,
  CassetteError,
  CassetteMissError,
  createModel,
  imagePart,
  ReplayModel,
  requestHash,
  structuredCall,
  toolResultPart,
} from '../../../agent/models/index.ts';
import type { ModelClient, ModelMessage, ModelResult } from '../../../agent/models/index.ts';
import { toolUseReply } from '../../support/fakeAnthropicServer.ts';
import { fastRetry, PLANTED_KEY, request } from './helpers.ts';
import { useFakeAnthropic } from './useFakeAnthropic.ts';

const fake = useFakeAnthropic();
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maple-cassette-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A three-step exchange with a screenshot, run against any model. */
async function runTask(model: ModelClient): Promise<{ actions: unknown[]; results: ModelResult[] }> {
  const png = Buffer.from('fake-png-bytes');
  const messages: ModelMessage[] = [
    { role: 'user', content: [{ type: 'text', text: `Task at 2025-11-27T09:07:00Z: buy Catan` }, imagePart(png)] },
  ];
  const actions: unknown[] = [];
  const results: ModelResult[] = [];
  for (let step = 1; step <= 3; step++) {
    const r = await structuredCall(
      model,
      { system: { stable: 'phone agent' }, messages, maxTokens: 300, metadata: { role: 'executor', step } },
      actionSpec(),
    );
    actions.push(r.value);
    results.push(...r.results);
    messages.push(assistantMessage(r.result), { role: 'user', content: [toolResultPart(r.call.id, `ok ${step}`)] });
  }
  return { actions, results };
}

describe('record then replay', () => {
  it('replays a recorded run to identical results, without the API and without the key on disk', async () => {
    const file = path.join(dir, 'run.jsonl');
    fake.server.enqueue(
      toolUseReply('act', { action: 'open_app', app: 'Shopping' }),
      toolUseReply('act', { action: 'tap', element: 'bad id' }), // fixed by the semantic retry, recorded too
      toolUseReply('act', { action: 'tap', element: 'e3' }),
      toolUseReply('act', { action: 'finish', success: true, answer: '$39.99' }),
    );
    const recorder = createModel(`record:${file}:anthropic`, {
      anthropic: { baseURL: fake.server.baseURL, retry: fastRetry() },
    }) as ModelClient;
    expect(recorder.name).toBe(`record:${file}:anthropic:claude-sonnet-4-6`);
    const recorded = await runTask(recorder);
    const apiCalls = fake.server.requests.length;
    expect(apiCalls).toBe(4);

    const text = fs.readFileSync(file, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(4);
    expect(text).not.toContain(PLANTED_KEY);
    expect(text).not.toContain('PLANTED-SECRET');
    expect(text.toLowerCase()).not.toContain('authorization');
    expect(text).not.toContain(Buffer.from('fake-png-bytes').toString('base64')); // images stored as hashes
    expect(text).toContain('<timestamp>');

    const replay = createModel(`replay:${file}`) as ReplayModel;
    const replayed = await runTask(replay);
    expect(replayed).toEqual(recorded);
    expect(replay.calls).toBe(4);
    expect(fake.server.requests.length).toBe(apiCalls); // replay never touched the API
  });

  it('is strict on a miss: a typed error with the hash and how to re-record', async () => {
    const file = path.join(dir, 'one.jsonl');
    fake.server.enqueue(toolUseReply('act', { action: 'back' }));
    const recorder = createModel(`record:${file}:anthropic`, {
      anthropic: { baseURL: fake.server.baseURL, retry: fastRetry() },
    }) as ModelClient;
    await recorder.complete(request('go back'));

    const replay = new ReplayModel(file);
    await expect(replay.complete(request('go back'))).resolves.toMatchObject({
      toolCalls: [{ name: 'act', input: { action: 'back' } }],
    });
    const changed = request('go home');
    const err = (await replay.complete(changed).catch((e: unknown) => e)) as CassetteMissError;
    expect(err).toBeInstanceOf(CassetteMissError);
    expect(err.hash).toBe(requestHash(changed));
    expect(err.message).toContain(err.hash);
    expect(err.message).toContain(`record:${file}:anthropic`);
    expect(err.message).toContain('"executor"');
  });

  it('keys requests on what matters: not the step number or timestamps, but the text, images and tools', () => {
    const base = request('Screen: Cart, total $40');
    expect(requestHash({ ...base, metadata: { role: 'executor', step: 9 } })).toBe(requestHash(base));
    expect(requestHash(request('at 2025-01-01T10:00:00Z'))).toBe(
      requestHash(request('at 2026-03-04T11:12:13.456+02:00')),
    );
    expect(requestHash(request('Screen: Cart, total $41'))).not.toBe(requestHash(base));
    expect(requestHash({ ...base, metadata: { role: 'planner', step: 1 } })).not.toBe(requestHash(base));
    const withImage = (b: string): typeof base => ({
      ...base,
      messages: [{ role: 'user', content: [imagePart(Buffer.from(b))] }],
    });
    expect(requestHash(withImage('a'))).not.toBe(requestHash(withImage('b')));
    expect(requestHash({ ...base, system: { stable: 'phone agent', volatile: 'x' } })).not.toBe(
      requestHash({ ...base, system: { stable: 'phone agent', volatile: 'y' } }),
    );
  });

  it('reports a missing or corrupt cassette with a typed error', () => {
    expect(() => new ReplayModel(path.join(dir, 'none.jsonl'))).toThrow(CassetteError);
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, '{"v":1}\nnot json\n');
    expect(() => new ReplayModel(bad)).toThrow(/line 1 is not a v1 cassette entry/);
  });

  it('redacts a key that found its way into a prompt before writing', async () => {
    const file = path.join(dir, 'leak.jsonl');
    fake.server.enqueue(toolUseReply('act', { action: 'home' }));
    const recorder = createModel(`record:${file}:anthropic`, {
      anthropic: { baseURL: fake.server.baseURL, retry: fastRetry() },
    }) as ModelClient;
    await recorder.complete(request(`my key is ${PLANTED_KEY}`));
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('PLANTED-SECRET');
    expect(text).toContain('[REDACTED]');
  });
});
