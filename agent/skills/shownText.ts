/**
 * The one control on screen that shows a text (as its text, its description
 * or one part of its label): a day cell described "Thursday, June 19", an
 * alarm row showing "09:40". Undefined when none or several do.
 */
import type { Screen } from '../../drivers/screen/types.ts';

export function shownText(screen: Screen, text: string): string | undefined {
  const want = text.trim().toLowerCase();
  const is = (t: string) => t.trim().toLowerCase() === want;
  const found = screen.elements.filter(
    (e) =>
      e.actionable &&
      e.role !== 'input' &&
      (is(e.text) || is(e.contentDesc) || is(e.label) || e.label.split(', ').some(is)),
  );
  return found.length === 1 ? found[0]!.id : undefined;
}
