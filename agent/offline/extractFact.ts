/**
 * Reads a fact (price, rating, hours, ...) off a screen: finds the element
 * that names the fact, or the value shaped like the fact, nearest to the
 * words the clause is about.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { sameWord, tokens } from './words.ts';

const SHAPES: Record<string, RegExp> = {
  price: /[$€£]\s?\d[\d,]*(?:\.\d{2})?/,
  cost: /[$€£]\s?\d[\d,]*(?:\.\d{2})?/,
  total: /[$€£]\s?\d[\d,]*(?:\.\d{2})?/,
  rating: /\b\d(?:\.\d)?\s?(?:★|stars?|\/\s?5)|★\s?\d(?:\.\d)?|\b[0-5]\.\d\b/,
  hours: /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)?\s?[–-]\s?\d{1,2}(?::\d{2})?\s?(?:am|pm)?\b/i,
  time: /\b\d{1,2}:\d{2}\s?(?:am|pm)?\b/i,
  date: /\b(?:\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}(?:,\s*\d{4})?)\b/i,
  phone: /\+?\d[\d\s().-]{6,}\d/,
  number: /\+?\d[\d\s().-]{6,}\d/,
  email: /[\w.+-]+@[\w-]+\.[\w.]+/,
  address: /\b\d+\s+\w+(?:\s\w+)*\s(?:st|street|ave|avenue|rd|road|blvd|lane|ln|way)\b\.?/i,
};

function textOf(e: UiElement): string {
  return [e.text, e.contentDesc].filter(Boolean).join(' ');
}

export function extractFact(screen: Screen, fact: string, aboutWords: string[]): string | undefined {
  const shape = SHAPES[fact];
  const texts = screen.elements.filter((e) => textOf(e).length > 0);
  // Anchor: the element that best names what the clause is about.
  const anchor = texts
    .map((e) => ({ e, n: aboutWords.filter((w) => tokens(textOf(e)).some((t) => sameWord(t, w))).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)[0]?.e;
  const candidates: Array<{ value: string; distance: number }> = [];
  for (const e of texts) {
    const text = textOf(e);
    let value: string | undefined;
    if (shape) value = text.match(shape)?.[0];
    else if (tokens(text).includes(fact)) value = text;
    if (!value) continue;
    const distance = anchor
      ? Math.abs(e.bounds.top - anchor.bounds.top) + Math.abs(e.bounds.left - anchor.bounds.left) / 4
      : e.bounds.top;
    candidates.push({ value: value.trim(), distance });
  }
  candidates.sort((a, b) => a.distance - b.distance);
  return candidates[0]?.value;
}
