/**
 * The bench page's "How runs ended" card: what the agent said against what
 * the evaluator found. A run that the agent ended with "finished" and whose
 * check failed is counted as a wrong claim, never as a finished success.
 */
import { escapeHtml } from '../html/escapeHtml.ts';
import type { BenchTaskView } from './BenchView.ts';

const CLAIM: Record<BenchTaskView['agentClaim'], string> = {
  success: 'agent said success',
  failed: 'agent said failed',
  unknown: 'agent said nothing (no summary)',
};

interface EndingRow {
  label: string;
  runs: number;
  passed: number;
  failed: number;
}

function endingRows(tasks: BenchTaskView[]): EndingRow[] {
  const rows = new Map<string, EndingRow>();
  for (const t of tasks) {
    const label = `${CLAIM[t.agentClaim]} · ${t.termination}`;
    const row = rows.get(label) ?? { label, runs: 0, passed: 0, failed: 0 };
    row.runs += 1;
    if (t.success) row.passed += 1;
    else row.failed += 1;
    rows.set(label, row);
  }
  return [...rows.values()].sort((a, b) => b.runs - a.runs || a.label.localeCompare(b.label));
}

/** One sentence: how many claims of success the evaluator confirmed. */
export function claimsLine(tasks: BenchTaskView[]): string {
  const claimed = tasks.filter((t) => t.agentClaim === 'success');
  const confirmed = claimed.filter((t) => t.success).length;
  const wrong = claimed.length - confirmed;
  const unclaimed = tasks.filter((t) => t.agentClaim !== 'success' && t.success).length;
  const parts = [
    `The agent said it succeeded in ${claimed.length} of ${tasks.length} run${tasks.length === 1 ? '' : 's'}; the evaluator confirmed ${confirmed}.`,
  ];
  if (wrong > 0) parts.push(`${wrong} claim${wrong === 1 ? ' was' : 's were'} wrong.`);
  if (unclaimed > 0) parts.push(`${unclaimed} run${unclaimed === 1 ? '' : 's'} passed without the agent claiming it.`);
  return parts.join(' ');
}

export function renderHowRunsEnded(tasks: BenchTaskView[]): string {
  const body = endingRows(tasks)
    .map(
      (r) =>
        `<tr data-testid="ending-row"><td>${escapeHtml(r.label)}</td><td class="num">${r.runs}</td><td class="num ok-text">${r.passed}</td><td class="num${r.failed ? ' bad-text' : ''}" data-testid="ending-failed">${r.failed}</td></tr>`,
    )
    .join('');
  return `<div class="card" data-testid="how-runs-ended"><h2 style="margin-top:0">How runs ended</h2>
<p data-testid="claims-line">${escapeHtml(claimsLine(tasks))}</p>
<table><thead><tr><th>what the agent said · why it stopped</th><th class="num">runs</th><th class="num">evaluator: passed</th><th class="num">evaluator: failed</th></tr></thead><tbody>${body}</tbody></table></div>`;
}
