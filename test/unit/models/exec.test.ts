import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionSpec } from '../../../agent/actions/index.ts';
import {
  createModel,
  estimateRequestTokens,
  ExecModel,
  ExecModelError,
  imagePart,
  structuredCall,
} from '../../../agent/models/index.ts';
import { encodePng } from '../../../reports/images/encodePng.ts';
import { PLANTED_KEY, request } from './helpers.ts';

/** True while the process exists and is not a zombie waiting to be reaped. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

const script = path.resolve(import.meta.dirname, '../../fixtures/models/echo-model.mjs');
const open: ExecModel[] = [];
function execModel(args = '', options = {}): ExecModel {
  const m = new ExecModel(`node ${JSON.stringify(script)} ${args}`, options);
  open.push(m);
  return m;
}
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(open.splice(0).map((m) => m.close()));
});

describe('exec model (JSON lines over a subprocess)', () => {
  it('sends Messages API bodies and reads Messages API responses, one process for many calls', async () => {
    const m = execModel('', { model: 'my-local-model' });
    const png = Buffer.from('png');
    const r1 = await m.complete(
      request('', {
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'INPUT {"action":"tap","element":"e5"}' }, imagePart(png)] },
        ],
        tools: actionSpec(['tap']).tools,
        toolChoice: { type: 'tool', name: 'act' },
      }),
    );
    expect(r1.toolCalls).toEqual([{ id: 'toolu_exec_1', name: 'act', input: { action: 'tap', element: 'e5' } }]);
    const echo = JSON.parse(r1.text) as Record<string, unknown>;
    expect(echo).toEqual({
      model: 'my-local-model',
      max_tokens: 512,
      messages: 1,
      system: ['You operate an Android phone.', 'Step 1 of the task.'],
      tools: ['act'],
      images: 1,
      apiKey: 'absent',
    });
    expect(r1.model).toBe('echo-local');
    expect(r1.costUsd).toBe(0);
    expect(r1.usage.outputTokens).toBe(7);

    const r2 = await m.complete(request('no tools here'));
    expect(r2.toolCalls).toEqual([]);
    expect(r2.stopReason).toBe('end_turn');
  });

  it('drives structured output through createModel("exec:...")', async () => {
    const m = createModel(`exec:node ${JSON.stringify(script)}`) as ExecModel;
    open.push(m);
    const r = await structuredCall(m, request('INPUT {"action":"scroll","direction":"down"}'), actionSpec(['scroll']));
    expect(r.value).toEqual({ type: 'scroll', direction: 'down' });
  });

  it('answers concurrent calls in order', async () => {
    const m = execModel();
    const rs = await Promise.all(
      [1, 2, 3].map((n) =>
        m.complete(request(`INPUT {"action":"wait","ms":${n}}`, { tools: actionSpec(['wait']).tools })),
      ),
    );
    expect(rs.map((r) => (r.toolCalls[0]!.input as { ms: number }).ms)).toEqual([1, 2, 3]);
  });

  it('counts the tokens of a model that reports no usage with the project counter (images by size, not base64)', async () => {
    const m = execModel('--no-usage');
    const png = encodePng(Buffer.alloc(1080 * 2400 * 4, 255), 1080, 2400);
    const req = request('', {
      messages: [{ role: 'user', content: [{ type: 'text', text: 'INPUT {"action":"back"}' }, imagePart(png)] }],
      tools: actionSpec(['back']).tools,
    });
    const r = await m.complete(req);
    expect(r.toolCalls[0]!.input).toEqual({ action: 'back' });
    const estimate = estimateRequestTokens(req);
    expect(r.usage.inputTokens).toBe(estimate.total);
    // A 1080x2400 screenshot is 1,474 tokens as Anthropic counts it (705x1568 after its downscale), not
    // the ~100k its base64 text would be at 4 characters a token.
    expect(estimate.parts.image).toBe(1474);
    expect(estimate.images).toBe(1);
    expect(r.usage.outputTokens).toBeGreaterThan(0);
  });

  it('fails with a typed error on a non-JSON line, and when the process has gone', async () => {
    await expect(execModel('--garbage').complete(request('x'))).rejects.toThrow(/response line is not JSON/);
    const once = execModel('--exit-after 1');
    await once.complete(request('x'));
    const err = await once.complete(request('y')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExecModelError);
    expect((err as Error).message).toMatch(/process (ended|has exited)/);
  });

  it('times out a silent process with a typed error', async () => {
    const m = new ExecModel('node -e "setInterval(() => {}, 1000)"', { timeoutMs: 300 });
    open.push(m);
    await expect(m.complete(request('x'))).rejects.toThrow(/no response line within 300 ms/);
  });

  it('kills the whole command on a timeout, not only the shell it runs in', async () => {
    // `&& true` keeps the shell alive as the model's parent; a killed shell alone would orphan the model,
    // which then holds our pipes open (a bench that never exits). 4 s leaves node time to start and
    // print its pid on a loaded machine.
    const m = new ExecModel(`node -e "console.error('pid=' + process.pid); setInterval(() => {}, 1000)" && true`, {
      timeoutMs: 4000,
    });
    open.push(m);
    const err = (await m.complete(request('x')).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/no response line within 4000 ms/);
    const pid = Number(/pid=(\d+)/.exec(err.message)?.[1]);
    expect(pid).toBeGreaterThan(0);
    await vi.waitFor(() => expect(running(pid)).toBe(false), { timeout: 10_000 });
  });

  it('does not pass ANTHROPIC_API_KEY to the subprocess', async () => {
    vi.stubEnv('ANTHROPIC_API_KEY', PLANTED_KEY);
    const m = execModel('--print-env --exit-after 1');
    const r = await m.complete(request('x'));
    expect(JSON.parse(r.text)).toMatchObject({ apiKey: 'absent' });
    const err = await m.complete(request('y')).catch((e: unknown) => e as Error);
    // The script printed its whole environment to stderr; the error quotes stderr.
    expect(err).toBeInstanceOf(ExecModelError);
    expect((err as Error).message).toContain('stderr ends with');
    expect((err as Error).message).not.toContain('PLANTED-SECRET');
  });
});
