/**
 * Writes the benchmark report: `<out>` (default `<dir>/report.html`) with the
 * summary, charts and task table, plus each task's run report written into
 * its trajectory folder (`<trajectory>/report.html`) and linked relatively, so
 * the suite page stays small and every run opens on its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readAsset } from '../html/readAsset.ts';
import { renderPage } from '../html/renderPage.ts';
import { buildRunReport, type ReportOptions, type ReportResult } from '../run/buildRunReport.ts';
import type { BenchVerdict } from '../run/findBenchVerdict.ts';
import { readBenchDir } from './readBenchDir.ts';
import { renderBenchReport } from './renderBenchReport.ts';

export interface BenchReportOptions extends ReportOptions {
  /** Also write each task's run report (default true). */
  runReports?: boolean;
}

export interface BenchReportResult extends ReportResult {
  /** Run reports written, one per task run that has a trajectory. */
  runReports: ReportResult[];
  /** Suite page plus every run report, in bytes. */
  totalBytes: number;
}

function toHref(from: string, to: string): string {
  return path.relative(path.dirname(from), to).split(path.sep).map(encodeURIComponent).join('/');
}

export function buildBenchReport(dir: string, out?: string, options: BenchReportOptions = {}): BenchReportResult {
  const view = readBenchDir(dir);
  const target = path.resolve(out ?? path.join(dir, 'report.html'));
  const links = new Map<string, string>();
  const runReports: ReportResult[] = [];
  for (const task of view.tasks) {
    if (!task.trajectoryDir) continue;
    const runOut = path.join(task.trajectoryDir, 'report.html');
    if (options.runReports !== false) {
      const verdict: BenchVerdict = {
        success: task.success,
        evaluator: task.evaluator,
        reason: task.verdictReason ?? '',
        taskId: task.taskId,
        termination: task.termination,
        ...(task.error ? { error: task.error } : {}),
        source: path.join(view.dir, 'results.jsonl'),
      };
      runReports.push(buildRunReport(task.trajectoryDir, runOut, { ...options, verdict }));
    }
    links.set(task.runKey, toHref(target, runOut));
  }
  const { title, body } = renderBenchReport(view, links);
  const html = renderPage({
    title: `MAPLE · ${title}`,
    css: readAsset('bench.css'),
    body,
    scripts: [readAsset('bench.js')],
  });
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, html);
  const bytes = Buffer.byteLength(html);
  return { out: target, bytes, images: 0, runReports, totalBytes: bytes + runReports.reduce((n, r) => n + r.bytes, 0) };
}
