/**
 * Report benchmark (issue 7): a synthetic 60-task suite (about 10 steps each,
 * 1080x2400 screenshots rendered from SVG), its report built, then opened in
 * headless Chromium. Targets: the whole suite's report (suite page plus every
 * run report) under 25 MB, and each page open (load event) under 3 s.
 * Also times the FSM explorer on a 500-state graph (layout included), and on
 * a phone of 200 states over 9 apps, the size its labels must stay readable at.
 *   reports.suite.size   MB of the suite page + all run reports
 *   reports.suite.open   load event of the suite page
 *   reports.run.open     load event + every screenshot decoded, largest run report
 *   reports.fsm.open     FSM view of one app of 500 states until laid out and interactive
 *   reports.fsm.phone    FSM view of 200 states in 9 apps until laid out and interactive
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticGraph } from '../fsm/index.ts';
import { buildBenchReport, buildFsmView, syntheticStoreGraphs, writeSyntheticBench } from '../reports/index.ts';
import { launchChromium, type LaunchedChromium } from '../test/browser/launchChromium.ts';
import { msResult, round } from './stats.ts';
import type { BenchResult } from './types.ts';

export interface ReportBenchOptions {
  tasks?: number;
  stepsPerTask?: number;
  /** Page opens timed per page (default 5). */
  opens?: number;
  fsmStates?: number;
}

type Wait = 'load' | 'images' | 'fsm-ready';

const verdict = (ok: boolean): string => (ok ? 'pass' : 'FAIL');

async function timeOpens(browser: LaunchedChromium, file: string, wait: Wait, n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const page = await browser.context.newPage();
    const started = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    if (wait === 'images') {
      // runs in the page (no DOM types in this Node project): wait until every screenshot is decoded
      await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { images: ArrayLike<{ decode(): Promise<void> }> } })
          .document;
        return Promise.all(Array.from(doc.images).map((img) => img.decode().catch(() => undefined)));
      });
    } else if (wait === 'fsm-ready') {
      await page.waitForSelector('body[data-ready=true]');
    }
    samples.push(performance.now() - started);
    await page.close();
  }
  return samples;
}

export async function runReportBench(options: ReportBenchOptions = {}): Promise<BenchResult[]> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-report-bench-'));
  const mb = (bytes: number) => round(bytes / 1024 / 1024);
  try {
    let t = performance.now();
    const bench = writeSyntheticBench(path.join(tmp, 'bench'), {
      tasks: options.tasks ?? 60,
      stepsPerTask: options.stepsPerTask ?? 10,
    });
    const generateMs = performance.now() - t;
    t = performance.now();
    const report = buildBenchReport(bench.dir);
    const buildMs = performance.now() - t;
    const largest = report.runReports.reduce((a, b) => (b.bytes > a.bytes ? b : a), report.runReports[0] ?? report);
    const fsmStates = options.fsmStates ?? 500;
    const fsm = buildFsmView(
      [syntheticGraph({ states: fsmStates, app: 'com.example.synthetic' })],
      path.join(tmp, 'fsm.html'),
    );
    const phone = buildFsmView(syntheticStoreGraphs({ states: 200 }), path.join(tmp, 'phone.html'));
    const opens = options.opens ?? 5;
    const browser = await launchChromium();
    let suiteOpen: number[];
    let runOpen: number[];
    let fsmOpen: number[];
    let phoneOpen: number[];
    try {
      suiteOpen = await timeOpens(browser, report.out, 'load', opens);
      runOpen = await timeOpens(browser, largest.out, 'images', opens);
      fsmOpen = await timeOpens(browser, fsm.out, 'fsm-ready', Math.min(opens, 3));
      phoneOpen = await timeOpens(browser, phone.out, 'fsm-ready', Math.min(opens, 3));
    } finally {
      await browser.close();
    }
    const screenshots = report.runReports.reduce((n, r) => n + r.images, 0);
    return [
      {
        name: 'reports.suite.size',
        unit: 'MB',
        p50: mb(report.totalBytes),
        p95: mb(report.totalBytes),
        n: 1,
        target: '< 25 MB for the whole suite (page + run reports)',
        extra: {
          verdict: verdict(mb(report.totalBytes) < 25),
          tasks: bench.results.length,
          screenshots,
          suiteMb: mb(report.bytes),
          largestRunMb: mb(largest.bytes),
          buildMs: Math.round(buildMs),
          generateMs: Math.round(generateMs),
        },
      },
      msResult('reports.suite.open', suiteOpen, '< 3000 ms (load event, headless Chromium)', {
        verdict: verdict(Math.max(...suiteOpen) < 3000),
        mb: mb(report.bytes),
      }),
      msResult('reports.run.open', runOpen, '< 3000 ms (load + screenshots decoded)', {
        verdict: verdict(Math.max(...runOpen) < 3000),
        mb: mb(largest.bytes),
        images: largest.images,
      }),
      msResult('reports.fsm.open', fsmOpen, undefined, { states: fsmStates, kb: Math.round(fsm.bytes / 1024) }),
      msResult('reports.fsm.phone', phoneOpen, '< 3000 ms (200 states in 9 apps, headless Chromium)', {
        verdict: verdict(Math.max(...phoneOpen) < 3000),
        states: 200,
        kb: Math.round(phone.bytes / 1024),
      }),
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// `npx tsx bench/report.ts [tasks]` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tasks = process.argv[2] ? Number(process.argv[2]) : undefined;
  const results = await runReportBench(tasks ? { tasks } : {});
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
