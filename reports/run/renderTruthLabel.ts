/**
 * One step's ground-truth label on a run page (from evaluation.json): a small
 * badge saying what the action truly did and whether the agent's verifier
 * judged it right, and on demand what changed on the phone (the runner's
 * short diff), the faults that came or went, and for the last move of a
 * rollback whether it reached the screen it aimed for.
 */
import type { Judged, TrueOutcome, TrueStepLabel } from '../../benchmarks/truth/index.ts';
import { escapeHtml } from '../html/escapeHtml.ts';

const OUTCOME: Record<TrueOutcome, string> = {
  effect: 'changed the phone',
  no_effect: 'no effect',
  mis_tap: 'mis-tap',
  wrong_target: 'wrong target',
  crashed: 'app crashed',
  error: 'device error',
  no_action: 'no device action',
};

/** How the agent's verdict compares with the truth: a word for the badge and a sentence for its tooltip. */
const JUDGED: Record<Judged, { word: string; why: string; tone: 'ok' | 'bad' | 'warn' | 'neutral' }> = {
  correct: { word: 'verdict right', why: "the agent's verdict matches what happened", tone: 'ok' },
  false_fail: { word: 'false fail', why: 'the action worked, the agent judged it failed', tone: 'bad' },
  false_success: {
    word: 'false success',
    why: 'the action did nothing or the wrong thing, the agent judged it a success',
    tone: 'bad',
  },
  missed_effect: { word: 'missed effect', why: 'the action changed the phone, the agent saw no change', tone: 'warn' },
  not_judged: { word: 'not judged', why: 'a framework move or no device action: nothing to judge', tone: 'neutral' },
};

export function truthIsWrong(label: TrueStepLabel | undefined): boolean {
  return label?.judged === 'false_fail' || label?.judged === 'false_success' || label?.judged === 'missed_effect';
}

export function renderTruthBadge(label: TrueStepLabel | undefined): string {
  if (!label) return '';
  const judged = JUDGED[label.judged] ?? JUDGED.not_judged;
  const outcome = OUTCOME[label.outcome] ?? label.outcome;
  const text = label.judged === 'not_judged' ? `truth: ${outcome}` : `truth: ${outcome} · ${judged.word}`;
  return `<span class="badge truth ${judged.tone}" data-testid="truth-badge" data-outcome="${escapeHtml(label.outcome)}" data-judged="${escapeHtml(label.judged)}" title="${escapeHtml(`ground truth from the device: ${judged.why}`)}">${escapeHtml(text)}</span>${label.wasted ? ' <span class="badge neutral" title="no lasting effect: nothing changed, or a later step undid it">wasted</span>' : ''}`;
}

function faultLine(f: TrueStepLabel['faults'][number]): string {
  const what = f.type + (f.kind ? ` (${f.kind})` : '');
  if (f.event === 'shown') {
    const aim = f.intended || f.actual ? `: aimed at ${f.intended ?? '?'}, hit ${f.actual ?? '?'}` : '';
    return `${what} appeared on ${f.screen}${aim}`;
  }
  return `${what} went away${f.how ? ` (${f.how})` : ''}`;
}

export function renderTruthDetail(label: TrueStepLabel | undefined): string {
  if (!label) return '';
  const lines: string[] = [];
  lines.push(
    `<div><span class="muted">true screen:</span> <code>${escapeHtml(label.before ?? '?')}</code> → <code>${escapeHtml(label.after ?? '?')}</code>${label.changed.apps.length ? ` <span class="muted">data changed in</span> ${escapeHtml(label.changed.apps.join(', '))}` : ''}</div>`,
  );
  if (label.diff.length)
    lines.push(`<ul class="diff">${label.diff.map((d) => `<li><code>${escapeHtml(d)}</code></li>`).join('')}</ul>`);
  else lines.push('<div class="muted">no change in any app’s data or the UI state</div>');
  if (label.faults.length)
    lines.push(
      `<div><span class="muted">faults:</span> ${label.faults.map((f) => escapeHtml(faultLine(f))).join('; ')}</div>`,
    );
  if (label.rollback) {
    const r = label.rollback;
    lines.push(
      `<div><span class="badge ${r.reached ? 'ok' : 'bad'}">rollback ${r.reached ? 'reached' : 'missed'}</span> attempt ${r.attempt}, aimed at <code>${escapeHtml(r.intended ?? 'unknown')}</code></div>`,
    );
  }
  const summary = label.diff.length ? `what changed on the phone (${label.diff.length})` : 'what changed on the phone';
  return `<details class="truth" data-testid="truth-diff"><summary>${summary}</summary>${lines.join('\n')}</details>`;
}
