/**
 * The steps so far, as the executor reads them: the last FULL_HISTORY steps in
 * full (action, verdict, why), the older ones summarised on one line (action
 * and verdict, no reasons), and only the last OLDER_SHOWN of those. A
 * 30-step run costs a few hundred characters instead of thirty lines, and
 * the model still sees the whole path it took.
 */
import type { HistoryLine } from '../types.ts';

export const FULL_HISTORY = 4;
export const OLDER_SHOWN = 20;

const SHORT_VERDICT: Record<HistoryLine['verdict'], string> = {
  success: 'ok',
  no_change: 'no change',
  fail: 'failed',
};

/** A subgoal marked done is no step on the phone: it carries no step number (the next action has it). */
const isSubgoalDone = (h: HistoryLine): boolean => h.action.startsWith('subgoal_done');

function lineOf(h: HistoryLine): string {
  if (isSubgoalDone(h)) return `(subgoal ${h.action.slice('subgoal_done '.length)} done: ${h.note})`;
  return `#${h.step} ${h.action} -> ${h.verdict}: ${h.note}`;
}

export function historyText(history: readonly HistoryLine[]): string | undefined {
  if (history.length === 0) return undefined;
  const recent = history.slice(-FULL_HISTORY);
  const older = history.slice(0, -FULL_HISTORY);
  const lines: string[] = [];
  if (older.length > 0) {
    const shown = older.slice(-OLDER_SHOWN);
    const skipped = older.length - shown.length;
    lines.push(
      `Earlier: ${skipped > 0 ? `(${skipped} steps before) ` : ''}${shown.map((h) => (isSubgoalDone(h) ? `(${h.action.replace('_', ' ')})` : `#${h.step} ${h.action} (${SHORT_VERDICT[h.verdict]})`)).join('; ')}`,
    );
  }
  for (const h of recent) lines.push(lineOf(h));
  return `Steps so far:\n${lines.join('\n')}`;
}
