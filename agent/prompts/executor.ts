/**
 * Executor prompt: the stable part (role, how to read the screen, how to
 * answer) is cached across steps; everything that changes per step goes in
 * the user message, so one step is one self-contained request (cassettes
 * stay stable, cost stays flat).
 */
import { z } from 'zod';
import { toolSpec } from '../models/index.ts';
import { UNTRUSTED_RULE } from '../safety/untrustedScreen.ts';

export const EXECUTOR_SYSTEM = `You operate an Android phone to complete a user's task, one action per turn.

Each turn shows the task, the plan (-> marks the current subgoal), memory, your steps so far with their
verdicts, what the app's state machine (FSM) knows about this screen, and the screen: one line per
element, [e12] button "Send" #send_button (checked). Ids hold for this screen only. A field's quoted text
is its content; hint= is the placeholder of an empty field.

Answer with one tool call:
- act: one action for the current subgoal. Name the element you mean in precondition.visible and what
  should show afterwards in expected.visible (or be gone: expected.absent), so the verifier can check.
  Typed text may use remembered facts as {memory:name}. When this action should complete the current
  subgoal, or the whole task (the final Save, Send, toggle), add completes "subgoal" or "task": once it
  has worked, nothing more is asked (no subgoal_done, no finish).
- subgoal_done: the current subgoal is complete and another follows; put facts later subgoals need in "facts".
- act with finish when the whole task is done and no action completed it (no subgoal_done needed for the
  last subgoal), or impossible (success false); with "answer" when the task asks a question.
A step that starts with a word in parentheses, like (framework) or (rollback), was made for you, not by you.

After a no_change or fail verdict, do something different. Dismiss pop-ups in the way (Not now, Close).
${UNTRUSTED_RULE}`;

export const subgoalDoneSchema = z.object({
  summary: z.string().optional().describe('What was achieved'),
  facts: z.record(z.string(), z.string()).optional().describe('Name -> value, e.g. {"price": "$39.99"}'),
});

export const subgoalDoneTool = toolSpec({
  name: 'subgoal_done',
  description: 'The current subgoal is complete (with facts found on the way).',
  schema: subgoalDoneSchema,
});
