/**
 * Lean model requests, counted by the project's own token account from the
 * real requests of `maple bench --model noisy-oracle:0.2` (issue 12): at
 * most 2.5k input tokens per executor request without its screenshot, at
 * most 40k per cross-app run with screenshots, at most 1.2 model calls per
 * step; and a screenshot sent to the model counts as the downscaled image
 * Anthropic would bill (432x960: 553 tokens), never by its base64 length.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TokenStats } from '../../../benchmarks/metrics/tokenStats.ts';
import { runBenchCommand } from '../../../benchmarks/runner/runBenchCommand.ts';

const TASKS = 'settings_wifi_off,clock_add_alarm,shop_add_catan,x_catan_price_to_bob,x_jazz_festival_to_calendar';
const root = mkdtempSync(path.join(tmpdir(), 'maple-tokens-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function tokens(name: string, screenshots: string, tasks = TASKS): Promise<TokenStats> {
  const out = path.join(root, name);
  const code = await runBenchCommand(
    {
      suite: 'virtual',
      model: 'noisy-oracle:0.2',
      agent: 'maple',
      devices: '2',
      repetitions: '1',
      faults: 'light',
      fsm: true,
      tasks,
      out,
      screenshots,
      report: false,
    },
    { stdout: () => {}, stderr: (t) => process.stderr.write(t), live: false },
  );
  expect(code).toBe(0);
  const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as {
    overall: { tokens: TokenStats };
  };
  return summary.overall.tokens;
}

describe('the token account of noisy-oracle runs', () => {
  it('keeps executor requests, cross-app runs and calls per step within the budget', async () => {
    const t = await tokens('auto', 'auto');
    expect(t.runs).toBe(5);
    expect(t.executor.inputPerCallWithoutImages).toBeLessThanOrEqual(2500);
    expect(t.crossApp.runs).toBe(2);
    expect(t.crossApp.inputPerRun).toBeLessThanOrEqual(40_000);
    expect(t.callsPerStep).toBeLessThanOrEqual(1.2);
    // Where the executor's input goes: every part is accounted for.
    const executor = t.account.byRole.executor!;
    expect(Object.keys(executor.parts).sort()).toEqual(['fsm', 'history', 'screen', 'system', 'task', 'tools']);
  }, 600_000); // generous: past 180 s with two copies of the suite on 2 cores

  it('counts every screenshot sent as a 432x960 image (553 tokens) with --screenshots always', async () => {
    const t = await tokens('always', 'always', 'x_catan_price_to_bob');
    const executor = t.account.byRole.executor!;
    expect(executor.imageCalls).toBe(executor.calls);
    expect(executor.parts.image).toBe(553 * executor.images);
    expect(t.crossApp.inputPerRun).toBeLessThanOrEqual(40_000);
  }, 240_000);
});
