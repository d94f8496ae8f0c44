/**
 * The abstract action: what the FSM records on a transition. It names the
 * element acted on by its signature (stable across observations of the same
 * screen), never by per-screen ids or coordinates, so a transition learnt in
 * one run applies in the next.
 */
import { parseElementRef, type ElementRef } from './identity/elementRef.ts';
import type { ElementSignature } from './identity/elementSignature.ts';
import { FsmFormatError } from './errors.ts';

/** `relaunch` is a fresh start (terminate, then activate): it lands in the app's entry state, which `open_app` need not. */
export const ACTION_KINDS = [
  'tap',
  'long_press',
  'type',
  'clear',
  'swipe',
  'scroll',
  'back',
  'home',
  'open_app',
  'relaunch',
  'enter',
  'wait',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface AbstractAction {
  kind: ActionKind;
  /** Signature of the element acted on (tap, long_press, type, clear, scroll within a container). */
  target?: ElementSignature;
  /** Text parameter of `type`. A parameter, not part of the action's identity. */
  text?: string;
  /** Direction of swipe/scroll (the direction the content moves towards, as the agent's tool says). */
  direction?: Direction;
  /** Package for open_app and relaunch. */
  app?: string;
  /** Concrete label of the element when the action was taken (informational, for replay and logs). */
  label?: string;
  /**
   * Which element exactly (this alarm's row, the "3" key), for finding it again with `reidentify`; the
   * signature only says what kind of element it is. A parameter, not part of the action's identity.
   */
  ref?: ElementRef;
}

/** A readable, deterministic id of the abstract action: the XState event type. Excludes text, label and ref. */
export type ActionId = string;

export function actionId(action: AbstractAction): ActionId {
  let id: string = action.kind;
  if (action.app) id += `(${action.app})`;
  if (action.target) id += `[${action.target}]`;
  if (action.direction) id += `:${action.direction}`;
  return id;
}

const KIND_SET = new Set<string>(ACTION_KINDS);

/** Validates untrusted input (a stored row, an import) into an AbstractAction. */
export function parseAbstractAction(value: unknown, source = 'action'): AbstractAction {
  if (typeof value !== 'object' || value === null)
    throw new FsmFormatError('an abstract action must be an object', source);
  const v = value as Record<string, unknown>;
  if (typeof v.kind !== 'string' || !KIND_SET.has(v.kind)) {
    throw new FsmFormatError(
      `unknown action kind ${JSON.stringify(v.kind)}; expected one of ${ACTION_KINDS.join(', ')}`,
      source,
    );
  }
  const action: AbstractAction = { kind: v.kind as ActionKind };
  for (const field of ['target', 'text', 'app', 'label'] as const) {
    if (v[field] !== undefined) {
      if (typeof v[field] !== 'string') throw new FsmFormatError(`action.${field} must be a string`, source);
      action[field] = v[field];
    }
  }
  if (v.ref !== undefined) action.ref = parseElementRef(v.ref, `${source}.ref`);
  if (v.direction !== undefined) {
    if (!['up', 'down', 'left', 'right'].includes(v.direction as string))
      throw new FsmFormatError('action.direction must be up, down, left or right', source);
    action.direction = v.direction as Direction;
  }
  return action;
}
