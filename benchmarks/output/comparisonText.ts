/** A comparison as a plain-text table for the terminal (and Markdown-compatible). */
import type { Comparison, MetricComparison } from '../metrics/compare.ts';

/** Metrics that are shares of something (shown in percent, differences in points); the rest are counts or sizes. */
const isShare = (metric: string): boolean =>
  /rate|success|accuracy|false-fail|fault recovery|wasted/.test(metric) && !/per run/.test(metric);

function fmt(metric: string, x: number | null): string {
  if (x === null) return '–';
  const isRate = isShare(metric);
  if (isRate) return `${(100 * x).toFixed(1)}%`;
  if (x === 0) return '0';
  if (Math.abs(x) >= 100) return x.toFixed(0);
  return x.toFixed(Math.abs(x) >= 1 ? 2 : 4);
}

function diffText(m: MetricComparison): string {
  if (m.diff === null) return '–';
  const isRate = isShare(m.metric);
  const d = isRate ? `${(100 * m.diff).toFixed(1)} pp` : fmt(m.metric, m.diff);
  return m.diff > 0 ? `+${d}` : d;
}

function ciText(m: MetricComparison): string {
  if (m.low === null || m.high === null) return '–';
  const isRate = isShare(m.metric);
  const f = (x: number): string => (isRate ? (100 * x).toFixed(1) : fmt(m.metric, x));
  return `[${f(m.low)}, ${f(m.high)}]${isRate ? ' pp' : ''}`;
}

function verdict(m: MetricComparison): string {
  if (!m.significant || m.diff === null) return 'no clear difference';
  const better = m.higherIsBetter ? m.diff > 0 : m.diff < 0;
  return better ? 'B better' : 'B worse';
}

export function renderComparison(c: Comparison, labelA: string, labelB: string): string {
  const lines = [
    `A: ${labelA}  (${c.runsA} runs)`,
    `B: ${labelB}  (${c.runsB} runs)`,
    `Shared tasks: ${c.sharedTasks}; only in A: ${c.onlyA}; only in B: ${c.onlyB}. 95% intervals of B - A: paired bootstrap over shared tasks (${c.resamples} resamples, seed ${c.seed}); success rate also with Newcombe's interval over all runs.`,
    '',
    '| metric | A | B | B - A | 95% CI | method | reading |',
    '|---|---:|---:|---:|---|---|---|',
  ];
  for (const m of c.metrics) {
    lines.push(
      `| ${m.metric} | ${fmt(m.metric, m.a)} | ${fmt(m.metric, m.b)} | ${diffText(m)} | ${ciText(m)} | ${m.method} | ${verdict(m)} |`,
    );
    if (m.newcombe && m.method !== 'newcombe') {
      lines.push(
        `| ↳ success rate, all runs | | | ${(100 * m.newcombe.diff).toFixed(1)} pp | [${(100 * m.newcombe.low).toFixed(1)}, ${(100 * m.newcombe.high).toFixed(1)}] pp | newcombe | ${m.newcombe.low > 0 || m.newcombe.high < 0 ? (m.newcombe.diff > 0 ? 'B better' : 'B worse') : 'no clear difference'} |`,
      );
    }
  }
  return lines.join('\n');
}
