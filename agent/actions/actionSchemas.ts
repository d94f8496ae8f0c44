/**
 * The action space, declared once. Each entry is both a part of the model's
 * `act` tool (its line in the description, its fields in the JSON Schema
 * generated from the zod schema: actionTools.ts) and the runtime validator
 * for what a model or the offline policy proposes.
 *
 * A parsed action carries its name in `type`. A field means the same in
 * every action that has it (the tool lists it once); what differs by action
 * is said in the action's description.
 */
import { z } from 'zod';
import { commonFields, coordinate, direction, elementId, point } from './fields.ts';

/** Target of a pointer action: an element id, or raw x,y when no element fits. */
const targetFields = {
  element: elementId.optional(),
  x: coordinate.optional().describe('Pixels from the left'),
  y: coordinate.optional().describe('Pixels from the top'),
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
    durationMs: z.number().int().min(300).max(10_000).optional().describe('Milliseconds'),
    ...commonFields,
  })
  .superRefine(requireTarget);

const type = z.object({
  text: z.string().describe('Text to type or copy'),
  element: elementId.optional(),
  submit: z.boolean().optional().describe('Press Enter after typing'),
  ...commonFields,
});

const clear = z.object({ element: elementId, ...commonFields });

const swipe = z
  .object({
    direction: direction.optional(),
    from: point.optional(),
    to: point.optional(),
    durationMs: z.number().int().min(50).max(5_000).optional().describe('Milliseconds'),
    ...commonFields,
  })
  .superRefine((v, ctx) => {
    if (v.direction !== undefined) return;
    if (v.from !== undefined && v.to !== undefined) return;
    ctx.addIssue({ code: 'custom', message: 'give "direction", or both "from" and "to" points' });
  });

const scroll = z.object({
  direction,
  element: elementId.optional(),
  ...commonFields,
});

const noArgs = z.object({ ...commonFields });

const openApp = z
  .object({
    app: z.string().min(1).optional().describe('Launcher name, e.g. "Shopping"'),
    package: z
      .string()
      .regex(/^[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+$/, 'must be an Android package name like "com.example.app"')
      .optional()
      .describe('Android package name'),
    fresh: z.boolean().optional().describe('Restart the app on its main screen'),
    ...commonFields,
  })
  .superRefine((v, ctx) => {
    if (v.app === undefined && v.package === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give "app" (launcher name) or "package"' });
    }
  });

const switchApp = z.object({
  app: z.string().min(1).optional().describe('Launcher name, e.g. "Shopping"'),
  ...commonFields,
});

const wait = z.object({
  ms: z.number().int().min(0).max(30_000).describe('Milliseconds, at most 30000'),
  ...commonFields,
});

const copy = z
  .object({
    text: z.string().optional().describe('Text to type or copy'),
    element: elementId.optional(),
    ...commonFields,
  })
  .superRefine((v, ctx) => {
    if (v.text === undefined && v.element === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give "text" or "element"' });
    }
  });

const paste = z.object({
  element: elementId.optional(),
  ...commonFields,
});

const finish = z.object({
  success: z.boolean().describe('true: done; false: giving up'),
  answer: z.string().optional().describe('The answer, when the task asks a question'),
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
  tap: def('Tap an element; x,y only when no element fits.', tap),
  long_press: def('Long-press an element (or x,y).', longPress),
  type: def(
    "Type into a field (element, else the focused one). Replaces the field's text; submit presses Enter after.",
    type,
  ),
  clear: def('Empty a text field.', clear),
  swipe: def('Move a finger across the screen: direction, or from/to points.', swipe),
  scroll: def(
    'Scroll to see more: direction "down" shows what is below; element is the container (the main one when omitted).',
    scroll,
  ),
  back: def('System Back.', noArgs),
  home: def('System Home (the launcher).', noArgs),
  open_app: def('Open an app by launcher name or package; fresh restarts it on its main screen.', openApp),
  switch_app: def('Bring back a recent app, or open the recents screen without app.', switchApp),
  enter: def('Press Enter / the keyboard action key.', noArgs),
  wait: def('Wait for loading or animations.', wait),
  copy: def("Put text, or an element's text, on the clipboard.", copy),
  paste: def('Paste the clipboard into a field (element, else the focused one).', paste),
  finish: def('End the task: success, and the answer when the task asks a question.', finish),
} as const;

export type ActionName = keyof typeof actionSchemas;

export const ACTION_NAMES = Object.keys(actionSchemas) as ActionName[];

/** One parsed action: its name in `type`, plus the validated tool input. */
export type ActionOf<K extends ActionName> = { type: K } & z.output<(typeof actionSchemas)[K]['schema']>;

export type Action = { [K in ActionName]: ActionOf<K> }[ActionName];

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(actionSchemas, name);
}
