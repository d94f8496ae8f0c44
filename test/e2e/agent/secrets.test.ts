/**
 * No secret reaches a log, trajectory, store or report: `maple run` with the
 * anthropic model against a local Messages API server, a planted key in the
 * environment, and a model that even echoes the key back in its answers.
 * Every byte written (stdout, stderr, every file under the run folder and
 * the store) is searched for it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startFakeAnthropicServer,
  type CapturedRequest,
  type FakeAnthropicServer,
} from '../../support/fakeAnthropicServer.ts';
// @ts-expect-error: a plain .mjs fixture without types
import { answer } from './fixtures/darkThemeModel.mjs';

const answerFor = answer as (body: unknown, options?: { reason?: string }) => Record<string, unknown>;
const PLANTED = 'sk-ant-test-PLANTED-0123456789abcdefXYZ';
const ROOT = path.resolve(import.meta.dirname, '../../..');

let server: FakeAnthropicServer;
beforeAll(async () => {
  server = await startFakeAnthropicServer();
});
afterAll(async () => {
  await server?.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['cli/maple.mjs', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('secrets', () => {
  it('a planted API key appears in no output, trajectory, store or report', async () => {
    // The "model" repeats the key in its reasons and its final answer, as a leaky model might.
    for (let i = 0; i < 30; i++)
      server.enqueue((req: CapturedRequest) => ({
        kind: 'message',
        message: answerFor(req.body, { reason: `the key is ${PLANTED}` }),
      }));
    const out = mkdtempSync(path.join(tmpdir(), 'maple-secret-run-'));
    const store = mkdtempSync(path.join(tmpdir(), 'maple-secret-store-'));
    const result = await run(
      [
        'run',
        'Turn on Dark theme in Settings',
        '--model',
        'anthropic',
        '--out',
        out,
        '--store',
        store,
        '--max-steps',
        '12',
        '--screenshots',
        'always',
      ],
      {
        ...process.env,
        ANTHROPIC_API_KEY: PLANTED,
        ANTHROPIC_BASE_URL: server.baseURL,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('done: finished');
    expect(result.stdout).toMatch(/report: .*report\.html/);
    // The key did reach the API (so the test is real) ...
    expect(JSON.stringify(server.requests[0]!.headers)).toContain(PLANTED);
    // ... and nowhere else.
    const files = [...filesUnder(out), ...filesUnder(store)];
    expect(files.some((f) => f.endsWith('steps.jsonl'))).toBe(true);
    expect(files.some((f) => f.endsWith('report.html'))).toBe(true);
    expect(files.some((f) => f.endsWith('knowledge.sqlite'))).toBe(true);
    const leaks = files.filter((f) => readFileSync(f).includes(PLANTED));
    expect(leaks).toEqual([]);
    expect(result.stdout).not.toContain(PLANTED);
    expect(result.stderr).not.toContain(PLANTED);
    expect(readFileSync(path.join(out, 'steps.jsonl'), 'utf8')).toContain('[REDACTED]');
  }, 60_000);
});
