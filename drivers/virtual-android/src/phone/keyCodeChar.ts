/** Letters, digits, space and common punctuation from Android key codes. */
export function keyCodeChar(code: number): string | null {
  if (code >= 29 && code <= 54) return String.fromCharCode(97 + code - 29);
  if (code >= 7 && code <= 16) return String(code - 7);
  const map: Record<number, string> = { 62: ' ', 55: ',', 56: '.', 69: '-', 70: '=', 76: '/', 77: '@', 81: '+' };
  return map[code] ?? null;
}
