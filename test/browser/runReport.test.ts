import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRunReport, writeSyntheticTrajectory } from '../../reports/index.ts';
import type { StepRecord } from '../../agent/trajectory/index.ts';
import { launchChromium, type LaunchedChromium } from './launchChromium.ts';
import { openReport, type OpenedReport } from './openReport.ts';

describe('run report in Chromium', () => {
  let browser: LaunchedChromium;
  let tmp: string;
  let steps: StepRecord[];
  let opened: OpenedReport;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-run-report-'));
    const traj = writeSyntheticTrajectory(path.join(tmp, 'run'), { steps: 9, seed: 3, task: 'Add a 7:00 alarm' });
    steps = traj.steps;
    const result = buildRunReport(traj.dir);
    browser = await launchChromium();
    opened = await openReport(browser, result.out);
    await opened.screenshot('run-report');
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the task and its outcome at the top', async () => {
    expect(await opened.page.textContent('[data-testid=task]')).toBe('Add a 7:00 alarm');
    expect(await opened.page.textContent('[data-testid=run-status]')).toBe('Success');
  });

  it('shows where the input tokens went, by role and part', async () => {
    const executorCalls = steps.flatMap((s) => s.modelCalls).filter((c) => c.role === 'executor').length;
    const cells = opened.page.locator('[data-testid=token-card] [data-testid=tokens-executor] td');
    expect(await cells.nth(1).textContent()).toBe(String(executorCalls));
    expect(await opened.page.locator('[data-testid=token-card] thead th').allTextContents()).toEqual([
      'role',
      'calls',
      'input',
      'per call',
      'tools',
      'system',
      'task',
      'history',
      'fsm',
      'screen',
      'image',
      'other',
      'with screenshot',
    ]);
  });

  it('shows every step with a loaded screenshot', async () => {
    const cards = opened.page.locator('[data-testid=step]');
    expect(await cards.count()).toBe(steps.length);
    const widths = await opened.page.$$eval('[data-testid=step] img.screen', (imgs) =>
      imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth),
    );
    expect(widths).toHaveLength(steps.length);
    for (const w of widths) expect(w).toBeGreaterThan(0);
    // the final screen is shown too
    expect(
      await opened.page.$eval(
        '[data-testid=final] img',
        (i) => (i as unknown as { naturalWidth: number }).naturalWidth,
      ),
    ).toBeGreaterThan(0);
  });

  it('boxes the element acted on where it is on the screenshot', async () => {
    const acted = steps.filter((s) => s.action.element);
    expect(acted.length).toBeGreaterThan(0);
    for (const step of acted) {
      const card = opened.page.locator(`#step-${step.index}`);
      const box = await card.locator('[data-testid=highlight]').boundingBox();
      const img = await card.locator('img.screen').boundingBox();
      expect(box, `highlight of step ${step.index}`).not.toBeNull();
      const b = step.action.element!.bounds;
      const scale = img!.width / step.before.width;
      expect(Math.abs(box!.x - img!.x - b.left * scale)).toBeLessThan(2);
      expect(Math.abs(box!.y - img!.y - b.top * scale)).toBeLessThan(2);
      expect(Math.abs(box!.width - (b.right - b.left) * scale)).toBeLessThan(2);
    }
    // steps without an element (back, type) have no box
    const unacted = steps.filter((s) => !s.action.element);
    for (const step of unacted)
      expect(await opened.page.locator(`#step-${step.index} [data-testid=highlight]`).count()).toBe(0);
  });

  it('labels each verdict and marks recoveries', async () => {
    const labels = await opened.page.$$eval('[data-testid=step] [data-testid=verdict]', (els) =>
      els.map((e) => e.textContent),
    );
    expect(labels).toEqual(steps.map((s) => ({ success: 'Success', no_change: 'No change', fail: 'Fail' })[s.verdict]));
    const recoveries = steps.filter((s) => s.kind === 'recovery').map((s) => s.index);
    const marked = await opened.page.$$eval('[data-testid=step]:has([data-testid=recovery])', (els) =>
      els.map((e) => Number(e.id.replace('step-', ''))),
    );
    expect(marked).toEqual(recoveries);
  });

  it('hides successful steps with the problems filter', async () => {
    await opened.page.check('#only-problems');
    const visible = await opened.page.locator('[data-testid=step]:visible').count();
    expect(visible).toBe(steps.filter((s) => s.verdict !== 'success' || s.kind === 'recovery').length);
    await opened.page.uncheck('#only-problems');
  });

  it('renders without console errors and without network requests', () => {
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});
