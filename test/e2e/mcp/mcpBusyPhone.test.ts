/**
 * One call at a time per phone: while run_task drives the phone (held in the
 * middle of a step by a gated exec: model), another call on that phone is a
 * tool error that says what to do, other tools go on answering, and the run
 * ends as it would have once the model answers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callError, stdioClient, trueApps, type OpenedOnServer } from '../../support/mcpClients.ts';

const GATED_MODEL = path.resolve(import.meta.dirname, '../agent/fixtures/gatedModel.mjs');

let dir = '';
let gate = '';
let client: Client;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'maple-mcp-busy-'));
  gate = path.join(dir, 'gate', 'open');
  mkdirSync(path.dirname(gate), { recursive: true });
  client = await stdioClient(['--store', path.join(dir, 'store'), '--model', `exec:node ${GATED_MODEL}`], {
    MAPLE_GATE_FILE: gate,
  });
}, 60_000);

afterAll(async () => {
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a phone busy with run_task', () => {
  it('refuses other calls on it until the run ends, and keeps serving', async () => {
    const phone = await call<OpenedOnServer>(client, 'open_device', { device: 'virtual' });
    let firstStep: () => void = () => undefined;
    const stepped = new Promise<void>((resolve) => (firstStep = resolve));
    const run = call<{ status: string; summary: { modelCalls: number } }>(
      client,
      'run_task',
      { task: 'Turn on Dark theme in Settings', report: false },
      { onprogress: () => firstStep() },
    );
    // The model holds the second step until the gate opens: the run is in progress now.
    await stepped;
    expect(await callError(client, 'observe', {})).toMatch(
      /device "d1" is busy with run_task; wait for it to end, or open another device/,
    );
    expect(await callError(client, 'close_device', {})).toMatch(/busy with run_task/);
    const { open } = await call<{ open: Array<{ id: string }> }>(client, 'devices');
    expect(open.map((d) => d.id)).toEqual(['d1']);

    writeFileSync(gate, 'go');
    const result = await run;
    expect(result.status).toBe('success');
    expect(result.summary.modelCalls).toBeGreaterThan(0);
    const settings = (await trueApps(phone))['com.android.settings'] as { display: { darkMode: boolean } };
    expect(settings.display.darkMode).toBe(true);
    const seen = await call<{ app: string }>(client, 'observe');
    expect(seen.app).toBe('com.android.settings');
  }, 120_000);
});
