/**
 * Report benchmark: a synthetic 60-task suite (about 10 steps each, 1080x2400
 * screenshots rendered from SVG), its report built, then opened in headless
 * Chromium. Targets from issue 7: the whole suite's report under 25 MB and
 * opening in under 3 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBenchReport, writeSyntheticBench } from '../reports/index.ts';
import { launchChromium } from '../test/browser/launchChromium.ts';

export interface ReportBenchResult {
  name: 'reports';
  tasks: number;
  screenshots: number;
  generateMs: number;
  buildMs: number;
  /** The suite page alone. */
  suiteMb: number;
  /** Suite page plus every task's run report. */
  totalMb: number;
  /** Largest single run report. */
  largestRunMb: number;
  /** Load event of the suite page in headless Chromium (median of 3). */
  suiteOpenMs: number;
  /** Load event of the largest run report, all screenshots decoded (median of 3). */
  runOpenMs: number;
  targets: { totalMbMax: 25; openMsMax: 3000 };
  pass: boolean;
}

async function timeOpen(context: Awaited<ReturnType<typeof launchChromium>>['context'], file: string, waitImages: boolean): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    if (waitImages) {
      // runs in the page (no DOM types in this Node project): wait until every screenshot is decoded
      await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { images: ArrayLike<{ decode(): Promise<void> }> } }).document;
        return Promise.all(Array.from(doc.images).map((img) => img.decode().catch(() => undefined)));
      });
    }
    samples.push(performance.now() - started);
    await page.close();
  }
  return samples.sort((a, b) => a - b)[1] ?? samples[0] ?? 0;
}

export async function runReportBench(options: { tasks?: number; stepsPerTask?: number; keep?: boolean } = {}): Promise<ReportBenchResult> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-report-bench-'));
  try {
    let t = performance.now();
    const bench = writeSyntheticBench(path.join(tmp, 'bench'), { tasks: options.tasks ?? 60, stepsPerTask: options.stepsPerTask ?? 10 });
    const generateMs = performance.now() - t;
    t = performance.now();
    const report = buildBenchReport(bench.dir);
    const buildMs = performance.now() - t;
    const largest = report.runReports.reduce((a, b) => (b.bytes > a.bytes ? b : a), report.runReports[0] ?? report);
    const browser = await launchChromium();
    let suiteOpenMs: number;
    let runOpenMs: number;
    try {
      suiteOpenMs = await timeOpen(browser.context, report.out, false);
      runOpenMs = await timeOpen(browser.context, largest.out, true);
    } finally {
      await browser.close();
    }
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
    const result: ReportBenchResult = {
      name: 'reports',
      tasks: bench.results.length,
      screenshots: report.runReports.reduce((n, r) => n + r.images, 0),
      generateMs: Math.round(generateMs),
      buildMs: Math.round(buildMs),
      suiteMb: mb(report.bytes),
      totalMb: mb(report.totalBytes),
      largestRunMb: mb(largest.bytes),
      suiteOpenMs: Math.round(suiteOpenMs),
      runOpenMs: Math.round(runOpenMs),
      targets: { totalMbMax: 25, openMsMax: 3000 },
      pass: false,
    };
    result.pass = result.totalMb < 25 && result.suiteOpenMs < 3000 && result.runOpenMs < 3000;
    return result;
  } finally {
    if (!options.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

// `npx tsx bench/report.ts` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runReportBench();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (!result.pass) process.exitCode = 1;
}
