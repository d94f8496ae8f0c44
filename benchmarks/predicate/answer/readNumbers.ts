/**
 * Numbers written in an answer, with what they carry: a currency mark
 * ("$1,234.50", "1.234,50 €", "EUR 12"), a size unit ("818 kB", "4.8 MB"),
 * a percent sign, a scale word ("1.1 million"). Spans already read as times
 * or dates are skipped, and so are digits glued to letters ("TP1235",
 * "v1.4"): they are names, not quantities.
 *
 * Separators: "1,234.50" and "1.234,50" both read 1234.5 (when both marks
 * appear, the last one is the decimal mark); a mark that appears twice or
 * more groups thousands ("1.234.567"); a single comma before exactly three
 * digits groups ("717,710"), a single point is a decimal point ("1.234" is
 * 1.234); otherwise a single mark is decimal ("12,5" is 12.5). An
 * apostrophe or a (narrow) no-break space groups thousands; a plain space
 * does not ("1 234" is two numbers).
 */
import { inSpans, type TextSpan } from './textSpans.ts';

/** Size units and their bytes: Android shows sizes in SI units (1 kB = 1000 bytes). */
export const SIZE_UNITS: Readonly<Record<string, number>> = {
  B: 1,
  byte: 1,
  bytes: 1,
  kB: 1e3,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  TiB: 1024 ** 4,
};

export interface NumberInText extends TextSpan {
  value: number;
  text: string;
  /** A size unit written with it (a key of SIZE_UNITS), or null. */
  sizeUnit: string | null;
  currency: boolean;
  percent: boolean;
  /** Written as a plain whole number of four digits from 1900 to 2099 ("2024"): most likely a year. */
  yearLike: boolean;
}

/** "1.1 million": the word scales the number. */
const SCALE: Readonly<Record<string, number>> = { '': 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY = String.raw`[$€£¥₹]|USD|EUR|GBP|CHF|JPY`;
const SIZE = Object.keys(SIZE_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,'’])(?:(?<pre>${CURRENCY})\s?)?(?<sign>[-−])?` +
    String.raw`(?<num>\d{1,3}(?:[,.'’\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)` +
    String.raw`(?:\s(?<scale>[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)\b)?` +
    String.raw`(?:\s?(?:(?<post>${CURRENCY})|(?<size>${SIZE})(?![\p{L}\p{N}])|(?<pct>%)))?(?![\p{L}\p{N}])`,
  'gu',
);

/** The value of a digit string with separators, by the rules in the header. */
export function numberValue(raw: string): number {
  const s = raw.replace(/['’\u00a0\u202f]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastPoint = s.lastIndexOf('.');
  let decimal: ',' | '.' | null = null;
  if (lastComma >= 0 && lastPoint >= 0) decimal = lastComma > lastPoint ? ',' : '.';
  else if (lastComma >= 0 || lastPoint >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const count = s.split(mark).length - 1;
    const after = s.length - s.lastIndexOf(mark) - 1;
    decimal = count > 1 ? null : mark === ',' && after === 3 ? null : mark;
  }
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : /[.,]/;
  const whole = s.split(group).join('');
  return Number(decimal === ',' ? whole.replace(',', '.') : whole);
}

export function readNumbers(text: string, skip: readonly TextSpan[] = []): NumberInText[] {
  const out: NumberInText[] = [];
  for (const m of text.matchAll(NUMBER)) {
    if (inSpans(m.index, m[0].length, skip)) continue;
    const g = m.groups as Record<string, string | undefined>;
    const num = g['num']!;
    const value = numberValue(num) * (g['sign'] ? -1 : 1) * (SCALE[g['scale']?.toLowerCase() ?? ''] ?? 1);
    const currency = g['pre'] !== undefined || g['post'] !== undefined;
    const sizeUnit = g['size'] ?? null;
    const percent = g['pct'] !== undefined;
    out.push({
      value,
      text: m[0].trim(),
      index: m.index,
      length: m[0].length,
      sizeUnit,
      currency,
      percent,
      yearLike: /^\d{4}$/.test(num) && value >= 1900 && value <= 2099 && !currency && !sizeUnit && !percent,
    });
  }
  return out;
}
