/**
 * The visible text of a screen from its page source: every `text` and
 * `content-desc` attribute, one per line, in document order. SPA-Bench runs
 * OCR on screenshots; we read the hierarchy instead, which is exact.
 */

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITY[e] ?? _;
  });
}

export function screenTextFromPageSource(xml: string): string {
  const out: string[] = [];
  for (const m of xml.matchAll(/\s(?:text|content-desc)="([^"]*)"/g)) {
    const v = decode(m[1] as string).trim();
    if (v) out.push(v);
  }
  return out.join('\n');
}
