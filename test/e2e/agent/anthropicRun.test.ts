/**
 * The model-backed agent through the real Anthropic SDK against a local
 * server speaking the Messages API: a whole task on the virtual device
 * through tool calls, screenshots in the requests, an invalid answer fixed by
 * the semantic retry, and one that stays invalid ending its step with a typed
 * error while the run goes on.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runTask } from '../../../agent/index.ts';
import { AnthropicModel, pngSize } from '../../../agent/models/index.ts';
import { readTrajectory } from '../../../agent/trajectory/index.ts';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';
import {
  startFakeAnthropicServer,
  type CapturedRequest,
  type FakeAnthropicServer,
  type FakeReply,
} from '../../support/fakeAnthropicServer.ts';
// @ts-expect-error: a plain .mjs fixture without types
import { answer, idOf } from './fixtures/darkThemeModel.mjs';

const answerFor = answer as (body: unknown, options?: { reason?: string }) => Record<string, unknown>;
const idFor = idOf as (screen: string, label: string, role?: string) => { id: string } | undefined;

let opened: OpenedDevice;
let base: string;
let server: FakeAnthropicServer;

beforeAll(async () => {
  opened = await openDevice({ device: 'virtual', seed: 1 });
  base = await opened.groundTruth!.snapshot();
  server = await startFakeAnthropicServer();
});

afterAll(async () => {
  await server?.close();
  await opened?.close();
});

beforeEach(async () => {
  await opened.groundTruth!.restore(base);
});

function firstText(body: Record<string, unknown>): string {
  const messages = body.messages as Array<{ content: string | Array<{ type: string; text?: string }> }>;
  const c = messages[0]!.content;
  return typeof c === 'string'
    ? c
    : c
        .filter((b) => b.type === 'text')
        .map((b) => b.text)
        .join('\n');
}

describe('model-backed agent through the Anthropic SDK', () => {
  it('completes a task through tool calls, with screenshots, a fixed invalid answer and one that stays invalid', async () => {
    let settingsInvalidSent = false;
    let displayInvalidSent = 0;
    const reply = (req: CapturedRequest): FakeReply => {
      const body = req.body;
      const tools = (body.tools as Array<{ name: string }>).map((t) => t.name);
      const messages = body.messages as unknown[];
      const screen = firstText(body);
      if (tools.includes('act')) {
        // On the Settings list: the first answer names the element by label (invalid), the retry fixes it.
        if (screen.includes('foreground=com.android.settings') && idFor(screen, 'Display') && !settingsInvalidSent) {
          settingsInvalidSent = true;
          return {
            kind: 'message',
            message: {
              ...answerFor(body),
              content: [
                { type: 'tool_use', id: 'toolu_bad_1', name: 'act', input: { action: 'tap', element: 'Display' } },
              ],
            },
          };
        }
        // On Display: two invalid answers in a row (no element, no x/y): the step fails with a typed error.
        if (idFor(screen, 'Dark theme', 'switch') && displayInvalidSent < 2) {
          displayInvalidSent += 1;
          return {
            kind: 'message',
            message: {
              ...answerFor(body),
              content: [
                { type: 'tool_use', id: `toolu_bad_d${displayInvalidSent}`, name: 'act', input: { action: 'tap' } },
              ],
            },
          };
        }
        void messages;
      }
      return { kind: 'message', message: answerFor(body) };
    };
    for (let i = 0; i < 20; i++) server.enqueue(reply);

    const model = new AnthropicModel({
      baseURL: server.baseURL,
      env: { ANTHROPIC_API_KEY: 'sk-ant-test-fake-key-for-the-fake-server' },
      retry: { maxRetries: 0 },
    });
    const out = mkdtempSync(path.join(tmpdir(), 'maple-anthropic-run-'));
    const result = await runTask({
      task: 'Turn on Dark theme in Settings',
      device: opened.device,
      model,
      out,
      maxSteps: 15,
      screenshots: true,
      modelScreenshots: 'always',
    });

    expect(
      result.summary,
      JSON.stringify(readTrajectory(result.dir).steps.map((s) => [s.action, s.verdict, s.verdictReason, s.modelCalls])),
    ).toMatchObject({ status: 'success' });
    expect(result.summary.reason).toBe('finished');
    const truth = await opened.groundTruth!.groundTruth();
    expect((truth.apps['com.android.settings'] as { display: { darkMode: boolean } }).display.darkMode).toBe(true);

    // Every request went through the real SDK to the local server.
    const executorRequests = server.requests.filter((r) =>
      (r.body.tools as Array<{ name: string }>).some((t) => t.name === 'act'),
    );
    expect(server.requests[0]!.path).toBe('/v1/messages');
    expect(server.requests[0]!.headers.authorization ?? server.requests[0]!.headers['x-api-key']).toBeTruthy();
    // Screenshots to the model always: each executor request carries a PNG.
    for (const r of executorRequests) {
      const content = (
        r.body.messages as Array<{ content: Array<{ type: string; source?: { media_type: string } }> }>
      )[0]!.content;
      expect(content.some((b) => b.type === 'image' && b.source?.media_type === 'image/png')).toBe(true);
      // Downscaled for the model: 432x960 (553 tokens), not the phone's 1080x2400.
      const image = content.find((b) => b.type === 'image') as unknown as { source: { data: string } };
      expect(pngSize(image.source.data)).toEqual({ width: 432, height: 960 });
    }
    // The semantic retry fed the validation error back as an error tool_result.
    const retry = executorRequests.find(
      (r) => (r.body.messages as unknown[]).length === 3 && JSON.stringify(r.body.messages).includes('toolu_bad_1'),
    );
    expect(retry).toBeDefined();
    expect(JSON.stringify(retry!.body.messages)).toContain('"is_error":true');
    expect(JSON.stringify(retry!.body.messages)).toContain('must be an element id');

    const trajectory = readTrajectory(result.dir);
    const invalid = trajectory.steps.filter((s) => s.action.name === 'none');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.verdict).toBe('fail');
    expect(invalid[0]!.verdictReason).toMatch(/^ModelOutputError: /);
    expect(invalid[0]!.modelCalls.length).toBe(2);
    expect(invalid[0]!.modelCalls[1]!.error).toMatch(/ModelOutputError/);
    // Token accounting: every call recorded with its usage, totals in the summary.
    const calls = trajectory.steps.flatMap((s) => s.modelCalls);
    expect(calls.every((c) => c.inputTokens > 0 && c.durationMs >= 0)).toBe(true);
    expect(result.summary.modelCalls).toBe(server.requests.length);
    expect(result.summary.tokens.input).toBeGreaterThan(0);
    // The token account: the reported input by role, the parts estimated from the requests.
    const executor = result.summary.tokenAccount!.byRole.executor!;
    expect(executor.calls).toBe(executorRequests.length);
    expect(executor.imageCalls).toBe(executor.calls);
    expect(executor.parts.image).toBe(553 * executor.images);
    expect(executor.parts.tools).toBeGreaterThan(0);
    expect(executor.parts.screen).toBeGreaterThan(0);
    expect(trajectory.steps.filter((s) => s.action.name === 'tap').every((s) => s.before.screenshot)).toBe(true);
    expect(readFileSync(path.join(result.dir, trajectory.steps[0]!.before.screenshot!)).subarray(1, 4).toString()).toBe(
      'PNG',
    );
  });
});
