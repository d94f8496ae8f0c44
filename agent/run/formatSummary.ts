/** The final summary a CLI prints after a run. */
import type { RunSummary } from '../trajectory/types.ts';

export function formatSummary(summary: RunSummary, dir: string): string {
  const lines = [
    `${summary.status === 'success' ? 'done' : 'failed'}: ${summary.reason}${summary.reasonDetail ? ` (${summary.reasonDetail})` : ''}`,
    ...(summary.answer ? [`answer: ${summary.answer}`] : []),
    `model: ${summary.model}${summary.fsm ? '' : ' [FSM off]'}`,
    `steps: ${summary.steps}   model calls: ${summary.modelCalls}   tokens: ${summary.tokens.input} in / ${summary.tokens.output} out   cost: $${summary.costUsd.toFixed(4)}`,
    `recoveries: ${summary.recoveries.recovered} of ${summary.recoveries.detected} failures recovered   time: ${(summary.durationMs / 1000).toFixed(1)} s   exit code: ${summary.exitCode}`,
    `trajectory: ${dir}`,
  ];
  return lines.join('\n');
}

/** A folder name for a run: `runs/2026-01-31T10-22-05-turn-on-dark-theme`. */
export function defaultRunDir(task: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, '');
  const slug = task
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `runs/${stamp}-${slug || 'task'}`;
}
