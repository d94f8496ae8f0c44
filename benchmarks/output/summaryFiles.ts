/** summary.json and summary.md next to results.jsonl. */
import path from 'node:path';
import type { BenchSummary, GroupStats } from '../metrics/aggregate.ts';
import type { RateStat } from '../metrics/wilson.ts';
import { renderSafetyTables } from '../safety/safetyTables.ts';
import { renderTokenTables } from './tokenTables.ts';
import { renderTruthTables } from './truthTables.ts';
import { renderVariantTables } from './variantTables.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

export const SUMMARY_JSON = 'summary.json';
export const SUMMARY_MD = 'summary.md';

export async function writeSummaryJson(dir: string, summary: BenchSummary): Promise<string> {
  const file = path.join(dir, SUMMARY_JSON);
  await writeFileAtomic(file, `${JSON.stringify(summary, null, 2)}\n`);
  return file;
}

function pct(r: RateStat): string {
  if (r.rate === null) return '–';
  const f = (x: number | null): string => (x === null ? '?' : (100 * x).toFixed(1));
  return `${f(r.rate)}% [${f(r.low)}–${f(r.high)}] (${r.successes}/${r.n})`;
}

function num(x: number | null, digits = 1): string {
  return x === null ? '–' : x.toFixed(digits);
}

const HEAD =
  '| group | runs | tasks | success | recovery (self-reported) | action accuracy (ground truth) | steps | step ratio | model calls | tokens in/out | cost USD | s/run | s/step |';
const RULE = '|---|---:|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|';

function row(name: string, g: GroupStats): string {
  return `| ${name} | ${g.runs} | ${g.tasks} | ${pct(g.success)} | ${pct(g.recoverySuccess)} | ${pct(g.actionAccuracy)} | ${num(g.meanSteps)} | ${num(g.meanStepRatio, 2)} | ${num(g.meanModelCalls)} | ${g.tokensIn}/${g.tokensOut} | ${g.costUsd.toFixed(4)} | ${num(g.meanWallMs === null ? null : g.meanWallMs / 1000, 2)} | ${num(g.msPerStep === null ? null : g.msPerStep / 1000, 2)} |`;
}

function table(title: string, groups: Record<string, GroupStats>): string[] {
  const names = Object.keys(groups);
  if (names.length === 0) return [];
  return [`## ${title}`, '', HEAD, RULE, ...names.map((n) => row(n, groups[n] as GroupStats)), ''];
}

/** The summary as Markdown tables: rates with their 95% Wilson intervals. */
export function renderSummaryMarkdown(summary: BenchSummary): string {
  const lines = [
    '# Benchmark summary',
    '',
    `${summary.runs} run(s) of ${summary.tasks} task(s); generated ${summary.generatedAt}.`,
    '',
    `Configurations: ${summary.configs.map((c) => `\`${c}\``).join(', ') || '(none)'}`,
    '',
    'Rates are pooled over runs with 95% Wilson intervals; steps, step ratio and model calls are means per run.',
    '',
    ...renderSafetyTables(summary.safety),
    ...renderTruthTables(summary),
    ...table('Overall', { all: summary.overall }),
    ...renderTokenTables(summary),
    ...table('By suite', summary.bySuite),
    ...table('By difficulty', summary.byDifficulty),
    ...table('By category', summary.byCategory),
    // Only when a paraphrase ran: a suite run in its own wording needs no second "overall" row.
    ...('paraphrase' in summary.byVariant ? table('By variant', summary.byVariant) : []),
    ...renderVariantTables(summary.variants),
    ...table('By app', summary.byApp),
    '## Termination errors',
    '',
  ];
  const errs = Object.entries(summary.terminationErrors);
  if (errs.length === 0) lines.push('None: every run finished.', '');
  else lines.push('| reason | runs |', '|---|---:|', ...errs.map(([k, v]) => `| ${k} | ${v} |`), '');
  lines.push(
    '## SPA-Bench exit codes',
    '',
    '| code | runs |',
    '|---|---:|',
    ...Object.entries(summary.exitCodes).map(([k, v]) => `| ${k} | ${v} |`),
    '',
  );
  return lines.join('\n');
}

export async function writeSummaryMarkdown(dir: string, summary: BenchSummary): Promise<string> {
  const file = path.join(dir, SUMMARY_MD);
  await writeFileAtomic(file, renderSummaryMarkdown(summary));
  return file;
}
