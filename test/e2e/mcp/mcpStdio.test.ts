/**
 * `maple mcp` over stdio, driven by the MCP SDK's own Client as Claude Code
 * would: the tools listed, the virtual phone opened, observed and acted on,
 * a screen learned by `maple explore` reached with navigate_to (checked
 * against the phone's true screen), a task run offline with progress per
 * step, the FSM exported; malformed calls answered as tool errors while
 * the server keeps serving.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFsmBundle } from '../../../fsm/index.ts';
import {
  call,
  callError,
  resetPhone,
  stdioClient,
  trueApps,
  trueScreen,
  type OpenedOnServer,
} from '../../support/mcpClients.ts';
import { CLOCK, clockGraph, exploredStore, targetTwoTapsFromEntry, walkTo, type Target } from './learnedClock.ts';

const TOOLS = [
  'act',
  'close_device',
  'devices',
  'export_fsm',
  'navigate_to',
  'observe',
  'open_device',
  'run_task',
  'skills',
];

let store = '';
let client: Client;
let phone: OpenedOnServer;
let target: Target;
let entry = '';

beforeAll(async () => {
  store = await exploredStore();
  const graph = await clockGraph(store);
  entry = graph.entry!;
  target = targetTwoTapsFromEntry(graph);
  client = await stdioClient(['--store', store]);
}, 120_000);

afterAll(async () => {
  await client?.close();
  if (store) rmSync(store, { recursive: true, force: true });
});

describe('maple mcp over stdio', () => {
  it('lists its tools and resources', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
    const act = tools.find((t) => t.name === 'act')!;
    expect((act.inputSchema.properties as Record<string, { enum?: string[] }>).action!.enum).toContain('tap');
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((r) => r.uriTemplate).sort()).toEqual([
      'maple://fsm/{app}/{format}',
      'maple://report/{run}',
      'maple://trajectory/{run}',
    ]);
  });

  it('opens the virtual phone, observes it and acts with verification', async () => {
    phone = await call<OpenedOnServer>(client, 'open_device', { device: 'virtual' });
    expect(phone.device).toBe('d1');
    expect(await trueScreen(phone)).toMatch(/^launcher/);
    const seen = await call<{ state: { name: string }; screen: string; transitions: unknown[] }>(client, 'observe', {
      screenshot: false,
    });
    expect(seen.screen).toMatch(/button "Clock"/);
    const shot = await client.callTool({ name: 'observe', arguments: { screenshot: true } });
    const image = (shot.content as Array<{ type: string; data?: string; mimeType?: string }>).find(
      (c) => c.type === 'image',
    )!;
    expect(image.mimeType).toBe('image/png');
    expect(Buffer.from(image.data!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    // The launcher's way into Clock was learned by the explorer.
    expect(seen.transitions.length).toBeGreaterThan(0);

    const opened = await call<{ verdict: string; state: { key: string } }>(client, 'act', {
      action: 'open_app',
      app: 'Clock',
    });
    expect(opened.verdict).toBe('success');
    expect(opened.state.key).toBe(entry);
    expect(await trueScreen(phone)).toMatch(/^clock\//);
  });

  it('answers malformed calls with tool errors that say what to do, and keeps serving', async () => {
    expect(await callError(client, 'act', { action: 'tap', element: 'e9999' })).toMatch(
      /element "e9999" is not on the current screen.*call observe/,
    );
    expect(await callError(client, 'act', { action: 'fly' })).toMatch(/action/);
    expect(await callError(client, 'act', { action: 'tap' })).toMatch(/give "element".*or both "x" and "y"/);
    const second = await call<{ device: string }>(client, 'open_device', { device: 'virtual', seed: 2 });
    await call(client, 'close_device', { device: second.device });
    expect(await callError(client, 'observe', { device: second.device })).toMatch(/was closed; open another/);
    expect(await callError(client, 'navigate_to', { device: 'd1', state: 'No such screen anywhere' })).toMatch(
      /no known screen is named or keyed/,
    );
    expect(await callError(client, 'open_device', { device: 'virtual', faults: 'stormy' })).toMatch(/faults "stormy"/);
    // Still serving, on the same phone.
    const seen = await call<{ state: { key: string } }>(client, 'observe', { device: 'd1' });
    expect(seen.state.key).toBe(entry);
  });

  it('navigates to a screen three steps away by its learned path, ending on the true screen', async () => {
    // Where the target truly is on this phone: walk there once with act, read the ground truth.
    // Then the phone goes back to its seeded start, so the walk's own changes (a stopwatch left running) do not
    // shorten the way: the target is three screens from the launcher (open Clock, tap, tap).
    await walkTo(client, 'd1', target);
    const truth = await trueScreen(phone);
    await resetPhone(phone);
    expect(await trueScreen(phone)).toMatch(/^launcher/);

    const nav = await call<{ reached: boolean; steps: Array<{ verdict: string }>; modelCalls: number }>(
      client,
      'navigate_to',
      { state: target.name },
    );
    expect(nav.reached).toBe(true);
    expect(nav.steps.length).toBeGreaterThanOrEqual(3);
    expect(nav.steps.every((s) => s.verdict === 'success')).toBe(true);
    expect(await trueScreen(phone)).toBe(truth);
  });

  it('runs a task offline with a progress notification per step, and serves its trajectory and report', async () => {
    await call(client, 'act', { action: 'home' });
    const progress: string[] = [];
    const run = await call<{
      status: string;
      run: string;
      summary: { steps: number; modelCalls: number };
      trajectoryUri: string;
      report: string;
      reportUri: string;
    }>(
      client,
      'run_task',
      { task: 'Turn on Dark theme in Settings' },
      { onprogress: (p) => progress.push(String(p.message)) },
    );
    const settings = (await trueApps(phone))['com.android.settings'] as { display: { darkMode: boolean } };
    expect(settings.display.darkMode).toBe(true);
    expect(run.status).toBe('success');
    expect(run.summary.modelCalls).toBe(0);
    expect(progress).toHaveLength(run.summary.steps);
    expect(existsSync(run.report)).toBe(true);
    const trajectory = await client.readResource({ uri: run.trajectoryUri });
    const body = JSON.parse((trajectory.contents[0] as { text: string }).text) as { steps: unknown[] };
    expect(body.steps).toHaveLength(run.summary.steps);
    const report = await client.readResource({ uri: run.reportUri });
    expect(report.contents[0]!.mimeType).toBe('text/html');
    expect(path.basename(path.dirname(run.report))).toBe(run.run);
    await expect(client.readResource({ uri: 'maple://trajectory/no-such-run' })).rejects.toThrow(
      /no run "no-such-run"/,
    );

    // The verified run was retained as a learned task whose values are parameters.
    const { skills } = await call<{ skills: Array<{ template: string; parameters: Array<{ example: string }> }> }>(
      client,
      'skills',
    );
    const learned = skills.find((k) => k.parameters.some((p) => p.example === 'Dark theme'));
    expect(learned?.template).toMatch(/\{s\d\}/);
  }, 120_000);

  it('exports the learned FSM as a tool result and as a resource', async () => {
    const exported = await client.callTool({ name: 'export_fsm', arguments: { app: CLOCK, format: 'json' } });
    expect(exported.isError).toBeFalsy();
    const text = (exported.content as Array<{ text: string }>)[1]!.text;
    const graph = parseFsmBundle(text).graphs[0]!;
    expect(graph.states[target.key]?.name).toBe(target.name);
    const about = exported.structuredContent as { uri: string; states: number };
    expect(about.states).toBe(Object.keys(graph.states).length);
    const dot = await client.readResource({ uri: `maple://fsm/${CLOCK}/dot` });
    expect((dot.contents[0] as { text: string }).text).toMatch(/^digraph/);
    expect(await callError(client, 'export_fsm', { app: 'com.example.none' })).toMatch(/known apps: .*deskclock/);
  });
});
