/**
 * Field schemas shared by several actions. Declared once here so that every
 * action describes an element, a point or a post-condition the same way, in
 * the model's tool definition and in the runtime validator alike. A field
 * keeps one meaning wherever it appears: the `act` tool lists each field once.
 */
import { z } from 'zod';

/** Per-screen element id as drivers/screen assigns them ("e0", "e12", ...). */
export const elementId = z
  .string()
  .regex(/^e\d+$/, 'must be an element id from the screen listing, like "e12"')
  .describe('Element id from the listing, e.g. "e12"');

/** Screen pixel coordinate; 10000 is far beyond any phone and catches garbage. */
export const coordinate = z.number().int().min(0).max(10_000);

export const point = z.object({ x: coordinate, y: coordinate });

export const direction = z.enum(['up', 'down', 'left', 'right']);

/**
 * A condition on a screen, used both before an action (precondition) and
 * after it (expected). Labels are matched against element labels by the
 * verifier: `precondition.visible` names the element the action means (the
 * mis-grounding rule compares it with the element acted on), `expected`
 * says what should show (`visible`) or be gone (`absent`) afterwards.
 * `screen` names a known FSM state or describes the screen in a few words.
 */
export const screenCondition = z
  .object({
    screen: z.string().min(1).optional().describe('Screen name or short description'),
    visible: z.array(z.string().min(1)).optional().describe('Labels that show, whole, as the app writes them'),
    absent: z.array(z.string().min(1)).optional().describe('Labels that do not show'),
  })
  .describe('Labels on the screen');

export type ScreenCondition = z.infer<typeof screenCondition>;

/** Fields every action carries: why it is taken and what it should achieve. */
export const commonFields = {
  reason: z.string().optional().describe('Why this action, in a few words'),
  precondition: screenCondition.optional().describe('Before acting: visible = the label of the element you mean'),
  expected: screenCondition.optional().describe('After acting: labels that should show (visible) or be gone (absent)'),
  /**
   * The action ends the subgoal in hand, or the whole task, once it worked:
   * no separate subgoal_done or finish call (docs/agent.md, "Completing actions").
   */
  completes: z
    .enum(['subgoal', 'task'])
    .optional()
    .describe('This action completes the current subgoal or the whole task; say in expected what will show it'),
};

/** Names of the common fields, which the `act` tool defines once for every action. */
export const COMMON_FIELDS = Object.keys(commonFields) as Array<keyof typeof commonFields>;
