/** Writes the self-contained HTML report of one run (a trajectory folder). */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTrajectory, TrajectoryReadError } from '../../agent/trajectory/index.ts';
import { ReportInputError } from '../errors.ts';
import { readAsset } from '../html/readAsset.ts';
import { renderPage } from '../html/renderPage.ts';
import { ImageEmbedder } from '../images/ImageEmbedder.ts';
import { renderRunReport } from './renderRunReport.ts';

export interface ReportOptions {
  /** Screenshots are downscaled to this width (px) before embedding. Default 360. */
  maxImageWidth?: number;
}

export interface ReportResult {
  /** Absolute path of the HTML file written. */
  out: string;
  bytes: number;
  /** Distinct images embedded. */
  images: number;
}

export function runReportHtml(dir: string, options: ReportOptions = {}): { html: string; images: number } {
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
  const body = renderRunReport(trajectory, images);
  const html = renderPage({
    title: `MAPLE · ${body.title}`,
    css: readAsset('run.css'),
    body: body.header + body.main,
    tail: images.pageBlock(),
    scripts: [readAsset('run.js')],
  });
  return { html, images: images.count };
}

/** Builds the report of the run in `dir`; writes `<dir>/report.html` unless `out` says otherwise. */
export function buildRunReport(dir: string, out?: string, options: ReportOptions = {}): ReportResult {
  const { html, images } = runReportHtml(dir, options);
  const target = path.resolve(out ?? path.join(dir, 'report.html'));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, html);
  return { out: target, bytes: Buffer.byteLength(html), images };
}
