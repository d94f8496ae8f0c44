/**
 * Renders one run (a trajectory folder) as the body of an HTML page: how it
 * ended (the evaluator's verdict beside the agent's claim when a benchmark
 * judged it), the model calls by role, a strip of verdict chips to jump
 * around, then every step as a card (renderStep.ts), with its ground-truth
 * label when the folder has evaluation.json.
 */
import path from 'node:path';
import type { StepRecord, Trajectory } from '../../agent/trajectory/index.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import type { ImageEmbedder } from '../images/ImageEmbedder.ts';
import type { BenchVerdict } from './findBenchVerdict.ts';
import type { StepTruth } from './readEvaluation.ts';
import { renderRoleTable } from './renderRoleTable.ts';
import { renderRunSummary, runOutcome } from './renderRunSummary.ts';
import { isRecoveryStep, renderStep, verdictLabel } from './renderStep.ts';
import { truthIsWrong } from './renderTruthLabel.ts';
import { renderTokenCard } from './renderTokenCard.ts';

export interface RunContext {
  /** The benchmark evaluator's verdict, when the run was part of a bench. */
  verdict?: BenchVerdict;
  /** Ground-truth step labels (evaluation.json), when the runner wrote them. */
  truth?: StepTruth;
}

function renderFinal(dir: string, images: ImageEmbedder): string {
  const image = images.addFile(path.join(dir, 'final', 'screen.png'));
  if (!image) return '';
  return `<section class="step final" id="final" data-testid="final"><div class="shot">${images.imgTag(image, { alt: 'final screen', className: 'screen' })}</div><div class="detail"><div class="head"><b>Final screen</b></div><p class="muted">What the device showed after the last action.</p></div></section>`;
}

function renderChips(steps: StepRecord[], truth: RunContext['truth']): string {
  const labels = truth?.kind === 'labels' ? truth.byStep : undefined;
  return steps
    .map((s) => {
      const wrong = truthIsWrong(labels?.get(s.index));
      const cls = `chip verdict-${escapeHtml(s.verdict)}${isRecoveryStep(s) ? ' chip-rec' : ''}${wrong ? ' chip-wrong' : ''}`;
      const title = `#${s.index} ${s.action.name}: ${verdictLabel(s.verdict)}${wrong ? ' (the ground truth disagrees)' : ''}`;
      return `<a href="#step-${s.index}" class="${cls}" title="${escapeHtml(title)}">${s.index}</a>`;
    })
    .join('');
}

function truthNote(truth: RunContext['truth']): string {
  if (!truth) return '';
  if (truth.kind === 'unreadable')
    return `<p class="card warn-note" data-testid="truth-note">Ground-truth labels not shown: ${escapeHtml(truth.problem)}</p>`;
  return `<p class="muted" data-testid="truth-note">Each step carries its ground-truth label (evaluation.json, from the device's own state; the agent never saw it): what the action truly did and whether the agent's verdict was right. Open "what changed on the phone" for the diff.</p>`;
}

export interface RunReportBody {
  title: string;
  /** Success, Failed or Unfinished: the evaluator's word when there is one. */
  outcome: string;
  header: string;
  main: string;
}

export function renderRunReport(
  trajectory: Trajectory,
  images: ImageEmbedder,
  context: RunContext = {},
): RunReportBody {
  const { summary, steps, dir } = trajectory;
  const title = summary?.task ?? `Run in ${path.basename(dir)}`;
  const labels = context.truth?.kind === 'labels' ? context.truth.byStep : undefined;
  const outcome = runOutcome(summary, context.verdict);
  const stateNames = new Map<string, string>();
  for (const s of steps)
    if (s.before.stateKey && s.before.stateName) stateNames.set(s.before.stateKey, s.before.stateName);
  const header = `<header class="page outcome-${outcome.toLowerCase()}"><div class="muted">MAPLE run report</div><h1 data-testid="task">${escapeHtml(title)}</h1>${renderRunSummary(summary, steps, context.verdict)}</header>`;
  const main = `<main>
<div class="card"><h2 style="margin-top:0">Model calls by role</h2>${renderRoleTable(steps)}</div>
${truthNote(context.truth)}
${renderTokenCard(summary, steps)}
<div class="toolbar"><div class="chips" data-testid="chips">${renderChips(steps, context.truth)}</div>
<label><input type="checkbox" id="only-problems"> only failures, no-change, recoveries and misjudged steps</label></div>
<div class="timeline" data-testid="timeline">
${steps.map((s) => renderStep(s, dir, images, labels?.get(s.index), stateNames)).join('\n')}
${renderFinal(dir, images)}
</div>
</main>`;
  return { title, outcome, header, main };
}
