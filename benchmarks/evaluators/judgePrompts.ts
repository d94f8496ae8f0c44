/**
 * Prompt text for the model judge. The judge sees the task, what the agent
 * did, and the text of the final screens (from the hierarchy), and answers
 * one question with success true/false and a reason.
 */
import type { ScreenText } from './types.ts';

export interface RunDescription {
  instruction: string;
  /** Human-readable actions in order ("tap 'Search'", "type 'sunglasses'"). */
  actions?: readonly string[];
  screens: readonly ScreenText[];
  answer?: string | null;
  /** How many final screens to show (default 3). */
  finalScreens?: number;
}

function describeRun(run: RunDescription): string {
  const last = [...run.screens].sort((a, b) => a.index - b.index).slice(-(run.finalScreens ?? 3));
  const parts = [`Task: ${run.instruction}`];
  if (run.actions?.length)
    parts.push(`Actions taken (${run.actions.length}):\n${run.actions.map((a, i) => `${i + 1}. ${a}`).join('\n')}`);
  if (run.answer) parts.push(`Agent's final answer: ${run.answer}`);
  parts.push(
    last.length
      ? `Text of the final ${last.length} screen(s), oldest first:\n${last.map((s) => `--- screen ${s.index} ---\n${s.text || '(no text)'}`).join('\n')}`
      : 'No screens were recorded.',
  );
  return parts.join('\n\n');
}

export function spaBenchJudgePrompt(
  run: RunDescription,
  keyComponents: readonly string[] | null,
  subtasks?: readonly string[],
): string {
  const extra = [
    keyComponents?.length
      ? `Key components expected on the final screen: ${keyComponents.map((k) => JSON.stringify(k)).join(', ')}.`
      : '',
    subtasks?.length
      ? `The task decomposes into these subtasks, all of which must be done:\n${subtasks.map((s, i) => `${i + 1}. ${s}`).join('\n')}`
      : '',
  ].filter(Boolean);
  return [
    'You judge whether a mobile phone agent completed a task. Decide from the evidence only.',
    describeRun(run),
    ...extra,
    'Did the agent complete the whole task? Answer success true only if every part of the task is done and the final state shows it.',
  ].join('\n\n');
}

export function rubricJudgePrompt(run: RunDescription, rubric: string, index: number, total: number): string {
  return [
    'You judge one rubric item of a mobile phone agent run. Decide from the evidence only.',
    describeRun(run),
    `Rubric item ${index + 1} of ${total}: ${rubric}`,
    'Is this rubric item satisfied by the run? Answer success true or false with a short reason.',
  ].join('\n\n');
}
