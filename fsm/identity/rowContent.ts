/**
 * What a list row or grid cell shows, as the fields re-identification compares: one field per text or
 * description in the row, named by its slot (the node's class and id, and which such node of the row it
 * is), so "the title" of one alarm row is compared with "the title" of another whatever their layout.
 */
import type { UiElement } from '../../drivers/screen/types.ts';
import { shortClassName, shortResourceId } from './elementSignature.ts';
import { isDynamicText } from './staticText.ts';

export interface RowField {
  /** `<class>#<id>:<n>` of the node in the row (n-th such node), plus `.desc` for a description, `.hint` for a field's hint. */
  slot: string;
  text: string;
  /** The field comes from a text attribute (not a description or hint): the first such is the row's primary text. */
  primary?: true;
  /** Another row of the same list showed this text in this slot when the reference was made: it does not single the row out. */
  shared?: true;
}

/**
 * How a field's text behaves: `dynamic` (times, dates, counts, prices, anything without letters) changes
 * while the row stays the same item; `content` (long text: a snippet, a message) is an item's body; `name`
 * (short words) names the item.
 */
export type FieldKind = 'dynamic' | 'content' | 'name';

const MAX_NAME_CHARS = 48;
const MAX_NAME_WORDS = 8;

export function fieldKind(text: string): FieldKind {
  if (isDynamicText(text) || !/\p{L}/u.test(text)) return 'dynamic';
  if (text.length > MAX_NAME_CHARS || text.split(' ').length > MAX_NAME_WORDS) return 'content';
  return 'name';
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The slot of each element of a row (`inside`: the row and its descendants, document order). */
export function slotsOf(inside: readonly UiElement[]): string[] {
  const seen = new Map<string, number>();
  return inside.map((e) => {
    const base = `${shortClassName(e.className)}#${shortResourceId(e.resourceId)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}

/**
 * The fields of a row (`inside`: the row and its descendants, document order). A text field's typed text
 * is what the user wrote, not what the field is: inputs count by their hint.
 */
export function rowFields(inside: readonly UiElement[], slots: readonly string[] = slotsOf(inside)): RowField[] {
  const fields: RowField[] = [];
  let primaryTaken = false;
  for (let i = 0; i < inside.length; i++) {
    const e = inside[i]!;
    const slot = slots[i]!;
    if (e.role === 'input') {
      const hint = clean(e.hint);
      if (hint) fields.push({ slot: `${slot}.hint`, text: hint });
      continue;
    }
    const text = clean(e.text);
    if (text) {
      const field: RowField = { slot, text };
      if (!primaryTaken) {
        field.primary = true;
        primaryTaken = true;
      }
      fields.push(field);
    }
    const desc = clean(e.contentDesc);
    if (desc && desc !== text) fields.push({ slot: `${slot}.desc`, text: desc });
  }
  return fields;
}
