/**
 * The row text to look for when a learned row showed its slot's value among
 * other words ("Oslo – Wikipedia" chosen for "Oslo", "Carol Singh" after
 * "Carol" was typed): the same text with the new value when a row shows it
 * ("Kyoto – Wikipedia"), otherwise the one text on screen that holds the new
 * value as whole words ("Bob Martinez" for "Bob"), or the one of those that
 * is short (a title around it, not a preview quoting it). Several candidates
 * and no exact one: undefined, and the step is the model's.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { containsWords, escape } from './slots.ts';

const MAX_EXTRA_WORDS = 3;
const words = (t: string) => t.trim().split(/\s+/).length;

export function rowTextFor(screen: Screen, learnt: string, example: string, value: string): string | undefined {
  const texts = new Set(
    screen.elements
      .filter((e) => e.role !== 'input')
      .flatMap((e) => [e.text, e.contentDesc, ...e.label.split(', ')])
      .flatMap((t) => (t ? [t.trim()] : [])),
  );
  const swapped = learnt.replace(
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(example).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu'),
    value,
  );
  const lower = swapped.toLowerCase();
  const exact = [...texts].find((t) => t.toLowerCase() === lower);
  if (exact) return exact;
  const holding = [...texts].filter((t) => containsWords(t, value));
  if (holding.length === 1) return holding[0];
  // A title around the value ("Pottery class moved"), not a message or preview quoting it.
  // (The row's own description may repeat it with more: the text within all of them.)
  const short = holding.filter((t) => words(t) - words(value) <= MAX_EXTRA_WORDS);
  const core = short.filter((t) => short.every((o) => o.toLowerCase().includes(t.toLowerCase())));
  return core.length === 1 ? core[0] : undefined;
}
