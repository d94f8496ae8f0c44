/**
 * How wide a label is in DejaVu Sans, the first font the FSM view asks for
 * (the `dejavu-fonts-ttf` package, already a dependency for rendering): the
 * layout sizes every state's box from its text before any browser sees it,
 * so boxes fit their labels and never overlap. Advance widths are read from
 * the font file itself (its cmap and hmtx tables), once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Metrics {
  /** Advance per code point, in em. */
  advance: Map<number, number>;
  /** For characters the font lacks: a wide fallback (the browser will use another font). */
  fallback: number;
}

let metrics: Metrics | undefined;

function fontFile(): string {
  const require = createRequire(import.meta.url);
  // The package has no main entry: find it from its package.json.
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
}

function readMetrics(): Metrics {
  const font = readFileSync(fontFile());
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(font.toString('ascii', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`DejaVuSans.ttf has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const longMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (glyph: number): number =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, longMetrics - 1)) / unitsPerEm;
  // cmap: the Windows Unicode BMP subtable (platform 3, encoding 1), format 4.
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1) sub = cmap + font.readUInt32BE(at + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error('DejaVuSans.ttf has no format-4 Unicode cmap');
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  const advance = new Map<number, number>();
  for (let s = 0; s < segments; s++) {
    const start = font.readUInt16BE(starts + 2 * s);
    const end = font.readUInt16BE(ends + 2 * s);
    const delta = font.readInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(offsets + 2 * s);
    // Latin, punctuation and symbols a label may carry; the rest falls back.
    for (let c = start; c <= Math.min(end, 0x2fff); c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = font.readUInt16BE(offsets + 2 * s + rangeOffset + 2 * (c - start));
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) advance.set(c, glyphAdvance(glyph));
    }
  }
  return { advance, fallback: 1 };
}

/** Width of `text` in px at `fontSize` px in DejaVu Sans. */
export function textWidth(text: string, fontSize: number): number {
  metrics ??= readMetrics();
  let em = 0;
  for (const ch of text) em += metrics.advance.get(ch.codePointAt(0)!) ?? metrics.fallback;
  return em * fontSize;
}
