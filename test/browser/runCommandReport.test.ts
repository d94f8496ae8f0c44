/**
 * `maple run` with its defaults (CLI, Appium server, virtual phone, offline
 * policy) writes a report that shows the phone: a screenshot for every step
 * and the final screen, none of the grey "no screenshot" boxes.
 * `--no-screenshots` turns them off.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from './launchChromium.ts';
import { openReport } from './openReport.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TASK = 'Turn on Dark theme in Settings';

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['cli/maple.mjs', 'run', TASK, ...args], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function stepCount(dir: string): number {
  return readFileSync(path.join(dir, 'steps.jsonl'), 'utf8').trim().split('\n').length;
}

describe('maple run report', () => {
  let tmp: string;
  let browser: LaunchedChromium;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-run-shots-'));
    browser = await launchChromium({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows a screenshot of the phone for every step by default', async () => {
    const out = path.join(tmp, 'default');
    const result = await run(['--out', out, '--store', path.join(tmp, 'store-a')]);
    expect(result.output).toContain(`report: ${path.join(out, 'report.html')}`);
    const steps = stepCount(out);
    expect(steps).toBeGreaterThan(0);
    const opened = await openReport(browser, path.join(out, 'report.html'));
    const page = opened.page;
    expect(await page.locator('.noshot').count()).toBe(0);
    const widths = await page.$$eval('[data-testid=step] img.screen, [data-testid=final] img', (imgs) =>
      imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth),
    );
    expect(widths).toHaveLength(steps + 1);
    // downscaled for the page: the 1080 px screen is embedded at the report's width
    for (const w of widths) expect(w).toBe(360);
    await opened.screenshot('run-command-report', false);
    expect(opened.consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('takes none with --no-screenshots', async () => {
    const out = path.join(tmp, 'none');
    await run(['--out', out, '--store', path.join(tmp, 'store-b'), '--no-screenshots']);
    expect(existsSync(path.join(out, 'steps', '000', 'page.xml'))).toBe(true);
    expect(existsSync(path.join(out, 'steps', '000', 'screen.png'))).toBe(false);
    const opened = await openReport(browser, path.join(out, 'report.html'));
    expect(await opened.page.locator('.noshot').count()).toBe(stepCount(out));
    await opened.page.close();
  }, 120_000);
});
