/**
 * The row text to look for when a learned row showed its slot's value among
 * other words ("Oslo – Wikipedia" chosen for "Oslo", "Carol Singh" after
 * "Carol" was typed): the same text with the new value when a row shows it
 * ("Kyoto – Wikipedia"), otherwise the one text on screen that holds the new
 * value as whole words ("Bob Martinez" for "Bob"). Several candidates and no
 * exact one: undefined, and the step is the model's.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { containsWords, escape } from './slots.ts';

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
  return holding.length === 1 ? holding[0] : undefined;
}
