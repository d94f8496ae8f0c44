/** Verifier prompt: asked only when the deterministic checks could not decide. */
import { z } from 'zod';
import { toolSpec } from '../models/index.ts';

export const VERIFIER_SYSTEM = `You verify one action of an agent operating an Android phone. You get the action, what it was
expected to achieve, and the screen before and after (compact listings; sometimes a screenshot after). Decide:
- success: the action did what it was meant to do;
- no_change: it had no visible effect;
- fail: something else happened (wrong screen, an error, a pop-up in the way).
Answer with the "verdict" tool.`;

export const verdictSchema = z.object({
  verdict: z.enum(['success', 'no_change', 'fail']),
  reason: z.string().min(1).describe('One sentence'),
});

export const verdictTool = toolSpec({
  name: 'verdict',
  description: 'Your judgement of the action.',
  schema: verdictSchema,
});
