/**
 * Calendar dates written in an answer: "June 12", "Jun 12th, 2025",
 * "Thursday, June 12", "12 June", "the 12th of June", "2025-06-12". Numeric
 * forms such as "6/12" are not read: they mean different days in different
 * countries. English month names only. (The agent has its own date reader;
 * the evaluation deliberately shares no parsing code with the agent.)
 */
import type { TextSpan } from './textSpans.ts';

export interface DateInText extends TextSpan {
  month: number;
  day: number;
  /** Null when the answer gives no year. */
  year: number | null;
  text: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')}|sept|${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4})(?!\\d))?';
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL}(?![\\d:])\\b${YEAR}`, 'gi');
const DAY_MONTH = new RegExp(`(?<![\\d:.])(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\b\\.?${YEAR}`, 'gi');

function monthNumber(name: string): number {
  const low = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(low.slice(0, 3))) + 1;
}

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function readDates(text: string): DateInText[] {
  const out: DateInText[] = [];
  const add = (month: number, day: number, year: string | undefined, m: RegExpMatchArray): void => {
    if (!valid(month, day)) return;
    if (out.some((d) => m.index! < d.index + d.length && d.index < m.index! + m[0].length)) return;
    out.push({ month, day, year: year ? Number(year) : null, text: m[0], index: m.index!, length: m[0].length });
  };
  for (const m of text.matchAll(ISO)) add(Number(m[2]), Number(m[3]), m[1], m);
  for (const m of text.matchAll(MONTH_DAY)) add(monthNumber(m[1]!), Number(m[2]), m[3], m);
  for (const m of text.matchAll(DAY_MONTH)) add(monthNumber(m[2]!), Number(m[1]), m[3], m);
  return out.sort((a, b) => a.index - b.index);
}

/** "YYYY-MM-DD" → the date; null when it is not one. */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(month, day) ? { year, month, day } : null;
}

/** The same day: month and day equal, and the years too when both are known. */
export function sameDay(
  a: { month: number; day: number; year: number | null },
  b: { month: number; day: number; year: number | null },
): boolean {
  return a.month === b.month && a.day === b.day && (a.year === null || b.year === null || a.year === b.year);
}
