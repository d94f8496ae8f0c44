/**
 * The answer to a question, read off the screen that shows its subject: the
 * lines that share words with the question first, then the screen's other
 * content, so a shaped fact (a time, a size, a number) travels with its context.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { contentWords, sameWord, tokens } from './words.ts';

function contentLines(screen: Screen): UiElement[] {
  const app = new Set(
    screen.windows.filter((w) => w.kind === 'app' || w.kind === 'dialog' || w.kind === 'popup').map((w) => w.id),
  );
  return screen.elements.filter(
    (e) =>
      app.has(e.window) &&
      (e.text || e.contentDesc) &&
      e.role !== 'input' &&
      !(e.role === 'button' && e.label.split(' ').length <= 3) &&
      e.role !== 'tab',
  );
}

export function readAnswer(screen: Screen, question: string, max = 500): string | undefined {
  const words = contentWords(question);
  const lines = contentLines(screen);
  const seen = new Set<string>();
  const scored = lines
    .map((e, i) => {
      const text = (e.text || e.contentDesc || e.label).trim();
      const n = words.filter((w) => tokens(text).some((t) => sameWord(t, w))).length;
      return { text, n, i };
    })
    .filter((x) => x.text.length > 0 && !seen.has(x.text) && (seen.add(x.text), true));
  if (scored.length === 0) return undefined;
  // Related lines first, then screen order; a label line ("Size") next to its value keeps its place.
  scored.sort((a, b) => (b.n > 0 ? 1 : 0) - (a.n > 0 ? 1 : 0) || a.i - b.i);
  let out = '';
  for (const s of scored) {
    if (out.length + s.text.length > max) break;
    out += (out ? '; ' : '') + s.text;
  }
  return out || scored[0]!.text.slice(0, max);
}
