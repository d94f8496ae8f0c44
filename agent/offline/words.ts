/**
 * Word handling for the offline policy: tokenising instructions and labels,
 * and the stop words that carry no grounding signal.
 */
const STOP = new Set(
  'a an the to of in on at for and or then with from by into onto is are be it its this that my me please app application using via as up out under about'.split(
    ' ',
  ),
);

/** Verbs that say what to do, not where: they never need to match a label. */
export const ACTION_VERBS = new Set(
  'open launch go navigate tap click press select choose find search look check see show view get read tell what which how much many create add make new set write compose type enter send share copy paste save turn switch enable disable toggle change start stop record clear delete remove mark call text message email reply forward'.split(
    ' ',
  ),
);

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}$.:%]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  return normalise(text)
    .split(/\s+/)
    .map((t) => t.replace(/^[.:]+|[.:]+$/g, ''))
    .filter((t) => t.length > 0);
}

/** Tokens that carry meaning, verbs included ("text", "send"): no stop words. */
export function meaningfulWords(text: string): string[] {
  return tokens(text).filter((t) => !STOP.has(t));
}

/** Tokens worth grounding: no stop words, no bare verbs. */
export function contentWords(text: string): string[] {
  return tokens(text).filter((t) => !STOP.has(t) && !ACTION_VERBS.has(t));
}

export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** True when two words are the same modulo plural and case. */
export function sameWord(a: string, b: string): boolean {
  return a === b || singular(a) === singular(b);
}
