/**
 * One step of a run page as a card: the screenshot with the acted element
 * boxed, the action, the agent's verdict (and, from evaluation.json, what
 * truly happened), recovery details, model calls and timings.
 */
import path from 'node:path';
import type { ModelCallRecord, StepRecord } from '../../agent/trajectory/index.ts';
import type { TrueStepLabel } from '../../benchmarks/truth/index.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { formatInt, formatMs, formatUsd } from '../html/format.ts';
import type { ImageEmbedder } from '../images/ImageEmbedder.ts';
import { renderTruthBadge, renderTruthDetail, truthIsWrong } from './renderTruthLabel.ts';

const VERDICT_LABEL: Record<string, string> = { success: 'Success', no_change: 'No change', fail: 'Fail' };

export function verdictLabel(verdict: string): string {
  return VERDICT_LABEL[verdict] ?? verdict;
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
    : '<div class="noshot">no screenshot (the run was made with --no-screenshots)</div>';
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
    .map(([k, v]) => `${escapeHtml(k)}=<code>${escapeHtml(JSON.stringify(v))}</code>`)
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

export function isRecoveryStep(step: StepRecord): boolean {
  return step.kind === 'recovery' || step.recovery !== undefined;
}

export function renderStep(
  step: StepRecord,
  dir: string,
  images: ImageEmbedder,
  truth: TrueStepLabel | undefined,
  /** Names of states by key, from the steps that started on them: the state a step led to is named, not hashed. */
  stateNames: ReadonlyMap<string, string>,
): string {
  const isRecovery = isRecoveryStep(step);
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
    ? ` → ${stateText(step.after.stateKey, step.after.stateKey ? stateNames.get(step.after.stateKey) : undefined, step.after.package, step.after.activity)}`
    : '';
  const classes = [`step verdict-border-${escapeHtml(step.verdict)}`];
  if (isRecovery) classes.push('is-recovery');
  if (truthIsWrong(truth)) classes.push('truth-wrong');
  return `<section class="${classes.join(' ')}" id="step-${step.index}" data-testid="step" data-verdict="${escapeHtml(step.verdict)}">
${renderShot(step, dir, images)}
<div class="detail">
<div class="head"><span class="num">#${step.index}</span>
${isRecovery ? '<span class="badge rec" data-testid="recovery">recovery</span>' : ''}
<span class="badge verdict-${escapeHtml(step.verdict)}" data-testid="verdict">${escapeHtml(verdictLabel(step.verdict))}</span> ${predicted} ${renderTruthBadge(truth)}
<span class="muted">${escapeHtml(step.app ?? step.before.package)} · ${stateText(step.before.stateKey, step.before.stateName, step.before.package, step.before.activity)}${after}</span></div>
${step.subgoal ? `<div class="subgoal"><span class="muted">subgoal:</span> ${escapeHtml(step.subgoal)}</div>` : ''}
${renderAction(step)}
<div class="why verdict-text-${escapeHtml(step.verdict)}">${escapeHtml(step.verdictReason)}</div>
${recovery}
${renderTruthDetail(truth)}
${renderCalls(step.modelCalls ?? [])}
${renderTimings(step)}
</div>
</section>`;
}
