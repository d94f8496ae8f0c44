/**
 * Grounds clause words in element labels: scores each actionable element by
 * how many of the still-unmatched words its label (or hint, or resource id)
 * contains. Whole-phrase matches beat scattered word matches.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { normalise, sameWord, tokens } from './words.ts';

export interface Grounding {
  element: UiElement;
  score: number;
  matched: string[];
}

function elementWords(element: UiElement): string[] {
  const idTail = element.resourceId.split('/').pop() ?? '';
  return tokens(`${element.label} ${element.hint} ${idTail.replace(/_/g, ' ')}`);
}

export function groundWords(
  screen: Screen,
  words: string[],
  options: { exclude?: Set<string>; windowKinds?: Set<string> } = {},
): Grounding[] {
  if (words.length === 0) return [];
  const windowKind = new Map(screen.windows.map((w) => [w.id, w.kind]));
  const phrase = normalise(words.join(' '));
  const out: Grounding[] = [];
  for (const element of screen.elements) {
    if (!element.actionable || !element.flags.enabled) continue;
    const kind = windowKind.get(element.window);
    if (kind === 'keyboard' || kind === 'status_bar' || kind === 'navigation_bar') continue;
    if (options.windowKinds && kind && !options.windowKinds.has(kind)) continue;
    if (options.exclude?.has(element.signature)) continue;
    const own = elementWords(element);
    if (own.length === 0) continue;
    const matched = words.filter((w) => own.some((o) => sameWord(o, w)));
    if (matched.length === 0) continue;
    const label = normalise(element.label);
    // Precision matters as much as recall: "Wi-Fi" beats "Wi-Fi calling preferences" for "wi fi".
    let score = matched.length + matched.length / own.length;
    if (label && phrase.includes(label)) score += 1;
    if (label === phrase) score += 2;
    out.push({ element, score, matched });
  }
  return out.sort((a, b) => b.score - a.score || a.element.bounds.top - b.element.bounds.top);
}

/** The text field to type into: focused first, then one whose hint/label matches, then the first one. */
export function findInput(screen: Screen, words: string[]): UiElement | undefined {
  const inputs = screen.elements.filter((e) => e.role === 'input' && e.flags.enabled);
  if (inputs.length === 0) return undefined;
  const focused = inputs.find((e) => e.flags.focused);
  if (focused) return focused;
  const scored = inputs
    .map((e) => ({
      e,
      n: words.filter((w) => tokens(`${e.hint} ${e.label} ${e.resourceId}`).some((t) => sameWord(t, w))).length,
    }))
    .sort((a, b) => b.n - a.n);
  return scored[0]?.e;
}
