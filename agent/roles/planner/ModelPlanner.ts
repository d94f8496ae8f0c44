/**
 * The model-backed planner: one `plan` call, or N candidates (sampled with
 * some temperature) and a judge call that picks one.
 */
import { renderCompact } from '../../../drivers/screen/index.ts';
import { UNTRUSTED_SCREEN_NOTE } from '../../safety/untrustedScreen.ts';
import type { ModelCallLog } from '../../calls/ModelCallLog.ts';
import { JUDGE_SYSTEM, PLANNER_SYSTEM, judgeTool, planTool } from '../../prompts/index.ts';
import type { Plan, PlanInput, Planner } from '../types.ts';
import { TaskNotUnderstoodError } from './TaskNotUnderstoodError.ts';

export interface ModelPlannerOptions {
  /** Candidate plans to sample; 1 = no judge. */
  candidates?: number;
}

function userText(input: PlanInput): string {
  const lines = [
    `Task: ${input.task}`,
    // Labels come from launchers seen in this run or earlier ones: a phone that starts inside an app may have more.
    `Apps seen on the launcher so far: ${input.apps.length > 0 ? input.apps.join(', ') : '(none yet)'} (the phone may have others)`,
  ];
  if (input.tips.length > 0) lines.push(`Tips from earlier runs:\n${input.tips.map((t) => `- ${t}`).join('\n')}`);
  if (input.known && input.known.apps.length > 0)
    lines.push(
      `The phone's memory has maps of: ${input.known.apps.map((a) => `${a.app} (${a.screens} screens)`).join(', ')}.`,
    );
  if (input.known && input.known.skills.length > 0)
    lines.push(
      `Learned tasks (verified steps, replayed without asking you):\n${input.known.skills
        .map(
          (s) =>
            `- id ${s.id}: "${s.template}" in ${s.apps.join(' then ')}; slots ${s.slots.map((x) => `${x.name} (was "${x.example}")`).join(', ') || 'none (only this exact request)'}; subgoals: ${s.goals.map((g, i) => `${i + 1}. ${g}`).join(' ')}`,
        )
        .join('\n')}`,
    );
  if (input.replanReason && input.previous) {
    lines.push(`The previous plan failed: ${input.replanReason}`);
    lines.push(
      `Previous plan:\n${input.previous.subgoals.map((s, i) => `${i + 1}. [${s.app ?? '-'}] ${s.goal}`).join('\n')}`,
    );
    lines.push('Plan again from the current screen.');
  }
  lines.push(
    `${UNTRUSTED_SCREEN_NOTE}\nCurrent screen:\n${renderCompact(input.current.screen, { budgetChars: 2500 })}`,
  );
  return lines.join('\n\n');
}

export class ModelPlanner implements Planner {
  constructor(
    private readonly calls: ModelCallLog,
    private readonly options: ModelPlannerOptions = {},
  ) {}

  async plan(input: PlanInput): Promise<Plan> {
    const n = Math.max(1, this.options.candidates ?? 1);
    const request = {
      system: { stable: PLANNER_SYSTEM },
      messages: [{ role: 'user' as const, content: userText(input) }],
      maxTokens: 1500,
      metadata: { role: 'planner', step: input.step },
    };
    const candidates: Plan[] = [];
    for (let i = 0; i < n; i++) {
      const r = await this.calls.structured(
        'planner',
        { ...request, ...(n > 1 ? { temperature: 0.7 } : {}) },
        planTool,
      );
      if (r.value.subgoals.length === 0 && !r.value.use_skill)
        throw new TaskNotUnderstoodError(r.value.cannot_do ?? 'the planner found nothing to do');
      candidates.push({
        subgoals: r.value.subgoals.map((s) => ({
          ...(s.app ? { app: s.app } : {}),
          goal: s.goal,
          ...(s.expected_end_screen ? { expectedEndScreen: s.expected_end_screen } : {}),
        })),
        ...(r.value.rationale ? { rationale: r.value.rationale } : {}),
        ...(r.value.use_skill ? { skill: { id: r.value.use_skill.id, values: r.value.use_skill.values } } : {}),
        source: 'model',
      });
    }
    if (candidates.length === 1) return candidates[0]!;
    const listing = candidates
      .map(
        (p, i) => `Candidate ${i}:\n${p.subgoals.map((s, j) => `  ${j + 1}. [${s.app ?? '-'}] ${s.goal}`).join('\n')}`,
      )
      .join('\n\n');
    const judged = await this.calls.structured(
      'judge',
      {
        system: { stable: JUDGE_SYSTEM },
        messages: [{ role: 'user', content: `Task: ${input.task}\n\n${listing}` }],
        maxTokens: 300,
        metadata: { role: 'judge', step: input.step },
      },
      judgeTool,
    );
    const chosen = candidates[Math.min(judged.value.index, candidates.length - 1)]!;
    return { ...chosen, source: 'model+judge', ...(judged.value.reason ? { rationale: judged.value.reason } : {}) };
  }
}
