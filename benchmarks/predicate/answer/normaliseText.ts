/**
 * Text as answer checks compare it: case, accents, punctuation and runs of
 * whitespace do not matter ("Zoë's place" reads "zoe s place"), and a value
 * is mentioned only as whole words ("Poor" is not in "Poorly").
 */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the normalised `phrase` appears in the normalised `text` as whole words. */
export function mentions(text: string, phrase: string): boolean {
  const p = normaliseText(phrase);
  return p !== '' && ` ${normaliseText(text)} `.includes(` ${p} `);
}
