/**
 * The model-backed executor: one request per step with the task, the plan,
 * memory, recent steps, FSM hints and the compact screen (plus the
 * screenshot when screenshots are on); the answer is one action tool call,
 * subgoal_done, or finish, validated by structuredCall.
 */
import { renderCompact } from '../../../drivers/screen/index.ts';
import { actionSpec } from '../../actions/index.ts';
import type { Action } from '../../actions/index.ts';
import type { ModelCallLog } from '../../calls/ModelCallLog.ts';
import { imagePart, textPart } from '../../models/index.ts';
import type { ContentPart, StructuredSpec } from '../../models/index.ts';
import { EXECUTOR_SYSTEM, subgoalDoneTool } from '../../prompts/index.ts';
import type { Executor, ExecutorDecision, ExecutorInput } from '../types.ts';
import { fsmHints } from './fsmHints.ts';

type Answer =
  { kind: 'action'; action: Action } | { kind: 'subgoal_done'; facts: Record<string, string>; summary?: string };

function executorSpec(): StructuredSpec<Answer> {
  const actions = actionSpec();
  return {
    tools: [...actions.tools, ...subgoalDoneTool.tools],
    parse(call) {
      if (call.name === 'subgoal_done') {
        const r = subgoalDoneTool.parse(call);
        return r.ok
          ? {
              ok: true,
              value: {
                kind: 'subgoal_done',
                facts: r.value.facts ?? {},
                ...(r.value.summary ? { summary: r.value.summary } : {}),
              },
            }
          : r;
      }
      const r = actions.parse(call);
      return r.ok ? { ok: true, value: { kind: 'action', action: r.value } } : r;
    },
  };
}

export function executorUserText(input: ExecutorInput): string {
  const { plan, subgoalIndex } = input;
  const lines: string[] = [`Task: ${input.task}`];
  lines.push(
    `Plan:\n${plan.subgoals.map((s, i) => `${i === subgoalIndex ? '->' : i < subgoalIndex ? 'ok' : '  '} ${i + 1}. [${s.app ?? '-'}] ${s.goal}${s.expectedEndScreen ? ` (done when: ${s.expectedEndScreen})` : ''}`).join('\n')}`,
  );
  if (subgoalIndex >= plan.subgoals.length) lines.push('All subgoals are done: check the screen and call finish.');
  lines.push(`Memory:\n${input.memory.describe()}`);
  if (input.tips.length > 0) lines.push(`Tips:\n${input.tips.map((t) => `- ${t}`).join('\n')}`);
  if (input.history.length > 0)
    lines.push(
      `Recent steps:\n${input.history.map((h) => `#${h.step} ${h.action} -> ${h.verdict}: ${h.note}`).join('\n')}`,
    );
  if (input.budget)
    lines.push(
      `Steps: ${input.budget.used} of ${input.budget.max} used, ${Math.max(0, input.budget.max - input.budget.used)} left (clearing pop-ups and rollbacks do not count).`,
    );
  if (input.feedback) lines.push(`Feedback: ${input.feedback}`);
  if (input.fsm) lines.push(fsmHints(input.fsm.tracker, input.fsm.observed, input.current.screen));
  lines.push(`Current screen:\n${renderCompact(input.current.screen)}`);
  return lines.join('\n\n');
}

export class ModelExecutor implements Executor {
  private readonly spec = executorSpec();

  constructor(private readonly calls: ModelCallLog) {}

  async decide(input: ExecutorInput): Promise<ExecutorDecision> {
    const content: ContentPart[] = [textPart(executorUserText(input))];
    const shot = input.current.observation.screenshot;
    if (shot) content.push(imagePart(shot));
    const r = await this.calls.structured(
      'executor',
      {
        system: { stable: EXECUTOR_SYSTEM },
        messages: [{ role: 'user', content }],
        maxTokens: 1024,
        metadata: { role: 'executor', step: input.step },
      },
      this.spec,
    );
    const value = r.value;
    if (value.kind === 'subgoal_done') {
      return {
        kind: 'subgoal_done',
        subgoalIndex: Math.min(input.subgoalIndex, input.plan.subgoals.length),
        facts: value.facts,
        ...(value.summary ? { summary: value.summary } : {}),
        source: 'model',
      };
    }
    const action = value.action;
    if (action.type === 'finish') {
      return {
        kind: 'finish',
        success: action.success,
        ...(action.answer ? { answer: action.answer } : {}),
        reason: action.reason ?? 'the model finished',
        source: 'model',
      };
    }
    return { kind: 'act', action, subgoalIndex: input.subgoalIndex, source: 'model' };
  }
}
