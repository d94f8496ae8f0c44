/**
 * The ground-truth card of the benchmark report: what truly happened on the
 * phone (summary.json `overall.truth`, written by the runner from the
 * device's state), beside the agent's own claims. Absent for runs without
 * ground truth (real devices).
 */
import { escapeHtml } from '../html/escapeHtml.ts';

interface Rate {
  successes: number;
  n: number;
  rate: number | null;
}

const ROWS: Array<[key: string, label: string, hint: string]> = [
  ['falseFail', 'verifier false-fail', 'actions that truly worked, judged fail'],
  ['falseSuccess', 'verifier false-success', 'actions that did nothing or the wrong thing, judged success'],
  ['faultRecovery', 'fault recovery', 'faults after which the phone was clean and on track within 3 steps'],
  ['faultedRunsSucceeded', 'faulted runs that succeeded', 'runs that met a fault and still succeeded'],
  ['wasted', 'wasted actions', 'no true effect, or undone later'],
  ['rollbacks', 'rollbacks that reached their screen', 'rollback attempts that got the phone where they aimed'],
  ['accuracy', 'action accuracy', 'actions with a lasting true effect'],
];

function pct(r: Rate | undefined): string {
  if (!r || r.rate === null) return '–';
  return `${(100 * r.rate).toFixed(1)}% (${r.successes}/${r.n})`;
}

export function renderTruthCard(summary: Record<string, unknown> | undefined): string {
  const truth = (summary?.['overall'] as { truth?: Record<string, unknown> | null } | undefined)?.truth;
  if (!truth) return '';
  const rows = ROWS.map(
    ([key, label, hint]) =>
      `<tr><td>${escapeHtml(label)} <span class="muted">${escapeHtml(hint)}</span></td><td class="num" data-testid="truth-${key}">${escapeHtml(pct(truth[key] as Rate | undefined))}</td></tr>`,
  ).join('');
  const confusion = (truth['confusion'] ?? {}) as Record<string, Record<string, number>>;
  const verdicts = ['success', 'no_change', 'fail'];
  const matrix = Object.entries(confusion)
    .map(
      ([outcome, row]) =>
        `<tr><td>${escapeHtml(outcome)}</td>${verdicts.map((v) => `<td class="num">${row[v] ?? 0}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="card" data-testid="truth-card"><h2 style="margin-top:0">Ground truth: what happened on the phone</h2>
<p class="muted">From the device's own state around every action; the agent never sees it. The agent's own claims (recovery success) are shown apart as self-reported.</p>
<table>${rows}</table>
<h3>The verifier against the truth</h3>
<table data-testid="truth-confusion"><thead><tr><th>true outcome</th>${verdicts.map((v) => `<th class="num">${v}</th>`).join('')}</tr></thead><tbody>${matrix}</tbody></table></div>`;
}
