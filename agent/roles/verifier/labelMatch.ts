/**
 * Whether a screen shows a label a model named in a condition ("expected:
 * visible ['Event saved']", "absent ['New event']"). Labels are matched as
 * whole element texts, never as substrings: "Create new event" does not show
 * "New event", and "Delete" is not on a screen because "Deleted items" is.
 * A long label (three words or more) may also be found as a whole-word run
 * inside a longer text ("Registration fee: $65" inside a paragraph), and any
 * label as the words a text starts with ("Subtotal" of "Subtotal (2 items):
 * $124.98", a sent message followed by its time): evidence that it shows,
 * though not enough to call it present where it must be absent.
 */
import type { Screen, UiElement } from '../../../drivers/screen/types.ts';

/** Case, quotes, whitespace and trailing punctuation do not tell labels apart. */
export function normLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["'.!:;,]+$/g, '')
    .trim();
}

/** The texts an element shows: its text, its description, and each part of a folded row label. */
export function shownTexts(e: UiElement): string[] {
  const parts = [e.text, e.contentDesc, e.label, ...e.label.split(', ')];
  return [...new Set(parts.map(normLabel).filter((p) => p.length > 0))];
}

function words(text: string): string[] {
  // A word keeps its inner dots and colons ($44.99, 8:31) but not a sentence's final one ("app." is "app").
  return text
    .split(/[^\p{L}\p{N}$%.:@+-]+/u)
    .map((w) => w.replace(/[.:]+$/, ''))
    .filter(Boolean);
}

/** True when `hay` starts with `needle`'s words. */
function leadingWords(hay: string, needle: string): boolean {
  const h = words(hay);
  const n = words(needle);
  return n.length > 0 && n.length < h.length && n.every((w, j) => h[j] === w);
}

/** True when `needle`'s words occur as one run inside `hay`'s words. */
function wholeWordRun(hay: string, needle: string): boolean {
  const h = words(hay);
  const n = words(needle);
  if (n.length === 0 || n.length > h.length) return false;
  for (let i = 0; i + n.length <= h.length; i++) if (n.every((w, j) => h[i + j] === w)) return true;
  return false;
}

export type LabelMatch = 'exact' | 'phrase' | 'none';

/** How `label` shows on `screen`: as a whole text, as a long phrase inside a text, or not at all. */
export function showsLabel(screen: Screen, label: string): LabelMatch {
  const want = normLabel(label);
  if (!want) return 'none';
  let phrase = false;
  const long = words(want).length >= 3;
  for (const e of screen.elements) {
    const texts = shownTexts(e);
    if (texts.includes(want)) return 'exact';
    if ((long && texts.some((t) => wholeWordRun(t, want))) || texts.some((t) => leadingWords(t, want))) phrase = true;
  }
  return phrase ? 'phrase' : 'none';
}
