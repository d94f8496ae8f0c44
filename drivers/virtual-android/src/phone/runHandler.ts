/**
 * Running a node's handler. Handlers get the Act of the foreground app, for
 * its dialog when the node sits in the dialog window; shell windows' handlers
 * ignore it. (The input's time passes in the input module, see elapse.ts.)
 */
import type { Act, Handler } from '../framework/types.ts';
import type { Phone } from './Phone.ts';
import type { UiNode } from './UiNode.ts';

export function actFor(phone: Phone, node: UiNode): Act<unknown> {
  const fg = phone.state.foreground;
  return phone.act(fg, node.window === 'dialog');
}

export function runHandler(phone: Phone, node: UiNode, handler: Handler<unknown>): void {
  handler(actFor(phone, node));
  phone.invalidate();
}
