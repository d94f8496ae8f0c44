/** Writes the self-contained HTML report of one run (a trajectory folder). */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTrajectory, TrajectoryReadError } from '../../agent/trajectory/index.ts';
import { ReportInputError } from '../errors.ts';
import { readAsset } from '../html/readAsset.ts';
import { renderPage } from '../html/renderPage.ts';
import { ImageEmbedder } from '../images/ImageEmbedder.ts';
import { findBenchVerdict, type BenchVerdict } from './findBenchVerdict.ts';
import { readEvaluation } from './readEvaluation.ts';
import { renderRunReport } from './renderRunReport.ts';

export interface ReportOptions {
  /** Screenshots are downscaled to this width (px) before embedding. Default 360. */
  maxImageWidth?: number;
}

export interface RunReportOptions extends ReportOptions {
  /**
   * The benchmark evaluator's verdict on this run. The bench report passes the one it read; without it the
   * run page looks for a results.jsonl above the trajectory folder that lists this run.
   */
  verdict?: BenchVerdict | null;
}

export interface ReportResult {
  /** Absolute path of the HTML file written. */
  out: string;
  bytes: number;
  /** Distinct images embedded. */
  images: number;
}

export function runReportHtml(dir: string, options: RunReportOptions = {}): { html: string; images: number } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ReportInputError(
      `${dir} is not a folder: give a run's trajectory folder (with steps.jsonl) or a benchmark output folder`,
    );
  }
  let trajectory;
  try {
    trajectory = readTrajectory(dir);
  } catch (error) {
    if (error instanceof TrajectoryReadError) throw new ReportInputError(error.message);
    throw error;
  }
  const images = new ImageEmbedder({ maxWidth: options.maxImageWidth ?? 360 });
  const verdict = options.verdict === undefined ? findBenchVerdict(dir) : (options.verdict ?? undefined);
  const truth = readEvaluation(dir);
  const body = renderRunReport(trajectory, images, {
    ...(verdict ? { verdict } : {}),
    ...(truth ? { truth } : {}),
  });
  const html = renderPage({
    title: `MAPLE · ${body.outcome} · ${body.title}`,
    css: readAsset('run.css'),
    body: body.header + body.main,
    tail: images.pageBlock(),
    scripts: [readAsset('run.js')],
  });
  return { html, images: images.count };
}

/** Builds the report of the run in `dir`; writes `<dir>/report.html` unless `out` says otherwise. */
export function buildRunReport(dir: string, out?: string, options: RunReportOptions = {}): ReportResult {
  const { html, images } = runReportHtml(dir, options);
  const target = path.resolve(out ?? path.join(dir, 'report.html'));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, html);
  return { out: target, bytes: Buffer.byteLength(html), images };
}
