/**
 * The pages agree with the evaluator: a real `maple bench` (CLI, Appium
 * server, virtual device, offline agent) on two tasks with the same
 * instruction, where the second task's check asks for more than the
 * instruction says. The agent honestly says "finished" on both; the
 * evaluator fails the second. Its run page must open as a failure, with the
 * agent's claim and the evaluator's verdict side by side and the ground-truth
 * label on every step; the bench page must count the wrong claim and give
 * the reason on the failed row.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRunReport } from '../../reports/index.ts';
import { launchChromium, type LaunchedChromium } from './launchChromium.ts';
import { openReport } from './openReport.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SUITE = path.join(import.meta.dirname, 'fixtures', 'claimAgainstCheck.json');
const FAILING = 'dark_theme_and_large_font';

function bench(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['cli/maple.mjs', 'bench', '--suite', `file:${SUITE}`, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('bench verdicts on the run and bench pages', () => {
  let tmp: string;
  let out: string;
  let browser: LaunchedChromium;
  let trajectory: string;
  let steps: number;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-bench-verdict-'));
    out = path.join(tmp, 'bench');
    const run = await bench(out);
    expect(run.output).toContain('report: ');
    const lines = readFileSync(path.join(out, 'results.jsonl'), 'utf8').trim().split('\n');
    const failing = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((r) => r['taskId'] === FAILING)!;
    // The premise: the agent said it finished, the evaluator did not agree.
    expect(failing['termination']).toBe('finished');
    expect(failing['success']).toBe(false);
    trajectory = path.resolve(out, String(failing['trajectoryDir']));
    steps = readFileSync(path.join(trajectory, 'steps.jsonl'), 'utf8').trim().split('\n').length;
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('opens the failed task as a failure: the claim and the verdict side by side, the reason given', async () => {
    const opened = await openReport(browser, path.join(trajectory, 'report.html'));
    const page = opened.page;
    expect(await page.textContent('[data-testid=run-status]')).toBe('Failed');
    expect(await page.title()).toContain('Failed');
    expect(await page.textContent('[data-testid=agent-claim] .badge')).toBe('Success');
    expect(await page.textContent('[data-testid=evaluator-verdict] .badge')).toBe('Failed');
    expect(await page.textContent('[data-testid=verdict-reason]')).toContain('fontSize');
    await expect(page.locator('[data-testid=disagreement]').isVisible()).resolves.toBe(true);
    await opened.screenshot('run-report-bench-failed', false);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
    await page.close();
  });

  it('labels every step with its ground truth and shows the diff on demand', async () => {
    const opened = await openReport(browser, path.join(trajectory, 'report.html'));
    const page = opened.page;
    const badges = page.locator('[data-testid=step] [data-testid=truth-badge]');
    expect(await badges.count()).toBe(steps);
    const judged = await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-judged')));
    expect(judged.every((j) => j && j !== 'false_success' && j !== 'false_fail')).toBe(true);
    // The step that turned the dark theme on changed the phone; its diff names the setting.
    const diff = page.locator('[data-testid=step]:has([data-outcome=effect]) [data-testid=truth-diff]').last();
    await expect(diff.locator('li').first().isVisible()).resolves.toBe(false);
    await diff.locator('summary').click();
    expect(await diff.locator('li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('darkMode: false → true')]),
    );
    await page.close();
  });

  it('finds the verdict from the trajectory folder alone (maple report <trajectory>)', async () => {
    const alone = buildRunReport(trajectory, path.join(tmp, 'alone.html'));
    const opened = await openReport(browser, alone.out);
    expect(await opened.page.textContent('[data-testid=run-status]')).toBe('Failed');
    await opened.page.close();
  });

  it("counts the agent's wrong claim on the bench page and gives the failed row's reason", async () => {
    const opened = await openReport(browser, path.join(out, 'report.html'));
    const page = opened.page;
    expect(await page.textContent('[data-testid=claims-line]')).toContain(
      'The agent said it succeeded in 2 of 2 runs; the evaluator confirmed 1. 1 claim was wrong.',
    );
    const row = page.locator('[data-testid=ending-row]', { hasText: 'agent said success · finished' });
    expect(await row.locator('[data-testid=ending-failed]').textContent()).toBe('1');
    const failed = page.locator('[data-testid=task-row][data-success=false]');
    expect(await failed.count()).toBe(1);
    expect(await failed.locator('[data-testid=fail-reason]').textContent()).toContain('fontSize');
    await expect(failed.locator('[data-testid=fail-reason]').isVisible()).resolves.toBe(true);
    expect(await failed.locator('[data-testid=claim-mismatch]').textContent()).toBe('agent said success');
    await opened.screenshot('bench-report-claims', true);
    await page.close();
  });
});
