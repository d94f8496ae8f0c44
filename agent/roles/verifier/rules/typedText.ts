/**
 * `type` replaces what a field holds (the executor clears a filled field
 * first), so after it the field must hold exactly what was asked: not the old
 * text with the new one appended ("PriyaRaman"), not the text in another
 * field, not nothing.
 */
import { fieldValue } from '../../../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../../../drivers/screen/types.ts';
import { elementRef, reidentify } from '../../../../fsm/index.ts';
import type { Perception } from '../../../perceive/Perception.ts';
import { screenIdentity } from '../../../perceive/screenIdentity.ts';
import { targetOf } from './screenFacts.ts';
import { fail, success, undecided, type VerifyRule } from './VerifyRule.ts';

const near = (a: UiElement, b: UiElement) =>
  Math.abs(a.bounds.top - b.bounds.top) + Math.abs(a.bounds.left - b.bounds.left) < 16;

/** The same text field on a later screen: re-identified, else by resource id, else by hint, else by place. */
export function fieldAgain(
  field: UiElement,
  screen: Screen,
  from?: { before: Perception; after: Perception },
): UiElement | undefined {
  if (from) {
    const ref = elementRef(from.before.screen, screenIdentity(from.before), field.id);
    const found = reidentify(ref, from.after.screen, screenIdentity(from.after));
    if (found.element?.role === 'input') return found.element;
  }
  const inputs = screen.elements.filter((e) => e.role === 'input');
  const one = (list: UiElement[]) => (list.length === 1 ? list[0] : list.find((e) => near(e, field)));
  if (field.resourceId) {
    const found = one(inputs.filter((e) => e.resourceId === field.resourceId && e.className === field.className));
    if (found) return found;
  }
  if (field.hint) {
    const found = one(inputs.filter((e) => e.hint === field.hint));
    if (found) return found;
  }
  return inputs.find((e) => near(e, field));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const digits = (s: string) => s.replace(/\D+/g, '');

export const typedText: VerifyRule = {
  id: 'typed-text',
  readsFsm: false,
  decide: (input) => {
    const a = input.action;
    if (a.type !== 'type') return undefined;
    const before = targetOf(input) ?? input.before.screen.elements.find((e) => e.role === 'input' && e.flags.focused);
    if (!before) return undefined;
    const field = fieldAgain(before, input.after.screen, { before: input.before, after: input.after });
    // Submitting may leave the form (a search shows its results): other rules judge that.
    if (!field || field.flags.password) return undefined;
    const value = fieldValue(field);
    const want = a.text;
    if (squash(value) === squash(want)) return success('typed-text', `the field now holds "${want}"`);
    if (digits(want).length >= 3 && digits(value) === digits(want) && /^[\d\s()+.-]*$/.test(want))
      return success('typed-text', `the field holds "${value}" (the number typed, formatted)`);
    if (!value) return fail('typed-text', `the text did not reach the field: it is still empty`, 'typed');
    if (squash(value).endsWith(squash(want)))
      return fail(
        'typed-text',
        `the field holds "${value}": "${want}" was added to text that was already there`,
        'typed',
      );
    return undecided('typed-text', `the field holds "${value}", which is not exactly "${want}"`);
  },
};
