/**
 * Element signatures: what stays the same when the same screen is observed
 * again with other content. Class and resource-id are structural; of the
 * label we keep only its static part, normalising away what changes between
 * visits (numbers, times, dates, prices, counts) and dropping long user
 * content (a tweet, a message body) altogether.
 */

const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAYS = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';

const RULES: Array<[RegExp, string]> = [
  // Times: 3:17, 03:17:05, 3:17 PM, 15h30.
  [/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/gi, '<time>'],
  // Dates: 2024-05-01, 1/5/2024, 01.05.24.
  [/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/g, '<date>'],
  // "Thu, Aug 21", "21 August 2025", "Aug 21".
  [new RegExp(`\\b(?:${DAYS},?\\s+)?(?:${MONTHS}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\.?(?:,?\\s+\\d{4})?)\\b`, 'gi'), '<date>'],
  [new RegExp(`\\b${DAYS}\\b`, 'gi'), '<day>'],
  // Relative times: 5m, 2h, 3 days ago, yesterday.
  [/\b\d+\s*(?:s|sec|secs|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr)\b(?:\s+ago)?|\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b|\b(?:yesterday|today|tomorrow|just now)\b/gi, '<when>'],
  // Prices: $12.99, 12,99 €, ¥300, USD 5.
  [/(?:[$€£¥₹]|\b(?:usd|eur|gbp|rs\.?|inr|cny|rmb)\s?)\s?\d[\d,. ]*\d?|\d[\d,. ]*\s?(?:[$€£¥₹]|\b(?:usd|eur|gbp)\b)/gi, '<price>'],
  // Counts and other numbers: 12, 1,024, 4.5, 106K, 2.3M, 100%.
  [/(?<![\p{L}\d])[+-]?\d+(?:[.,]\d+)*[kmb]?%?(?![\p{L}\d])/giu, '#'],
];

/** Longer than this (or more words than LONG_WORDS) is treated as user content, not a static label. */
const LONG_CHARS = 48;
const LONG_WORDS = 8;

export function staticLabel(label: string): string {
  let s = label.replace(/\s+/g, ' ').trim();
  if (s === '') return '';
  if (s.length > LONG_CHARS || s.split(' ').length > LONG_WORDS) return '<content>';
  for (const [pattern, replacement] of RULES) s = s.replace(pattern, replacement);
  return s;
}

export function elementSignature(className: string, resourceId: string, label: string): string {
  return `${className}|${resourceId}|${staticLabel(label)}`;
}
