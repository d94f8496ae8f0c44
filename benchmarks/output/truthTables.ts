/**
 * The ground-truth part of summary.md: the headline a run is judged by
 * (what truly happened on the phone), per group, and the verifier's
 * confusion matrix. Absent when no run had ground truth (real devices).
 */
import type { BenchSummary, GroupStats } from '../metrics/aggregate.ts';
import type { TruthStats } from '../metrics/truthStats.ts';
import type { RateStat } from '../metrics/wilson.ts';
import { TRUE_OUTCOMES } from '../truth/index.ts';

function pct(r: RateStat): string {
  if (r.rate === null) return '–';
  const f = (x: number | null): string => (x === null ? '?' : (100 * x).toFixed(1));
  return `${f(r.rate)}% [${f(r.low)}–${f(r.high)}] (${r.successes}/${r.n})`;
}

const HEAD =
  '| group | runs | success | verifier false-fail | verifier false-success | fault recovery (≤3 steps) | faulted runs that succeeded | wasted actions | rollback reached its screen | action accuracy |';
const RULE = '|---|---:|---|---|---|---|---|---|---|---|';

function row(name: string, g: GroupStats, t: TruthStats): string {
  return `| ${name} | ${t.runs} | ${pct(g.success)} | ${pct(t.falseFail)} | ${pct(t.falseSuccess)} | ${pct(t.faultRecovery)} | ${pct(t.faultedRunsSucceeded)} | ${pct(t.wasted)} | ${pct(t.rollbacks)} | ${pct(t.accuracy)} |`;
}

function table(title: string, groups: Record<string, GroupStats>): string[] {
  const rows = Object.entries(groups).filter(([, g]) => g.truth !== null);
  if (rows.length === 0) return [];
  return [`### ${title}`, '', HEAD, RULE, ...rows.map(([n, g]) => row(n, g, g.truth!)), ''];
}

function confusion(t: TruthStats): string[] {
  const verdicts = ['success', 'no_change', 'fail'] as const;
  const lines = [
    '### The verifier against the truth (agent actions: true outcome × verdict)',
    '',
    '| true outcome | success | no_change | fail |',
    '|---|---:|---:|---:|',
  ];
  for (const outcome of TRUE_OUTCOMES) {
    const r = t.confusion[outcome];
    if (!r) continue;
    lines.push(`| ${outcome} | ${verdicts.map((v) => r[v] ?? 0).join(' | ')} |`);
  }
  lines.push(
    '',
    'False fail: an action that truly worked (`effect`) judged fail. False success: one that did nothing or the wrong thing (`no_effect`, `mis_tap`, `wrong_target`, `crashed`, `error`) judged success. `no_action` steps (wait, finish, invalid answers) are not judged.',
    '',
  );
  return lines;
}

export function renderTruthTables(summary: BenchSummary): string[] {
  const overall = summary.overall.truth;
  if (!overall) return [];
  return [
    '## Ground truth: what happened on the phone',
    '',
    `From the device's own state around every action (${overall.runs} run(s) with ground truth; ${overall.agentSteps} agent actions, ${overall.frameworkSteps} framework moves). The agent never sees it. Definitions: docs/benchmarks.md, "Ground truth".`,
    '',
    ...table('Overall', { all: summary.overall }),
    ...('paraphrase' in summary.byVariant ? table('By variant', summary.byVariant) : []),
    ...table('By category', summary.byCategory),
    ...confusion(overall),
  ];
}
