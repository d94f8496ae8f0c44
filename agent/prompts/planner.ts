/** Planner and judge prompts: task -> subgoals (app, goal, expected end screen). */
import { z } from 'zod';
import { toolSpec } from '../models/index.ts';
import { UNTRUSTED_RULE } from '../safety/untrustedScreen.ts';

export const PLANNER_SYSTEM = `You plan tasks on an Android phone for an agent that acts one step at a time.

Split the task into a short sequence of subgoals. Each subgoal happens in one app (give the app's launcher
name as listed), says what to achieve there, and what the screen shows when it is done. Facts that a later
subgoal needs (a price found in Shopping, sent in Messages) must be found by an earlier subgoal: say so in
its goal ("find the price of X and remember it"). Keep to what the task asks; no extra steps.

When a learned task listed in the request does what this task asks, with the same words except its slot
values, reuse it: give "use_skill" with its id and the values of its slots ("subgoals" may then stay empty: its
own are replayed). A value that is not a slot must be the same as in the learned task. It replays known,
verified steps without asking you again.

If the task is not a request you can carry out on this phone (gibberish, or it does not say what, which one
or to whom), give no subgoals and say why in "cannot_do" instead of guessing.

${UNTRUSTED_RULE}

Answer with the "plan" tool.`;

export const planSchema = z.object({
  subgoals: z
    .array(
      z.object({
        app: z.string().optional().describe('Launcher name of the app this subgoal happens in'),
        goal: z.string().min(1).describe('What to achieve, in one sentence'),
        expected_end_screen: z.string().optional().describe('What the screen shows when the subgoal is done'),
      }),
    )
    .max(12),
  rationale: z.string().optional(),
  cannot_do: z.string().optional().describe('Why the task cannot be carried out as asked, instead of subgoals'),
  use_skill: z
    .object({
      id: z.string().describe('Id of a learned task listed in the request'),
      values: z.record(z.string(), z.string()).describe('Its slots filled from this task, e.g. {"s1": "Azul"}'),
    })
    .optional(),
});

export const planTool = toolSpec({ name: 'plan', description: 'The plan: subgoals in order.', schema: planSchema });

export const JUDGE_SYSTEM = `You compare candidate plans for a task on an Android phone and pick the one most likely to
complete it with the fewest steps, without extra actions the task did not ask for. Answer with "choose_plan".`;

export const judgeSchema = z.object({
  index: z.number().int().min(0).describe('0-based index of the best candidate'),
  reason: z.string().optional(),
});

export const judgeTool = toolSpec({
  name: 'choose_plan',
  description: 'Pick the best candidate plan.',
  schema: judgeSchema,
});
