/**
 * Running a node's handler and advancing the clock: the two things every
 * input does. Handlers get the Act of the foreground app, for its dialog when
 * the node sits in the dialog window; shell windows' handlers ignore it.
 */
import type { Act, Handler } from '../framework/types.ts';
import type { Phone } from './Phone.ts';
import { STEP_MS } from './phoneConstants.ts';
import type { UiNode } from './UiNode.ts';

export function actFor(phone: Phone, node: UiNode): Act<unknown> {
  const fg = phone.state.foreground;
  return phone.act(fg, node.window === 'dialog');
}

export function runHandler(phone: Phone, node: UiNode, handler: Handler<unknown>): void {
  handler(actFor(phone, node));
  phone.invalidate();
}

/** One input's worth of virtual time, so time-dependent content moves with actions, not wall time. */
export function tick(phone: Phone): void {
  phone.state.clock += STEP_MS;
  phone.invalidate();
}
