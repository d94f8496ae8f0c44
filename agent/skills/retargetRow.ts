/**
 * A list row chosen because the instruction named it ("Bob Martinez",
 * "Catan"), pointed at another row for other values: the reference keeps the
 * field that showed the old value, now holding the new one, and the fields
 * every row shares; the rest described the old item (its price, its last
 * message) and would only mislead. Re-identification then finds the row by
 * the new value, or says it is not on screen. An option outside a list ("5
 * minutes" in a dialog) is pointed at the control labelled with the new value.
 */
import type { ElementRef } from '../../fsm/index.ts';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function retargetRow(ref: ElementRef, oldText: string, newText: string): ElementRef {
  if (same(oldText, newText)) return ref;
  // An option outside a list: the control with the new value as its label.
  if (!ref.row)
    return {
      ...ref,
      label: newText,
      staticLabel: newText,
      ...(ref.text !== undefined && same(ref.text, oldText) ? { text: newText } : {}),
    };
  const fields = ref.row.fields
    .filter((f) => same(f.text, oldText) || f.shared)
    .map((f) => (same(f.text, oldText) ? { ...f, text: newText } : f));
  // The old row's whole label would single out the old row: the new value in its place, or no label at all.
  const at = ref.label.toLowerCase().indexOf(oldText.trim().toLowerCase());
  const label = at < 0 ? '' : `${ref.label.slice(0, at)}${newText}${ref.label.slice(at + oldText.trim().length)}`;
  return {
    ...ref,
    label: label || newText,
    ...(ref.text !== undefined && same(ref.text, oldText) ? { text: newText } : {}),
    row: { ...ref.row, label, fields },
  };
}
