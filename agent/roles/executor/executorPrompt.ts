/**
 * The executor's per-step message, as text parts tagged with what they carry
 * (the token account splits input by these tags): the task and its progress,
 * the steps so far, what the FSM knows here, and the screen last. The screen
 * part ends with the compact listing after a "Current screen:" line, and
 * nothing follows it: a reader may take everything after that line as the
 * listing (the noisy oracle and the test models do).
 */
import { renderCompact } from '../../../drivers/screen/index.ts';
import { textPart } from '../../models/index.ts';
import type { TextPart } from '../../models/index.ts';
import type { ExecutorInput } from '../types.ts';
import { UNTRUSTED_SCREEN_NOTE } from '../../safety/untrustedScreen.ts';
import { fsmHints } from './fsmHints.ts';
import { historyText } from './historyText.ts';
import { scrollPosition } from './scrollPosition.ts';

function planText(input: ExecutorInput): string {
  const { plan, subgoalIndex } = input;
  const mark = (i: number): string => (i === subgoalIndex ? '->' : i < subgoalIndex ? 'ok' : '  ');
  const lines = plan.subgoals.map(
    (s, i) =>
      `${mark(i)} ${i + 1}. [${s.app ?? '-'}] ${s.goal}${s.expectedEndScreen ? ` (done when: ${s.expectedEndScreen})` : ''}`,
  );
  return `Plan:\n${lines.join('\n')}`;
}

function taskText(input: ExecutorInput): string {
  const lines: string[] = [`Task: ${input.task}`, planText(input)];
  if (input.subgoalIndex >= input.plan.subgoals.length)
    lines.push('All subgoals are done: check the screen and finish.');
  lines.push(`Memory: ${input.memory.size === 0 ? '(none yet)' : `\n${input.memory.describe()}`}`);
  if (input.tips.length > 0) lines.push(`Tips:\n${input.tips.map((t) => `- ${t}`).join('\n')}`);
  if (input.budget)
    lines.push(
      `Steps: ${input.budget.used} of ${input.budget.max} used, ${Math.max(0, input.budget.max - input.budget.used)} left (your own actions count; the framework's clearing of pop-ups and its rollbacks do not).`,
    );
  if (input.feedback) lines.push(`Feedback: ${input.feedback}`);
  return lines.join('\n\n');
}

function screenText(input: ExecutorInput): string {
  const screen = input.current.screen;
  // A scroll down that just moved nothing found the end: better evidence than the rows' heights.
  const last = input.history[input.history.length - 1];
  const atEnd = last !== undefined && /^scroll\b.*down/.test(last.action) && last.verdict === 'no_change';
  const scrolling = scrollPosition(screen)?.replace(/may continue below|more below/g, (m) =>
    atEnd ? 'end reached (the last scroll down moved nothing)' : m,
  );
  // The untrusted-data label goes first: the listing runs to the end of the part (the fence).
  return `${UNTRUSTED_SCREEN_NOTE}\n${scrolling ? `${scrolling}\n\n` : ''}Current screen:\n${renderCompact(screen)}`;
}

/** The message's parts, in order; parts with nothing to say are left out. */
export function executorUserParts(input: ExecutorInput): TextPart[] {
  const parts: TextPart[] = [textPart(taskText(input), 'task')];
  const history = historyText(input.history);
  if (history) parts.push(textPart(history, 'history'));
  if (input.fsm) parts.push(textPart(fsmHints(input.fsm.tracker, input.fsm.observed, input.current.screen), 'fsm'));
  parts.push(textPart(screenText(input), 'screen'));
  return parts;
}

/** The whole message as one text (what a reader of the request sees, the parts joined by blank lines). */
export function executorUserText(input: ExecutorInput): string {
  return executorUserParts(input)
    .map((p) => p.text)
    .join('\n\n');
}
