/**
 * The token card of the benchmark report: the runner's token account
 * (summary.json `overall.tokens`: input by role and part, per executor
 * request, per run, per cross-app run, calls per step). Absent when no run
 * made a model call.
 */
import type { TokenStats } from '../../benchmarks/metrics/tokenStats.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { formatInt } from '../html/format.ts';
import { renderTokenAccountTable } from '../html/tokenAccountTable.ts';

export function renderTokenCard(summary: Record<string, unknown> | undefined): string {
  const tokens = (summary?.['overall'] as { tokens?: TokenStats | null } | undefined)?.tokens;
  if (!tokens?.account) return '';
  const n = (x: number | null): string => (x === null ? '–' : formatInt(x));
  const facts: Array<[string, string, string]> = [
    [
      'executor-input',
      'input tokens per executor request, without its screenshot',
      n(tokens.executor.inputPerCallWithoutImages),
    ],
    ['executor-input-images', 'the same with screenshots', n(tokens.executor.inputPerCall)],
    [
      'executor-images',
      'executor requests with a screenshot',
      `${tokens.executor.imageCalls} of ${tokens.executor.calls}`,
    ],
    ['run-input', `input tokens per run (${tokens.runs} runs)`, n(tokens.inputPerRun)],
    ['cross-app-input', `per cross-app run (${tokens.crossApp.runs} runs)`, n(tokens.crossApp.inputPerRun)],
    ['calls-per-step', 'model calls per step', tokens.callsPerStep === null ? '–' : tokens.callsPerStep.toFixed(2)],
  ];
  const rows = facts
    .map(
      ([id, label, value]) =>
        `<tr><td>${escapeHtml(label)}</td><td class="num" data-testid="tokens-${id}">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<div class="card" data-testid="token-card"><h2 style="margin-top:0">Token account</h2>
<table>${rows}</table>
<h3>Input tokens by role and part</h3>
${renderTokenAccountTable(tokens.account)}</div>`;
}
