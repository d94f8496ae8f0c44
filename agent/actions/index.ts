/** The action space: declared once, used as the model's `act` tool and as the runtime validator. */
export { actionSchemas, ACTION_NAMES, isActionName } from './actionSchemas.ts';
export type { Action, ActionName, ActionOf } from './actionSchemas.ts';
export { screenCondition } from './fields.ts';
export type { ScreenCondition } from './fields.ts';
export { parseAction } from './parseAction.ts';
export type { ParseActionResult } from './parseAction.ts';
export { ACT_TOOL, actionTool, actionSpec } from './actionTools.ts';
export { ValidationError } from './ValidationError.ts';
export type { ValidationIssue } from './ValidationError.ts';
export { zodIssues } from './zodIssues.ts';
