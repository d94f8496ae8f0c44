import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBenchReport, writeSyntheticBench, type BenchReportResult } from '../../reports/index.ts';
import { launchChromium, type LaunchedChromium } from './launchChromium.ts';
import { openReport, type OpenedReport } from './openReport.ts';

describe('benchmark report in Chromium', () => {
  let browser: LaunchedChromium;
  let tmp: string;
  let result: BenchReportResult;
  let opened: OpenedReport;
  let expected: { tasks: number; successes: number; apps: Set<string> };
  let bench: ReturnType<typeof writeSyntheticBench>;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-bench-report-'));
    bench = writeSyntheticBench(path.join(tmp, 'bench'), { tasks: 8, stepsPerTask: 5, width: 540, height: 1200 });
    expected = {
      tasks: bench.results.length,
      successes: bench.results.filter((r) => r.success).length,
      apps: new Set(bench.results.flatMap((r) => r.apps)),
    };
    result = buildBenchReport(bench.dir);
    browser = await launchChromium();
    opened = await openReport(browser, result.out);
    await opened.screenshot('bench-report');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the summary table and overall success', async () => {
    expect(await opened.page.locator('[data-testid=summary-table] tbody tr').count()).toBe(1);
    const rate = await opened.page.textContent('[data-testid=success-rate] b');
    expect(rate).toBe(`${((expected.successes / expected.tasks) * 100).toFixed(1)}%`);
    // the runner's Wilson interval from summary.json is shown beside it
    expect(await opened.page.textContent('[data-testid=success-rate] span')).toMatch(/95% CI \d+–\d+%/);
  });

  it('shows the ground truth apart from the self-reported numbers: verifier errors, fault recovery, the confusion matrix', async () => {
    const page = opened.page;
    await expect(page.locator('[data-testid=truth-card]').isVisible()).resolves.toBe(true);
    const recovered = bench.results.filter((r) => r.truth!.faults.recovered > 0).length;
    expect(await page.textContent('[data-testid=truth-faultRecovery]')).toContain(`(${recovered}/${expected.tasks})`);
    expect(await page.textContent('[data-testid=truth-falseSuccess]')).toMatch(/^0\.0% \(0\/\d+\)$/);
    expect(await page.locator('[data-testid=truth-confusion] tbody tr').count()).toBe(3);
  });

  it('shows the token account: input by role and part, per executor request, per run and per cross-app run', async () => {
    const page = opened.page;
    await expect(page.locator('[data-testid=token-card]').isVisible()).resolves.toBe(true);
    const executorCalls = bench.results.reduce((n, r) => n + (r.facts.tokenAccount?.byRole.executor?.calls ?? 0), 0);
    expect(await page.textContent('[data-testid=tokens-executor-images]')).toBe(`0 of ${executorCalls}`);
    const executor = page.locator('[data-testid=token-account] [data-testid=tokens-executor] td');
    // role, calls, input, per call, then the parts: tools first.
    expect(await executor.nth(1).textContent()).toBe(String(executorCalls));
    expect(await executor.nth(4).textContent()).toBe((930 * executorCalls).toLocaleString('en-US'));
    const crossApp = bench.results.filter((r) => r.apps.length >= 2).length;
    expect(await page.textContent('[data-testid=token-card]')).toContain(`per cross-app run (${crossApp} runs)`);
  });

  it('draws the charts: one bar per app and per difficulty, one dot per task', async () => {
    const page = opened.page;
    expect(await page.locator('[data-testid=chart-app] g.bar').count()).toBe(expected.apps.size);
    expect(await page.locator('[data-testid=chart-difficulty] g.bar').count()).toBe(3);
    expect(await page.locator('[data-testid=chart-steps] circle.dot').count()).toBe(expected.tasks);
    const box = await page.locator('[data-testid=chart-app]').boundingBox();
    expect(box!.width).toBeGreaterThan(100);
  });

  it('lists every task with a link to a run report that exists', async () => {
    const rows = opened.page.locator('[data-testid=task-row]');
    expect(await rows.count()).toBe(expected.tasks);
    const hrefs = await opened.page.$$eval('[data-testid=run-link]', (as) =>
      as.map((a) => (a as unknown as { href: string }).href),
    );
    expect(hrefs).toHaveLength(expected.tasks);
    for (const href of hrefs) expect(existsSync(fileURLToPath(href)), href).toBe(true);
    expect(result.runReports).toHaveLength(expected.tasks);
  });

  it('follows a task link to its run report', async () => {
    const page = opened.page;
    await page.locator('[data-testid=run-link]').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('[data-testid=step]').count()).toBeGreaterThan(0);
    await page.goBack();
  });

  it("separates the agent's claims from the evaluator's verdicts, and says why each failed run failed", async () => {
    const page = opened.page;
    const claimed = bench.results.filter((r) => r.termination === 'finished').length;
    expect(claimed).toBeGreaterThan(expected.successes); // the synthetic suite has wrong claims
    expect(await page.textContent('[data-testid=claims-line]')).toContain(
      `The agent said it succeeded in ${claimed} of ${expected.tasks} runs; the evaluator confirmed ${expected.successes}.`,
    );
    const failedRows = page.locator('[data-testid=task-row][data-success=false]');
    const reasons = await failedRows.locator('[data-testid=fail-reason]').allTextContents();
    expect(reasons).toHaveLength(expected.tasks - expected.successes);
    for (const r of reasons) expect(r).toContain('predicate failed');
    expect(await page.locator('[data-testid=claim-mismatch]').count()).toBe(claimed - expected.successes);
  });

  it('filters the task table to failures', async () => {
    await opened.page.check('#only-failed');
    expect(await opened.page.locator('[data-testid=task-row]:visible').count()).toBe(
      expected.tasks - expected.successes,
    );
    await opened.page.uncheck('#only-failed');
  });

  it('renders without console errors and without network requests', () => {
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});
