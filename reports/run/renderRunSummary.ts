/**
 * The top of a run page: how the run ended and its numbers. When the run was
 * part of a benchmark, the evaluator's verdict decides the headline badge and
 * is shown beside the agent's own claim: an agent that says "finished" on a
 * task whose check failed is a failed run, and the page says so first.
 */
import type { RunSummary, StepRecord } from '../../agent/trajectory/index.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { formatInt, formatMs, formatUsd } from '../html/format.ts';
import type { BenchVerdict } from './findBenchVerdict.ts';

function stat(value: string, label: string): string {
  return `<li><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></li>`;
}

function badge(ok: boolean, testId?: string): string {
  return `<span class="badge ${ok ? 'ok' : 'bad'}"${testId ? ` data-testid="${testId}"` : ''}>${ok ? 'Success' : 'Failed'}</span>`;
}

/** The run's outcome as a word, for the page title too. */
export function runOutcome(summary: RunSummary | undefined, verdict: BenchVerdict | undefined): string {
  if (verdict) return verdict.success ? 'Success' : 'Failed';
  if (!summary) return 'Unfinished';
  return summary.status === 'success' ? 'Success' : 'Failed';
}

function agentClaim(summary: RunSummary, testId?: string): string {
  const reason = summary.reason + (summary.reasonDetail ? `: ${summary.reasonDetail}` : '');
  const answer = summary.answer ? ` <span class="muted">answer:</span> <q>${escapeHtml(summary.answer)}</q>` : '';
  return `${badge(summary.status === 'success', testId)} <span class="muted">ended by</span> <b>${escapeHtml(reason)}</b>${answer}`;
}

function evaluatorText(verdict: BenchVerdict): string {
  const why = [verdict.reason, verdict.error].filter(Boolean).join(' · ') || 'no reason recorded';
  return `${badge(verdict.success)} <span class="muted">${escapeHtml(verdict.evaluator)} check:</span> <span data-testid="verdict-reason">${escapeHtml(why)}</span>`;
}

/** The two views of the run side by side, and a line when they disagree. */
function renderVerdicts(summary: RunSummary | undefined, verdict: BenchVerdict): string {
  const claimed = summary?.status === 'success';
  const disagreement =
    summary && claimed !== verdict.success
      ? `<p class="disagree" data-testid="disagreement">${
          claimed
            ? 'The agent said it succeeded; the evaluator checked the phone and found the task not done.'
            : 'The agent gave up or failed, yet the evaluator found the task done.'
        }</p>`
      : '';
  return `<div class="verdicts">
<div class="verdict-box" data-testid="agent-claim"><h3>What the agent said</h3>${summary ? agentClaim(summary) : '<span class="badge warn">unfinished</span> no summary.json'}</div>
<div class="verdict-box" data-testid="evaluator-verdict"><h3>What the evaluator found <span class="muted">(task ${escapeHtml(verdict.taskId)})</span></h3>${evaluatorText(verdict)}</div>
</div>${disagreement}`;
}

function renderStats(summary: RunSummary): string {
  return `<ul class="stats">
${stat(String(summary.steps), 'steps')}
${stat(formatMs(summary.durationMs), 'wall time')}
${stat(String(summary.modelCalls), 'model calls')}
${stat(`${formatInt(summary.tokens.input)} / ${formatInt(summary.tokens.output)}`, 'tokens in / out')}
${stat(formatUsd(summary.costUsd), 'cost')}
${stat(`${summary.recoveries.recovered} / ${summary.recoveries.detected}`, 'errors recovered / detected (self-reported)')}
${stat(summary.fsm ? 'on' : 'off', 'FSM memory')}
${stat(summary.model, 'model')}
${stat(summary.device + (summary.seed !== undefined ? ` · seed ${summary.seed}` : '') + (summary.faults ? ` · faults ${summary.faults}` : ''), 'device')}
${stat(String(summary.exitCode), 'exit code')}
</ul>`;
}

export function renderRunSummary(
  summary: RunSummary | undefined,
  steps: StepRecord[],
  verdict: BenchVerdict | undefined,
): string {
  if (verdict) {
    const headline = `<p class="outcome">${badge(verdict.success, 'run-status')} <span class="muted">as the benchmark's evaluator found it</span></p>`;
    return headline + renderVerdicts(summary, verdict) + (summary ? renderStats(summary) : '');
  }
  if (!summary) {
    const calls = steps.reduce((n, s) => n + s.modelCalls.length, 0);
    return `<p><span class="badge warn" data-testid="run-status">unfinished</span> summary.json is missing: the run was interrupted or is still going. ${steps.length} steps, ${calls} model calls recorded.</p>`;
  }
  return `<p class="outcome">${agentClaim(summary, 'run-status')} <span class="muted">(as the agent reported it: no evaluator checked this run)</span></p>${renderStats(summary)}`;
}
