/**
 * SPA-Bench's coarse check: every key component must appear in one screen's
 * text. Like SPA-Bench's key_component_matcher, screens are scanned from the
 * last backwards and the first screen holding all components decides.
 * Matching ignores case and all whitespace (OCR and layout split words
 * differently; Chinese has no spaces).
 */
import type { KeyComponentEvidence, KeyComponentResult, ScreenText } from './types.ts';

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/** Text around the component on the screen, from the original (unsquashed) text. */
function contextOf(text: string, component: string): string | null {
  const target = squash(component);
  if (!target) return null;
  // Map squashed offsets back to the original text.
  const map: number[] = [];
  let squashed = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) continue;
    squashed += ch.toLowerCase();
    map.push(i);
  }
  const at = squashed.indexOf(target);
  if (at < 0) return null;
  const start = map[at] as number;
  const end = (map[at + target.length - 1] as number) + 1;
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

export interface KeyComponentOptions {
  /** Only the last N screens count (default: all, as SPA-Bench). */
  lastN?: number;
}

export function matchKeyComponents(
  components: readonly string[],
  screens: readonly ScreenText[],
  options: KeyComponentOptions = {},
): KeyComponentResult {
  const ordered = [...screens].sort((a, b) => a.index - b.index);
  const window = options.lastN !== undefined ? ordered.slice(-options.lastN) : ordered;
  const squashedScreens = window.map((s) => ({ index: s.index, text: s.text, sq: squash(s.text) }));
  const wanted = components.map((c) => ({ component: c, sq: squash(c) }));

  let matched: (typeof squashedScreens)[number] | undefined;
  for (let i = squashedScreens.length - 1; i >= 0; i--) {
    const s = squashedScreens[i] as (typeof squashedScreens)[number];
    if (wanted.every((w) => s.sq.includes(w.sq))) {
      matched = s;
      break;
    }
  }
  const deciding = matched ?? squashedScreens[squashedScreens.length - 1];
  const evidence: KeyComponentEvidence[] = wanted.map((w) => ({
    component: w.component,
    found: deciding ? deciding.sq.includes(w.sq) : false,
    context: deciding ? contextOf(deciding.text, w.component) : null,
    foundOn: squashedScreens.filter((s) => s.sq.includes(w.sq)).map((s) => s.index),
  }));
  return {
    pass: matched !== undefined,
    matchedScreen: matched?.index ?? null,
    decidingScreen: deciding?.index ?? null,
    screensSearched: squashedScreens.length,
    components: evidence,
  };
}
