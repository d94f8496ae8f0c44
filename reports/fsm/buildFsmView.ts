/** Writes the FSM explorer page for one or more app graphs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppGraph } from '../../fsm/index.ts';
import { ReportInputError } from '../errors.ts';
import type { ReportResult } from '../run/buildRunReport.ts';
import { renderFsmView } from './renderFsmView.ts';
import { toFsmViewModel } from './toFsmViewModel.ts';

export interface FsmViewOptions {
  title?: string;
  /** Show this app first (the page still holds every graph given). */
  app?: string;
}

export function fsmViewHtml(graphs: AppGraph[], options: FsmViewOptions = {}): string {
  if (graphs.length === 0) {
    throw new ReportInputError(
      'no app graphs to show: the knowledge store has no FSM yet (run a task or "maple explore --app <name>" first), or --app matched none',
    );
  }
  return renderFsmView(toFsmViewModel(graphs), options);
}

export function buildFsmView(graphs: AppGraph[], out: string, options: FsmViewOptions = {}): ReportResult {
  const html = fsmViewHtml(graphs, options);
  const target = path.resolve(out);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, html);
  return { out: target, bytes: Buffer.byteLength(html), images: 0 };
}
