/**
 * Renders one run (a trajectory folder) as the body of an HTML page: the
 * summary on top, a strip of verdict chips to jump around, then every step as
 * a card with its screenshot, the acted element boxed, the action, the
 * verdict, recovery details and model calls.
 */
import path from 'node:path';
import type { ModelCallRecord, RunSummary, StepRecord } from '../../agent/trajectory/index.ts';
import type { Trajectory } from '../../agent/trajectory/index.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { formatInt, formatMs, formatUsd } from '../html/format.ts';
import { renderTokenAccountTable } from '../html/tokenAccountTable.ts';
import { accountOfCalls } from '../../agent/calls/tokenAccount.ts';
import type { ImageEmbedder } from '../images/ImageEmbedder.ts';

const VERDICT_LABEL: Record<string, string> = { success: 'Success', no_change: 'No change', fail: 'Fail' };

export function verdictLabel(verdict: string): string {
  return VERDICT_LABEL[verdict] ?? verdict;
}

function stat(value: string, label: string): string {
  return `<li><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></li>`;
}

function renderSummary(summary: RunSummary | undefined, steps: StepRecord[]): string {
  if (!summary) {
    const calls = steps.reduce((n, s) => n + s.modelCalls.length, 0);
    return `<p><span class="badge warn" data-testid="run-status">unfinished</span> summary.json is missing: the run was interrupted or is still going. ${steps.length} steps, ${calls} model calls recorded.</p>`;
  }
  const ok = summary.status === 'success';
  const reason = summary.reason + (summary.reasonDetail ? `: ${summary.reasonDetail}` : '');
  return `
<p><span class="badge ${ok ? 'ok' : 'bad'}" data-testid="run-status">${ok ? 'Success' : 'Failed'}</span>
 <span class="muted">ended by</span> <b>${escapeHtml(reason)}</b>${summary.answer ? ` <span class="muted">answer:</span> <q>${escapeHtml(summary.answer)}</q>` : ''}</p>
<ul class="stats">
${stat(String(summary.steps), 'steps')}
${stat(formatMs(summary.durationMs), 'wall time')}
${stat(String(summary.modelCalls), 'model calls')}
${stat(`${formatInt(summary.tokens.input)} / ${formatInt(summary.tokens.output)}`, 'tokens in / out')}
${stat(formatUsd(summary.costUsd), 'cost')}
${stat(`${summary.recoveries.recovered} / ${summary.recoveries.detected}`, 'errors recovered / detected')}
${stat(summary.fsm ? 'on' : 'off', 'FSM memory')}
${stat(summary.model, 'model')}
${stat(summary.device + (summary.seed !== undefined ? ` · seed ${summary.seed}` : '') + (summary.faults ? ` · faults ${summary.faults}` : ''), 'device')}
${stat(String(summary.exitCode), 'exit code')}
</ul>`;
}

function renderRoleTable(steps: StepRecord[]): string {
  const byRole = new Map<
    string,
    { calls: number; input: number; output: number; cache: number; cost: number; ms: number; errors: number }
  >();
  for (const call of steps.flatMap((s) => s.modelCalls)) {
    const key = `${call.role}\u0000${call.model}`;
    const row = byRole.get(key) ?? { calls: 0, input: 0, output: 0, cache: 0, cost: 0, ms: 0, errors: 0 };
    row.calls += 1;
    row.input += call.inputTokens;
    row.output += call.outputTokens;
    row.cache += call.cacheReadTokens ?? 0;
    row.cost += call.costUsd;
    row.ms += call.durationMs;
    row.errors += call.error ? 1 : 0;
    byRole.set(key, row);
  }
  if (byRole.size === 0) return '<p class="muted">No model calls in this run.</p>';
  const rows = [...byRole.entries()]
    .map(([key, r]) => {
      const [role, model] = key.split('\u0000');
      return `<tr><td>${escapeHtml(role)}</td><td>${escapeHtml(model)}</td><td class="num">${r.calls}</td><td class="num">${formatInt(r.input)}</td><td class="num">${formatInt(r.output)}</td><td class="num">${formatInt(r.cache)}</td><td class="num">${formatUsd(r.cost)}</td><td class="num">${formatMs(r.ms)}</td><td class="num">${r.errors || ''}</td></tr>`;
    })
    .join('');
  return `<table class="roles"><thead><tr><th>role</th><th>model</th><th class="num">calls</th><th class="num">tokens in</th><th class="num">tokens out</th><th class="num">cache read</th><th class="num">cost</th><th class="num">time</th><th class="num">errors</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Where the input tokens went (the run's token account; summed from the steps when the summary is missing). */
function renderTokenCard(summary: RunSummary | undefined, steps: StepRecord[]): string {
  const calls = steps.flatMap((s) => s.modelCalls);
  if (!summary?.tokenAccount && calls.length === 0) return '';
  const account = summary?.tokenAccount ?? accountOfCalls(calls);
  return `<div class="card" data-testid="token-card"><h2 style="margin-top:0">Input tokens by part</h2>${renderTokenAccountTable(account)}</div>`;
}

function pct(value: number, total: number): string {
  return `${Math.max(0, Math.min(100, (value / total) * 100)).toFixed(3)}%`;
}

/** The screenshot with the acted element boxed (bounds are device pixels; the box is placed in percent so it scales with the image). */
function renderShot(step: StepRecord, dir: string, images: ImageEmbedder): string {
  const { width, height } = step.before;
  const image = images.addFile(step.before.screenshot ? path.join(dir, step.before.screenshot) : undefined);
  const ratio = width > 0 && height > 0 ? `aspect-ratio:${width}/${height}` : 'aspect-ratio:9/20';
  let overlay = '';
  const el = step.action.element;
  if (el && width > 0 && height > 0) {
    const b = el.bounds;
    overlay += `<div class="hl" data-testid="highlight" title="${escapeHtml(el.label || el.id)}" style="left:${pct(b.left, width)};top:${pct(b.top, height)};width:${pct(b.right - b.left, width)};height:${pct(b.bottom - b.top, height)}"></div>`;
  } else {
    const x = step.action.input['x'];
    const y = step.action.input['y'];
    if (typeof x === 'number' && typeof y === 'number' && width > 0 && height > 0) {
      overlay += `<div class="tap" data-testid="highlight" style="left:${pct(x, width)};top:${pct(y, height)}"></div>`;
    }
  }
  const inner = image
    ? images.imgTag(image, { alt: `screen before step ${step.index}`, className: 'screen' })
    : '<div class="noshot">no screenshot</div>';
  return `<div class="shot" style="${ratio}">${inner}${overlay}</div>`;
}

function renderCalls(calls: ModelCallRecord[]): string {
  if (calls.length === 0) return '';
  const rows = calls
    .map(
      (c) =>
        `<tr${c.error ? ' class="err"' : ''}><td>${escapeHtml(c.role)}</td><td>${escapeHtml(c.model)}</td><td class="num">${formatInt(c.inputTokens)}</td><td class="num">${formatInt(c.outputTokens)}</td><td class="num">${c.cacheReadTokens ? formatInt(c.cacheReadTokens) : ''}</td><td class="num">${formatUsd(c.costUsd)}</td><td class="num">${formatMs(c.durationMs)}</td><td>${c.error ? escapeHtml(c.error) : ''}</td></tr>`,
    )
    .join('');
  return `<details class="calls"><summary>${calls.length} model call${calls.length === 1 ? '' : 's'} · ${formatInt(calls.reduce((n, c) => n + c.inputTokens + c.outputTokens, 0))} tokens · ${formatUsd(calls.reduce((n, c) => n + c.costUsd, 0))}</summary>
<table><thead><tr><th>role</th><th>model</th><th class="num">in</th><th class="num">out</th><th class="num">cache</th><th class="num">cost</th><th class="num">time</th><th>error</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

function renderTimings(step: StepRecord): string {
  const t = step.timings;
  if (!t) return '';
  const parts: [string, number][] = [
    ['observe', t.observeMs],
    ['perceive', t.perceiveMs],
    ['fsm', t.fsmMs],
    ['decide', t.decideMs],
    ['act', t.actMs],
    ['verify', t.verifyMs],
  ];
  const total = parts.reduce((n, [, v]) => n + (v || 0), 0);
  return `<div class="timings muted">${formatMs(total)}: ${parts.map(([k, v]) => `${k} ${formatMs(v)}`).join(' · ')}</div>`;
}

function renderAction(step: StepRecord): string {
  const input = Object.entries(step.action.input ?? {})
    .map(
      ([k, v]) =>
        `${escapeHtml(k)}=<code>${escapeHtml(typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v))}</code>`,
    )
    .join(' ');
  const el = step.action.element;
  return `<div class="action"><b class="action-name" data-testid="action">${escapeHtml(step.action.name)}</b> ${input}
${el ? `<div>on <span class="el">${escapeHtml(el.label || '(no label)')}</span> <span class="muted">${escapeHtml(el.id)}</span></div>` : ''}
${step.action.reason ? `<div><span class="muted">why:</span> ${escapeHtml(step.action.reason)}</div>` : ''}
${step.action.expected ? `<div><span class="muted">expected:</span> ${escapeHtml(step.action.expected)}</div>` : ''}</div>`;
}

function stateText(key: string | undefined, name: string | undefined, pkg: string, activity: string): string {
  const label = name || (key ? key.slice(0, 12) : '');
  return `<span title="${escapeHtml(`${pkg}/${activity}${key ? `\nstate ${key}` : ''}`)}">${escapeHtml(label || activity || pkg)}</span>`;
}

function renderStep(step: StepRecord, dir: string, images: ImageEmbedder): string {
  const isRecovery = step.kind === 'recovery' || step.recovery !== undefined;
  const predicted =
    step.predicted === undefined
      ? ''
      : step.predicted
        ? '<span class="badge neutral" title="the FSM predicted this outcome">as predicted</span>'
        : '<span class="badge warn" title="the FSM expected another outcome">unexpected</span>';
  const recovery = step.recovery
    ? `<div class="recovery"><b>Recovery</b> attempt ${step.recovery.attempt} → <code>${escapeHtml(step.recovery.target)}</code>${step.recovery.path.length ? ` via ${step.recovery.path.map((p) => `<code>${escapeHtml(p)}</code>`).join(' → ')}` : ''}</div>`
    : '';
  const after = step.after
    ? ` → ${stateText(step.after.stateKey, undefined, step.after.package, step.after.activity)}`
    : '';
  return `<section class="step verdict-border-${escapeHtml(step.verdict)}${isRecovery ? ' is-recovery' : ''}" id="step-${step.index}" data-testid="step" data-verdict="${escapeHtml(step.verdict)}">
${renderShot(step, dir, images)}
<div class="detail">
<div class="head"><span class="num">#${step.index}</span>
${isRecovery ? '<span class="badge rec" data-testid="recovery">recovery</span>' : ''}
<span class="badge verdict-${escapeHtml(step.verdict)}" data-testid="verdict">${escapeHtml(verdictLabel(step.verdict))}</span> ${predicted}
<span class="muted">${escapeHtml(step.app ?? step.before.package)} · ${stateText(step.before.stateKey, step.before.stateName, step.before.package, step.before.activity)}${after}</span></div>
${step.subgoal ? `<div class="subgoal"><span class="muted">subgoal:</span> ${escapeHtml(step.subgoal)}</div>` : ''}
${renderAction(step)}
<div class="why verdict-text-${escapeHtml(step.verdict)}">${escapeHtml(step.verdictReason)}</div>
${recovery}
${renderCalls(step.modelCalls ?? [])}
${renderTimings(step)}
</div>
</section>`;
}

function renderFinal(dir: string, images: ImageEmbedder): string {
  const image = images.addFile(path.join(dir, 'final', 'screen.png'));
  if (!image) return '';
  return `<section class="step final" id="final" data-testid="final"><div class="shot">${images.imgTag(image, { alt: 'final screen', className: 'screen' })}</div><div class="detail"><div class="head"><b>Final screen</b></div><p class="muted">What the device showed after the last action.</p></div></section>`;
}

export interface RunReportBody {
  title: string;
  header: string;
  main: string;
}

export function renderRunReport(trajectory: Trajectory, images: ImageEmbedder): RunReportBody {
  const { summary, steps, dir } = trajectory;
  const title = summary?.task ?? `Run in ${path.basename(dir)}`;
  const chips = steps
    .map(
      (s) =>
        `<a href="#step-${s.index}" class="chip verdict-${escapeHtml(s.verdict)}${s.kind === 'recovery' || s.recovery ? ' chip-rec' : ''}" title="#${s.index} ${escapeHtml(s.action.name)}: ${escapeHtml(verdictLabel(s.verdict))}">${s.index}</a>`,
    )
    .join('');
  const header = `<header class="page"><div class="muted">MAPLE run report</div><h1 data-testid="task">${escapeHtml(title)}</h1>${renderSummary(summary, steps)}</header>`;
  const main = `<main>
<div class="card"><h2 style="margin-top:0">Model calls by role</h2>${renderRoleTable(steps)}</div>
${renderTokenCard(summary, steps)}
<div class="toolbar"><div class="chips" data-testid="chips">${chips}</div>
<label><input type="checkbox" id="only-problems"> only failures, no-change and recoveries</label></div>
<div class="timeline" data-testid="timeline">
${steps.map((s) => renderStep(s, dir, images)).join('\n')}
${renderFinal(dir, images)}
</div>
</main>`;
  return { title, header, main };
}
