/**
 * Text-field focus. Focus is stored as (package, back-stack entry, dialog or
 * not, field id) rather than as a node, because nodes are rebuilt on every
 * render; it only counts while that same entry (and dialog state) is on top.
 */
import type { DeviceState } from './DeviceState.ts';
import type { Phone } from './Phone.ts';
import { PhoneError } from './PhoneError.ts';
import { foregroundTask, topEntry } from './backStack.ts';
import type { UiNode, WindowKey } from './UiNode.ts';
import { walk } from './UiNode.ts';

/** Whether the stored focus still points at a field on display (no share sheet over it). */
export function focusValid(state: DeviceState): boolean {
  const f = state.focus;
  if (!f || f.package !== state.foreground || state.systemDialog) return false;
  const task = foregroundTask(state);
  const entry = topEntry(task);
  return entry.id === f.entryId && (f.inDialog ? entry.dialog !== undefined : entry.dialog === undefined);
}

/** Focuses a text field node and raises the keyboard. */
export function focusNode(phone: Phone, node: UiNode): void {
  const v = node.view;
  if (!v?.input || !v.id)
    throw new PhoneError(
      'InvalidElementState',
      `Element ${node.cls} '${node.resourceId}' is not a text field with an id.`,
    );
  const task = foregroundTask(phone.state);
  phone.state.focus = {
    package: phone.state.foreground,
    entryId: topEntry(task).id,
    inDialog: node.window === 'dialog',
    field: v.id,
  };
  phone.state.keyboard = true;
  phone.invalidate();
}

/** The focused field's node in the current render, or null when focus is gone. */
export function focusedNode(phone: Phone): UiNode | null {
  if (!focusValid(phone.state)) return null;
  const key: WindowKey = phone.state.focus!.inDialog ? 'dialog' : 'app';
  const win = phone.render().windows.find((w) => w.key === key);
  let found: UiNode | null = null;
  if (win)
    walk(win.root, (n) => {
      if (!found && n.view?.input && n.view.id === phone.state.focus!.field) found = n;
    });
  return found;
}
