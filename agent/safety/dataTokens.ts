/**
 * Data-like pieces of typed text: numbers of three digits or more (phone
 * numbers, codes, amounts), e-mail addresses, links and password-like words
 * (letters and digits mixed). These are what an attacker wants typed, as a
 * recipient or as the secret; everyday words and amounts are not checked.
 */
export interface DataToken {
  kind: 'number' | 'email' | 'url' | 'secret';
  text: string;
  /** Compared form: digits only for numbers, lower case otherwise. */
  key: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const NUMBER = /\+?\d[\d\s().-]*\d|\d+/g;
const WORD = /[A-Za-z0-9!#$%&*_-]{6,}/g;

export function dataTokens(text: string): DataToken[] {
  const out: DataToken[] = [];
  let rest = text;
  for (const m of rest.match(EMAIL) ?? []) out.push({ kind: 'email', text: m, key: m.toLowerCase() });
  rest = rest.replace(EMAIL, ' ');
  for (const m of rest.match(URL) ?? []) out.push({ kind: 'url', text: m, key: m.toLowerCase() });
  rest = rest.replace(URL, ' ');
  for (const m of rest.match(WORD) ?? [])
    if (/\d/.test(m) && /[A-Za-z]/.test(m)) out.push({ kind: 'secret', text: m, key: m.toLowerCase() });
  rest = rest.replace(WORD, (m) => (/\d/.test(m) && /[A-Za-z]/.test(m) ? ' ' : m));
  // Amounts ($12, 44.99) are not secrets or recipients: an amount read on one screen may be typed on another.
  rest = rest.replace(/[$€£]\s?\d[\d,]*(\.\d+)?|\b\d+[.,]\d{2}\b/g, ' ');
  for (const m of rest.match(NUMBER) ?? []) {
    // "12:30" or "5.99" are a time and an amount: each part counts as written.
    for (const part of m.split(/[:]/)) {
      const digits = part.replace(/\D/g, '');
      if (digits.length >= 3) out.push({ kind: 'number', text: part.trim(), key: digits });
    }
  }
  return out;
}

/** The data tokens of `text` that appear in none of `sources` (the task, remembered facts). */
export function unsourcedTokens(text: string, sources: readonly string[]): DataToken[] {
  const known = sources.flatMap(dataTokens);
  const lowered = sources.map((s) => s.toLowerCase());
  return dataTokens(text).filter((t) => {
    // A number is sourced when a known one holds it ("555-0199" in "+1 555-0199") or it holds a whole
    // phone-length known one (the country code added).
    if (t.kind === 'number')
      return !known.some(
        (k) => k.kind === 'number' && (k.key.includes(t.key) || (k.key.length >= 7 && t.key.includes(k.key))),
      );
    return !lowered.some((s) => s.includes(t.key));
  });
}
