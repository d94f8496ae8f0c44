/** The run page's "Input tokens by part" card: the run's token account (summed from the steps when the summary is missing). */
import type { RunSummary, StepRecord } from '../../agent/trajectory/index.ts';
import { accountOfCalls } from '../../agent/calls/tokenAccount.ts';
import { renderTokenAccountTable } from '../html/tokenAccountTable.ts';

export function renderTokenCard(summary: RunSummary | undefined, steps: StepRecord[]): string {
  const calls = steps.flatMap((s) => s.modelCalls);
  if (!summary?.tokenAccount && calls.length === 0) return '';
  const account = summary?.tokenAccount ?? accountOfCalls(calls);
  return `<div class="card" data-testid="token-card"><h2 style="margin-top:0">Input tokens by part</h2>${renderTokenAccountTable(account)}</div>`;
}
