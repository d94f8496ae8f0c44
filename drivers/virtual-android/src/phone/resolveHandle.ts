/**
 * Element handles ("app/0/2/1": window key + child indices) are the element
 * ids clients hold; they are resolved against the current render each time,
 * so a handle whose node has gone is reported stale rather than acted on.
 */
import type { Phone } from './Phone.ts';
import { PhoneError } from './PhoneError.ts';
import type { RenderedWindow, UiNode } from './UiNode.ts';

/** The node a handle names in these windows; null when it no longer exists. */
export function resolveHandle(windows: RenderedWindow[], handle: string): UiNode | null {
  const [key, ...path] = handle.split('/');
  const win = windows.find((w) => w.key === key);
  if (!win) return null;
  let node: UiNode | undefined = win.root;
  for (const step of path) {
    node = node?.children[Number(step)];
    if (!node) return null;
  }
  return node ?? null;
}

/** The node a handle names in the phone's current render, or a StaleElement error. */
export function mustResolve(phone: Phone, handle: string): UiNode {
  const node = phone.resolve(handle);
  if (!node) throw new PhoneError('StaleElement', `Element '${handle}' is no longer on screen; find it again.`);
  return node;
}
