/**
 * Element signatures: what stays the same when the same screen is observed
 * again with other content. Class and resource-id are structural; of the
 * label we keep only its static part, normalising away what changes between
 * visits (numbers, times, dates, prices, counts) and dropping long user
 * content (a tweet, a message body) altogether.
 */

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAYS =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';

const TIME: [RegExp, string] = [/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/gi, '<time>'];
// 2024-05-01, 1/5/2024, 01.05.24.
const NUMERIC_DATE: [RegExp, string] = [
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g,
  '<date>',
];
// "Thu, Aug 21", "21 August 2025", "Aug 21".
const NAMED_DATE: [RegExp, string] = [
  new RegExp(
    `\\b(?:${DAYS},?\\s+)?(?:${MONTHS}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\.?(?:,?\\s+\\d{4})?)\\b`,
    'gi',
  ),
  '<date>',
];
const DAY: [RegExp, string] = [new RegExp(`\\b${DAYS}\\b`, 'gi'), '<day>'];
// 5m, 2h, 3 days ago; yesterday, just now.
const RELATIVE: [RegExp, string] = [
  /(?<![\d.,])\b\d+\s*(?:s|sec|secs|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr)\b(?:\s+ago)?|\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/gi,
  '<when>',
];
const RELATIVE_WORDS: [RegExp, string] = [/\b(?:yesterday|today|tomorrow|just now)\b/gi, '<when>'];
// $12.99, 12,99 €, ¥300, USD 5.
const PRICE: [RegExp, string] = [
  /(?:[$€£¥₹]|\b(?:usd|eur|gbp|rs\.?|inr|cny|rmb)\s?)\s?\d[\d,. ]*\d?|\d[\d,. ]*\s?(?:[$€£¥₹]|\b(?:usd|eur|gbp)\b)/gi,
  '<price>',
];
// Counts and other free-standing numbers: 12, 1,024, 4.5, 106K, 100%. Not digits inside words (5G, Deco_AD42).
const NUMBER: [RegExp, string] = [/(?<![\p{L}\d])[+-]?\d+(?:[.,]\d+)*[kmb]?%?(?![\p{L}\d])/giu, '#'];

/** Order matters: the specific shapes before the catch-all number rule. */
const RULES = [TIME, NUMERIC_DATE, NAMED_DATE, DAY, RELATIVE, RELATIVE_WORDS, PRICE, NUMBER];
/** Labels without a digit only need the rules made of words. */
const WORD_RULES = [DAY, RELATIVE_WORDS];

/** Longer than this (or more words than LONG_WORDS) is treated as user content, not a static label. */
const LONG_CHARS = 48;
const LONG_WORDS = 8;

const memo = new Map<string, string>();

export function staticLabel(label: string): string {
  if (label === '') return '';
  let hit = memo.get(label);
  if (hit === undefined) {
    hit = computeStaticLabel(label);
    // Bounded: labels repeat across observations of the same app, but user content is endless.
    if (memo.size > 20_000) memo.clear();
    memo.set(label, hit);
  }
  return hit;
}

function computeStaticLabel(label: string): string {
  let s = label.replace(/\s+/g, ' ').trim();
  if (s === '') return '';
  if (s.length > LONG_CHARS || wordCount(s) > LONG_WORDS) return '<content>';
  // Most rules need a digit; labels without one only go through the word rules.
  const rules = /\d/.test(s) ? RULES : WORD_RULES;
  for (const [pattern, replacement] of rules) s = s.replace(pattern, replacement);
  return s;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

export function elementSignature(className: string, resourceId: string, label: string): string {
  return `${className}|${resourceId}|${staticLabel(label)}`;
}
