/**
 * The action space, declared once. Each entry is both a model tool (name,
 * description, JSON Schema generated from the zod schema) and the runtime
 * validator for what a model or the offline policy proposes.
 *
 * Tool names are the action names; a parsed action carries its name in `type`.
 */
import { z } from 'zod';
import { commonFields, coordinate, direction, elementId, point } from './fields.ts';

/** Target of a pointer action: an element id, or raw x,y when no element fits. */
const targetFields = {
  element: elementId.optional(),
  x: coordinate.optional().describe('Only when no element fits: pixels from the left edge'),
  y: coordinate.optional().describe('Only when no element fits: pixels from the top edge'),
};

function requireTarget(v: { element?: string; x?: number; y?: number }, ctx: z.RefinementCtx): void {
  if (v.element !== undefined) return;
  if (v.x !== undefined && v.y !== undefined) return;
  ctx.addIssue({ code: 'custom', message: 'give "element" (an id like "e12"), or both "x" and "y"' });
}

const tap = z.object({ ...targetFields, ...commonFields }).superRefine(requireTarget);

const longPress = z
  .object({
    ...targetFields,
    durationMs: z.number().int().min(300).max(10_000).optional().describe('Hold time, default about 1000 ms'),
    ...commonFields,
  })
  .superRefine(requireTarget);

const type = z.object({
  text: z.string().describe('Text to type'),
  element: elementId.optional().describe('Field to type into; the focused field when omitted'),
  submit: z.boolean().optional().describe('Press Enter / the keyboard action key after typing'),
  ...commonFields,
});

const clear = z.object({ element: elementId.describe('Text field to empty'), ...commonFields });

const swipe = z
  .object({
    direction: direction.optional().describe('Finger movement across the middle of the screen'),
    from: point.optional(),
    to: point.optional(),
    durationMs: z.number().int().min(50).max(5_000).optional(),
    ...commonFields,
  })
  .superRefine((v, ctx) => {
    if (v.direction !== undefined) return;
    if (v.from !== undefined && v.to !== undefined) return;
    ctx.addIssue({ code: 'custom', message: 'give "direction", or both "from" and "to" points' });
  });

const scroll = z.object({
  direction: direction.describe('Where you want to see more: "down" reveals content below'),
  element: elementId.optional().describe('Scrollable container; the main scrollable area when omitted'),
  ...commonFields,
});

const noArgs = z.object({ ...commonFields });

const openApp = z
  .object({
    app: z.string().min(1).optional().describe('App name as shown on the launcher, e.g. "Shopping"'),
    package: z
      .string()
      .regex(/^[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+$/, 'must be an Android package name like "com.example.app"')
      .optional()
      .describe('Android package name when known'),
    fresh: z.boolean().optional().describe('Close the app first and start it fresh on its main screen'),
    ...commonFields,
  })
  .superRefine((v, ctx) => {
    if (v.app === undefined && v.package === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give "app" (launcher name) or "package"' });
    }
  });

const switchApp = z.object({
  app: z.string().min(1).optional().describe('Recently used app to bring back; opens the recents screen when omitted'),
  ...commonFields,
});

const wait = z.object({
  ms: z.number().int().min(0).max(30_000).describe('Milliseconds to wait, at most 30000'),
  ...commonFields,
});

const copy = z
  .object({
    text: z.string().optional().describe('Text to put on the clipboard'),
    element: elementId.optional().describe('Element whose text to copy'),
    ...commonFields,
  })
  .superRefine((v, ctx) => {
    if (v.text === undefined && v.element === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give "text" or "element"' });
    }
  });

const paste = z.object({
  element: elementId.optional().describe('Field to paste into; the focused field when omitted'),
  ...commonFields,
});

const finish = z.object({
  success: z.boolean().describe('True when the task is done, false when giving up'),
  answer: z.string().optional().describe('The answer when the task asks a question (a price, a name, ...)'),
  ...commonFields,
});

interface ActionDef<S extends z.ZodType> {
  description: string;
  schema: S;
}

function def<S extends z.ZodType>(description: string, schema: S): ActionDef<S> {
  return { description, schema };
}

export const actionSchemas = {
  tap: def('Tap an element (or a point when no element fits).', tap),
  long_press: def('Long-press an element (or a point).', longPress),
  type: def(
    "Replace a field's text with this text (what was in it is cleared), optionally pressing Enter after.",
    type,
  ),
  clear: def('Delete all text from a text field.', clear),
  swipe: def('Swipe the finger across the screen, by direction or from one point to another.', swipe),
  scroll: def('Scroll a list or the screen to reveal more content in a direction.', scroll),
  back: def('Press the system Back button.', noArgs),
  home: def('Press the system Home button (go to the launcher).', noArgs),
  open_app: def('Launch an app by its launcher name or package.', openApp),
  switch_app: def('Switch to a recently used app (or open the recents screen).', switchApp),
  enter: def('Press Enter / the keyboard action key.', noArgs),
  wait: def('Wait for the screen to settle (loading, animations).', wait),
  copy: def("Put text on the clipboard: given text, or an element's text.", copy),
  paste: def('Paste the clipboard into a field.', paste),
  finish: def('End the task: say whether it succeeded and give the answer if one was asked for.', finish),
} as const;

export type ActionName = keyof typeof actionSchemas;

export const ACTION_NAMES = Object.keys(actionSchemas) as ActionName[];

/** One parsed action: its name in `type`, plus the validated tool input. */
export type ActionOf<K extends ActionName> = { type: K } & z.output<(typeof actionSchemas)[K]['schema']>;

export type Action = { [K in ActionName]: ActionOf<K> }[ActionName];

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(actionSchemas, name);
}
