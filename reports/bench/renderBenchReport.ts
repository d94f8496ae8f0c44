/** Renders a benchmark output folder as an HTML page body: summary, charts, the per-task table with links to run reports. */
import { escapeHtml } from '../html/escapeHtml.ts';
import { formatInt, formatMs, formatPct, formatUsd } from '../html/format.ts';
import { aggregate, groupBy, type Aggregate } from './aggregate.ts';
import type { BenchTaskView, BenchView } from './BenchView.ts';
import { rateBarChart, stepsScatter } from './svgCharts.ts';
import { renderHowRunsEnded } from './howRunsEnded.ts';
import { renderTokenCard } from './tokenCard.ts';
import { renderTruthCard } from './truthCard.ts';

const DIFFICULTY: Record<string, string> = { '1': 'easy', '2': 'medium', '3': 'hard' };

function difficultyLabel(d: number | null): string {
  return d === null ? 'n/a' : (DIFFICULTY[String(d)] ?? String(d));
}

function stat(value: string, label: string, testId?: string): string {
  return `<li${testId ? ` data-testid="${testId}"` : ''}><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></li>`;
}

/** The runner's 95% Wilson interval of overall success (summary.json overall.success), when it wrote one. */
function successInterval(summary: Record<string, unknown> | undefined): string {
  const success = (summary?.['overall'] as { success?: { low?: unknown; high?: unknown } } | undefined)?.success;
  if (typeof success?.low !== 'number' || typeof success.high !== 'number') return '';
  return ` · 95% CI ${(success.low * 100).toFixed(0)}–${(success.high * 100).toFixed(0)}%`;
}

function aggregateRow(label: string, a: Aggregate): string {
  return `<tr><td>${escapeHtml(label)}</td><td class="num">${a.runs}</td><td class="num">${formatPct(a.successRate)}</td><td class="num">${formatPct(a.recoverySuccess ?? undefined)}</td><td class="num">${formatPct(a.actionAccuracy ?? undefined)}</td><td class="num">${a.meanSteps.toFixed(1)}</td><td class="num">${a.meanStepRatio === null ? '-' : a.meanStepRatio.toFixed(2)}</td><td class="num">${formatInt(a.modelCalls)}</td><td class="num">${formatInt(a.tokensIn)} / ${formatInt(a.tokensOut)}</td><td class="num">${formatUsd(a.costUsd)}</td><td class="num">${formatMs(a.wallMs)}</td></tr>`;
}

function bars(groups: Map<string, BenchTaskView[]>, order?: (a: string, b: string) => number) {
  return [...groups.entries()]
    .sort(([a], [b]) => (order ? order(a, b) : a.localeCompare(b)))
    .map(([label, ts]) => ({ label, rate: aggregate(ts).successRate, n: ts.length }));
}

/** The result cell: the evaluator's verdict, the agent's claim when it differs, and for a failed run the reason in words. */
function resultCell(t: BenchTaskView): string {
  const result = t.success ? '<span class="badge ok">success</span>' : `<span class="badge bad">fail</span>`;
  const claim =
    t.agentClaim !== 'unknown' && (t.agentClaim === 'success') !== t.success
      ? ` <span class="badge warn" data-testid="claim-mismatch" title="what the agent itself said">agent said ${t.agentClaim}</span>`
      : '';
  const why = [t.verdictReason, t.error].filter(Boolean).join(' · ');
  const reason =
    !t.success && why
      ? `<div class="fail-reason" data-testid="fail-reason" title="${escapeHtml(why)}">${escapeHtml(why.length > 180 ? `${why.slice(0, 179)}…` : why)}</div>`
      : '';
  return `<td data-sort="${t.success ? 1 : 0}">${result}${claim}${reason}</td>`;
}

function taskRow(t: BenchTaskView, href: string | undefined): string {
  return `<tr data-testid="task-row" data-success="${t.success}">
<td><code>${escapeHtml(t.taskId)}</code>${t.repetition ? ` <span class="muted">#${t.repetition}</span>` : ''}</td>
<td class="instr">${escapeHtml(t.instruction ?? '')}</td>
<td>${escapeHtml(t.apps.join(', '))}</td>
<td data-sort="${t.difficulty ?? 9}">${escapeHtml(difficultyLabel(t.difficulty))}</td>
${resultCell(t)}
<td>${escapeHtml(t.termination)}</td>
<td class="num" data-sort="${t.steps}">${t.steps}${t.goldenSteps !== null ? ` <span class="muted">/ ${t.goldenSteps}</span>` : ''}</td>
<td class="num" data-sort="${t.errorsDetected}">${t.errorsDetected ? `${t.errorsRecovered}/${t.errorsDetected}` : ''}</td>
<td class="num" data-sort="${t.tokensIn + t.tokensOut}">${formatInt(t.tokensIn + t.tokensOut)}</td>
<td class="num" data-sort="${t.costUsd}">${formatUsd(t.costUsd)}</td>
<td class="num" data-sort="${t.wallMs}">${formatMs(t.wallMs)}</td>
<td>${href ? `<a href="${escapeHtml(href)}" data-testid="run-link">run</a>` : '<span class="muted">-</span>'}</td>
</tr>`;
}

function summaryFacts(summary: Record<string, unknown> | undefined): string {
  if (!summary) return '';
  const scalars = Object.entries(summary).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  if (scalars.length === 0) return '';
  return `<details class="card"><summary>Runner summary.json</summary><table>${scalars.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table></details>`;
}

/** `links` maps a run key to the href of that run's report, relative to the page. */
export function renderBenchReport(view: BenchView, links: Map<string, string>): { title: string; body: string } {
  const all = aggregate(view.tasks);
  const configs = groupBy(view.tasks, (t) => [t.configLabel]);
  const byApp = groupBy(view.tasks, (t) => (t.apps.length ? t.apps : ['(none)']));
  const byDifficulty = groupBy(view.tasks, (t) => [difficultyLabel(t.difficulty)]);
  const diffOrder = ['easy', 'medium', 'hard', 'n/a'];
  const scatter = view.tasks
    .filter((t) => t.goldenSteps !== null)
    .map((t) => ({ x: t.goldenSteps ?? 0, y: t.steps, label: t.taskId, ok: t.success }));
  const header = `<header class="page"><div class="muted">MAPLE benchmark report · ${escapeHtml(view.dir)}</div><h1>${escapeHtml(view.title)}</h1>
<ul class="stats">
${stat(formatPct(all.successRate), `success (${all.successes}/${all.runs})${successInterval(view.summary)}`, 'success-rate')}
${stat(`${all.claimsConfirmed}/${all.claims}`, "agent's success claims the evaluator confirmed", 'claims-confirmed')}
${stat(formatPct(all.actionAccuracy ?? undefined), 'action accuracy (ground truth)')}
${stat(formatPct(all.recoverySuccess ?? undefined), 'recovery success (self-reported)')}
${stat(all.meanSteps.toFixed(1), 'mean steps')}
${stat(all.meanStepRatio === null ? '-' : all.meanStepRatio.toFixed(2), 'mean step ratio to golden')}
${stat(formatInt(all.modelCalls), 'model calls')}
${stat(`${formatInt(all.tokensIn)} / ${formatInt(all.tokensOut)}`, 'tokens in / out')}
${stat(formatUsd(all.costUsd), 'cost')}
${stat(formatMs(all.wallMs), 'task time (sum)')}
</ul></header>`;
  const aggHead = `<thead><tr><th>group</th><th class="num">runs</th><th class="num">success</th><th class="num">recovery (self-reported)</th><th class="num">action acc. (ground truth)</th><th class="num">steps</th><th class="num">step ratio</th><th class="num">calls</th><th class="num">tokens in / out</th><th class="num">cost</th><th class="num">time</th></tr></thead>`;
  const body = `${header}<main>
<div class="card"><h2 style="margin-top:0">Summary by configuration</h2>
<table class="summary" data-testid="summary-table">${aggHead}<tbody>${[...configs.entries()].map(([k, ts]) => aggregateRow(k, aggregate(ts))).join('')}${configs.size > 1 ? aggregateRow('all', all) : ''}</tbody></table></div>
${renderTruthCard(view.summary)}
${renderTokenCard(view.summary)}
<div class="charts">
<div class="card">${rateBarChart('Success by app', bars(byApp), 'chart-app')}</div>
<div class="card">${rateBarChart(
    'Success by difficulty',
    bars(byDifficulty, (a, b) => diffOrder.indexOf(a) - diffOrder.indexOf(b)),
    'chart-difficulty',
  )}</div>
<div class="card">${scatter.length ? stepsScatter('Steps taken vs golden steps', scatter, 'chart-steps') : '<p class="muted">No golden steps in these tasks.</p>'}</div>
${renderHowRunsEnded(view.tasks)}
</div>
${summaryFacts(view.summary)}
<h2>Tasks</h2>
<div class="toolbar"><input id="filter" type="search" placeholder="filter tasks (id, instruction, app)"> <label><input type="checkbox" id="only-failed"> failures only</label> <span class="muted">click a column header to sort</span></div>
<table class="tasks" id="tasks" data-testid="task-table"><thead><tr><th>task</th><th>instruction</th><th>apps</th><th>difficulty</th><th>result (evaluator)</th><th>ended by</th><th class="num">steps / golden</th><th class="num">recovered</th><th class="num">tokens</th><th class="num">cost</th><th class="num">time</th><th>report</th></tr></thead>
<tbody>${view.tasks.map((t) => taskRow(t, links.get(t.runKey))).join('\n')}</tbody></table>
</main>`;
  return { title: view.title, body };
}
