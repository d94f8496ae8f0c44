/**
 * Field schemas shared by several actions. Declared once here so that every
 * action describes an element, a point or a post-condition the same way, in
 * the model's tool definitions and in the runtime validator alike.
 */
import { z } from 'zod';

/** Per-screen element id as drivers/screen assigns them ("e0", "e12", ...). */
export const elementId = z
  .string()
  .regex(/^e\d+$/, 'must be an element id from the screen listing, like "e12"')
  .describe('Id of an element in the current screen listing, e.g. "e12"');

/** Screen pixel coordinate; 10000 is far beyond any phone and catches garbage. */
export const coordinate = z.number().int().min(0).max(10_000);

export const point = z
  .object({ x: coordinate.describe('Pixels from the left edge'), y: coordinate.describe('Pixels from the top edge') })
  .describe('A point on the screen in pixels');

export const direction = z.enum(['up', 'down', 'left', 'right']);

/**
 * A condition on a screen, used both before an action (precondition) and
 * after it (expected). Labels are matched against element labels by the
 * verifier; `screen` names a known FSM state or a short screen description.
 */
export const screenCondition = z
  .object({
    screen: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The screen that should be showing: a known state name/key or a short description such as "Catan product page"',
      ),
    visible: z.array(z.string().min(1)).optional().describe('Labels or texts that must be on screen'),
    absent: z.array(z.string().min(1)).optional().describe('Labels or texts that must not be on screen'),
  })
  .describe('What the screen should show');

export type ScreenCondition = z.infer<typeof screenCondition>;

/** Fields every action carries: why it is taken and what it should achieve. */
export const commonFields = {
  reason: z.string().optional().describe('One short sentence: why this action, now'),
  precondition: screenCondition
    .optional()
    .describe('What must be on screen before acting (usually the target element)'),
  expected: screenCondition
    .optional()
    .describe('Post-condition: which screen should follow and what should appear or disappear after the action'),
};
