/** Verifier prompt: asked only when the deterministic checks could not decide. */
import { z } from 'zod';
import { toolSpec } from '../models/index.ts';
import { UNTRUSTED_RULE } from '../safety/untrustedScreen.ts';

export const VERIFIER_SYSTEM = `You verify one action of an agent operating an Android phone. You get the action, what it was
expected to achieve, and the screen before and after (compact listings; sometimes a screenshot after). Decide:
- success: the action did what it was meant to do, or its next step came up (a confirmation dialog asking to
  confirm this very action: one more tap finishes it);
- no_change: it had no visible effect;
- fail: something else happened (wrong screen, an error, a pop-up in the way that the action did not ask for).
${UNTRUSTED_RULE}
Answer with the "verdict" tool.`;

/** The end check: a different question from one action's verdict, so its own instructions. */
export const TASK_CHECK_SYSTEM = `You check whether an agent operating an Android phone has finished a user's task. You get the task,
the plan, the facts it found, the steps it took with their outcomes, its answer if the task asks a question, and the
phone's final screen (a compact listing). Decide:
- success: the steps and the final screen show the whole task done (and the answer, if one is asked for, is right);
- fail: a part is missing or wrong, or the screen contradicts it (say which part).
Judge from what the steps and the screen show, not from the agent's claims. Answer with the "verdict" tool.`;

export const verdictSchema = z.object({
  verdict: z.enum(['success', 'no_change', 'fail']),
  reason: z.string().min(1).describe('One sentence'),
});

export const verdictTool = toolSpec({
  name: 'verdict',
  description: 'Your judgement of the action.',
  schema: verdictSchema,
});

export const taskVerdictSchema = z.object({
  verdict: z.enum(['success', 'fail']),
  reason: z.string().min(1).describe('One sentence; for fail, the part that is missing or wrong'),
});

/** The end check's answer: the whole task, done or not (no "no_change": that is a word for one action). */
export const taskVerdictTool = toolSpec({
  name: 'verdict',
  description: 'Your judgement of the whole task.',
  schema: taskVerdictSchema,
});
