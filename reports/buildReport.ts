/** `maple report <dir>`: a run's trajectory or a benchmark output folder, told apart by their files. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildBenchReport, type BenchReportOptions, type BenchReportResult } from './bench/buildBenchReport.ts';
import { isBenchDir } from './bench/readBenchDir.ts';
import { ReportInputError } from './errors.ts';
import { buildRunReport, type ReportResult } from './run/buildRunReport.ts';

export type ReportKind = 'run' | 'bench';

export function detectReportKind(dir: string): ReportKind {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ReportInputError(
      `${dir} is not a folder: give a run's trajectory folder (with steps.jsonl) or a "maple bench" output folder (with results.jsonl)`,
    );
  }
  if (isBenchDir(dir)) return 'bench';
  if (existsSync(path.join(dir, 'steps.jsonl'))) return 'run';
  throw new ReportInputError(
    `${dir} has neither steps.jsonl (a run's trajectory) nor results.jsonl (a benchmark output): nothing to report`,
  );
}

export function buildReport(
  dir: string,
  out?: string,
  options: BenchReportOptions = {},
): (ReportResult & { kind: 'run' }) | (BenchReportResult & { kind: 'bench' }) {
  const kind = detectReportKind(dir);
  if (kind === 'bench') return { kind, ...buildBenchReport(dir, out, options) };
  return { kind, ...buildRunReport(dir, out, options) };
}
