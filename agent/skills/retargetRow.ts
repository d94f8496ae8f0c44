/**
 * A list row chosen because the instruction named it ("Bob Martinez",
 * "Catan"), pointed at another row for other values: the reference keeps the
 * field that showed the old value, now holding the new one, and the fields
 * every row shares; the rest described the old item (its price, its last
 * message) and would only mislead. Re-identification then finds the row by
 * the new value, or says it is not on screen.
 */
import type { ElementRef } from '../../fsm/index.ts';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function retargetRow(ref: ElementRef, oldText: string, newText: string): ElementRef {
  if (!ref.row || same(oldText, newText)) return ref;
  const fields = ref.row.fields
    .filter((f) => same(f.text, oldText) || f.shared)
    .map((f) => (same(f.text, oldText) ? { ...f, text: newText } : f));
  const label = ref.label.split(', ').some((p) => same(p, oldText)) ? newText : ref.label;
  return {
    ...ref,
    label,
    ...(ref.text !== undefined && same(ref.text, oldText) ? { text: newText } : {}),
    row: { ...ref.row, label, fields },
  };
}
