/**
 * Text entry, as the on-screen keyboard and Appium's setValue/clear do it:
 * characters go to the focused field's onChange one at a time (so handlers see
 * each intermediate value), "\n" submits. Typing takes time in proportion to
 * the text, a key or a clear a fixed time (inputTiming.ts).
 */
import { focusNode, focusedNode, focusValid } from './focus.ts';
import type { Phone } from './Phone.ts';
import { PhoneError } from './PhoneError.ts';
import { mustResolve } from './resolveHandle.ts';
import { elapse } from './elapse.ts';
import { INPUT_MS, typingMs } from './inputTiming.ts';
import { actFor } from './runHandler.ts';

/** Types at the focused field (as the keyboard does). */
export function typeText(phone: Phone, text: string): void {
  const node = focusedNode(phone);
  if (!node)
    throw new PhoneError('NoFocusedField', 'No text field has focus: tap a text field first, or pass a target.');
  // Each character takes its keystroke's time as it lands (a newline is Enter), typingMs(text) in all;
  // an empty text still takes one keystroke.
  if (!text) elapse(phone, typingMs(text));
  for (const ch of text) {
    if (ch === '\n') {
      phone.submit();
      continue;
    }
    elapse(phone, INPUT_MS.typedChar);
    // Re-find the field each time: a handler may have re-rendered, moved focus or left the screen.
    const current = focusedNode(phone);
    if (!current) return;
    current.view!.input!.onChange(actFor(phone, current), current.view!.input!.value + ch);
    phone.invalidate();
  }
}

/** Appends text to a field element (Appium setValue), focusing it first. */
export function setValue(phone: Phone, handle: string, text: string): void {
  const node = mustResolve(phone, handle);
  if (!node.view?.input)
    throw new PhoneError(
      'InvalidElementState',
      `Element ${node.cls} '${node.resourceId || node.text}' does not accept text.`,
    );
  focusNode(phone, node);
  phone.typeText(text);
}

export function clear(phone: Phone, handle: string): void {
  const node = mustResolve(phone, handle);
  if (!node.view?.input)
    throw new PhoneError(
      'InvalidElementState',
      `Element ${node.cls} '${node.resourceId || node.text}' is not a text field.`,
    );
  elapse(phone, INPUT_MS.clear);
  node.view.input.onChange(actFor(phone, node), '');
  phone.invalidate();
}

export function deleteChar(phone: Phone): void {
  const node = focusedNode(phone);
  elapse(phone, INPUT_MS.key);
  if (!node) return;
  node.view!.input!.onChange(actFor(phone, node), node.view!.input!.value.slice(0, -1));
  phone.invalidate();
}

/** Enter: the field's submit action, or a newline in a multi-line field. */
export function submit(phone: Phone): void {
  const node = focusedNode(phone);
  elapse(phone, INPUT_MS.key);
  if (!node) return;
  const input = node.view!.input!;
  if (input.onSubmit) input.onSubmit(actFor(phone, node));
  else if (input.multiline) input.onChange(actFor(phone, node), `${input.value}\n`);
  phone.invalidate();
}

/** Returns whether the keyboard was showing; focus stays, so typing still reaches the field. */
export function hideKeyboard(phone: Phone): boolean {
  const shown = phone.state.keyboard && focusValid(phone.state);
  if (shown) elapse(phone, INPUT_MS.hideKeyboard);
  phone.state.keyboard = false;
  phone.invalidate();
  return shown;
}
