/**
 * Telling static labels (titles, button captions, tab names) from dynamic
 * text (times, dates, counts, prices, user content). Screen identity keeps
 * only the static part, so the same screen with other content keeps its key.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?';

/** Clock times and dates: their numbers say when, so another number is another time. */
const TIME_AND_DATE_PATTERNS: RegExp[] = [
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?/i, // clock times
  /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/, // numeric dates
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}(?:\\s|$)`, 'i'), // "Aug 11", "11 Aug"
  new RegExp(`^${WEEKDAY}(?:,|$)`, 'i'), // "Monday", "Tue, ..."
];

/** Patterns whose presence makes a whole label dynamic: no static remainder is worth keeping. */
const DYNAMIC_PATTERNS: RegExp[] = [
  ...TIME_AND_DATE_PATTERNS,
  /\b(?:ago|yesterday|tomorrow|just now)\b/i, // relative times
  /[$€£¥₹]\s?\d|\d\s?(?:usd|eur|gbp)\b/i, // prices
  /\d\s?%/, // percentages
  /\S+@\S+\.\S+|https?:\/\/|\bwww\./i, // e-mail addresses, URLs
  /\d{3,}[\s-]?\d{3,}/, // phone numbers and long ids
];

/** Longer than this, a label is body text or user content, not a static caption. */
const MAX_STATIC_LENGTH = 48;
const MAX_STATIC_WORDS = 8;

export function isDynamicText(text: string): boolean {
  return DYNAMIC_PATTERNS.some((p) => p.test(text));
}

/** The text holds a clock time or a date ("06:45", "Tuesday, June 3", "2025-06-03"). */
export function isDateOrTime(text: string): boolean {
  return TIME_AND_DATE_PATTERNS.some((p) => p.test(text));
}

/**
 * The static part of a label, or '' when the label is dynamic or content.
 * Digits are removed (counters such as "Inbox (3)" keep "Inbox"), brackets
 * left empty by that are dropped, whitespace collapsed, case kept.
 */
export function staticLabel(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed === '' || collapsed.length > MAX_STATIC_LENGTH * 2) return '';
  if (isDynamicText(collapsed)) return '';
  const withoutDigits = collapsed
    .replace(/\d+(?:[.,]\d+)*/g, '')
    .replace(/[([{]\s*[)\]}]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:·•|,.]+|[\s\-–—:·•|,]+$/g, '');
  if (!/\p{L}/u.test(withoutDigits)) return '';
  if (withoutDigits.length > MAX_STATIC_LENGTH || withoutDigits.split(' ').length > MAX_STATIC_WORDS) return '';
  return withoutDigits;
}
