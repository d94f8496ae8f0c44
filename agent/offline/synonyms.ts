/**
 * Where things usually live on Android when their own name is not on the
 * screen: a setting's section in the Settings list (Wi-Fi under "Internet" /
 * "Network", pairing under "Connected devices"), opening hours behind an
 * "hours" row, a verb's usual button words. General platform knowledge, no app internals.
 */
import { sameWord } from './words.ts';

const RELATED: Record<string, string[]> = {
  wi: ['internet', 'network'],
  wifi: ['internet', 'network'],
  fi: ['internet', 'network'],
  password: ['share'],
  bluetooth: ['connected', 'devices', 'pair'],
  pair: ['pair', 'connected', 'devices'],
  headphones: ['pair', 'connected', 'devices'],
  dark: ['display', 'theme'],
  theme: ['display', 'theme'],
  timeout: ['display', 'timeout'],
  screen: ['display'],
  brightness: ['display'],
  battery: ['battery'],
  saver: ['battery'],
  rename: ['about', 'name'],
  phone: ['about', 'device'],
  notifications: ['apps', 'notifications'],
  disturb: ['sound'],
  open: ['hours'],
  opens: ['hours'],
  late: ['hours'],
  close: ['hours'],
  closes: ['hours'],
  history: ['history'],
  browsing: ['history'],
  bookmark: ['more', 'bookmark'],
  cheapest: ['sort', 'price', 'low'],
  theme_: [],
};

export function relatedWords(words: string[]): string[] {
  const out = new Set<string>();
  for (const w of words) for (const [k, v] of Object.entries(RELATED)) if (sameWord(k, w)) v.forEach((x) => out.add(x));
  for (const w of words) out.delete(w);
  return [...out];
}

/** Verbs and the button words that carry them out on a detail screen. */
const VERB_BUTTONS: Array<[RegExp, RegExp]> = [
  [/\b(delete|remove|cancel|get rid of|trash)\b/i, /^(delete|remove|trash|delete event|move to trash)\b/i],
  [/\b(take .* out|remove)\b/i, /^remove\b/i],
  [/\bcall\b/i, /^call\b/i],
  [/\breply\b/i, /^reply\b/i],
  [/\bforward\b/i, /^forward\b/i],
  [/\bfavou?rites?\b/i, /\bfavou?rites?\b/i],
  [/\bpin\b/i, /^pin\b/i],
  [/\bstar\b/i, /^(star|not starred)\b/i],
  [/\b(add .* cart|buy|order)\b/i, /^add to cart\b/i],
  [/\bbookmark\b/i, /^(add )?bookmark\b/i],
  [/\brename\b/i, /^rename\b/i],
  [/\b(edit|update|change)\b/i, /^edit\b/i],
  [/\bdirections?\b/i, /^directions\b/i],
  [/\bclear\b/i, /^clear\b/i],
  [/\bsave\b/i, /^save\b/i],
];

export function verbButtonPattern(text: string): RegExp[] {
  return VERB_BUTTONS.filter(([verb]) => verb.test(text)).map(([, button]) => button);
}
