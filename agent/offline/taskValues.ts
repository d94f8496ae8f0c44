/**
 * The values a clause carries, read from its text with plain patterns: quoted
 * strings, emails, phone numbers, a time, a date, proper names, and the roles
 * words give them ("titled X", "subject X", "saying X", "works at X"). Forms
 * are filled from these; no model, no knowledge of any app.
 */
import { ACTION_VERBS } from './words.ts';

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface DayOfYear {
  /** 1-12 */
  month: number;
  day: number;
}

export interface ClauseValues {
  quoted: string[];
  emails: string[];
  phones: string[];
  time?: ClockTime;
  date?: DayOfYear;
  /** Proper-noun phrases ("Lena Hoffmann", "Catan"), app names, months and weekdays left out. */
  names: string[];
  title?: string;
  subject?: string;
  body?: string;
  label?: string;
  company?: string;
  /** A new name for something renamed ("rename X to Y"). */
  newName?: string;
  allDay: boolean;
  /** Weekdays an alarm repeats on, Sunday = 0. */
  days: number[];
  /** Calculator keys for an arithmetic expression in the text ("128*37="). */
  expression?: string;
}

export const MONTHS = [
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
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NOT_NAMES = new Set(
  "i i'm my me the a an this that what what's where when which who how please ok only dinner".split(' ').concat(
    WEEKDAYS,
    WEEKDAYS.map((d) => d + 's'),
    MONTHS,
  ),
);

/** Imperative verbs that start a sentence capitalised but name nothing. */
const LEADING_VERBS = new Set(
  'save star pin cancel block rename order forward put take make ask use delete look find add pair update work switch'.split(
    ' ',
  ),
);

const QUOTE = /["“”]([^"“”]+)["“”]/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]*\w/g;
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;

export function quotedStrings(text: string): string[] {
  return [...text.matchAll(QUOTE)]
    .map((m) => m[1]!.trim().replace(/[.,;:!]$/, (c) => (c === '?' ? c : '')))
    .filter(Boolean);
}

export function readTime(text: string): ClockTime | undefined {
  const m = text.match(/\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\W|$)/gi);
  if (!m) return undefined;
  for (const raw of m) {
    const r = raw.match(/(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/i)!;
    // A bare number is a time only with am/pm ("at 7 pm"); "5 minutes" is not.
    if (r[2] === undefined && r[3] === undefined) continue;
    let hour = Number(r[1]);
    const minute = Number(r[2] ?? 0);
    if (hour > 23 || minute > 59) continue;
    const mer = r[3]?.toLowerCase().replace(/\./g, '');
    if (mer === 'pm' && hour < 12) hour += 12;
    if (mer === 'am' && hour === 12) hour = 0;
    if (!mer && /\b(evening|afternoon|tonight)\b/i.test(text) && hour < 12) hour += 12;
    return { hour, minute };
  }
  return undefined;
}

export function readDate(text: string): DayOfYear | undefined {
  const lower = text.toLowerCase();
  const re = new RegExp(
    `\\b(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?\\s+(\\d{1,2})(?!\\d|:)`,
    'i',
  );
  const m = lower.match(re);
  if (m) {
    const month = MONTHS.findIndex((x) => x.startsWith(m[1]!.slice(0, 3))) + 1;
    return { month, day: Number(m[2]) };
  }
  const r = lower.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS.join('|')})\\b`));
  if (r) return { month: MONTHS.indexOf(r[2]!) + 1, day: Number(r[1]) };
  return undefined;
}

/** Capitalised word runs that are not sentence-initial verbs, app names, months or weekdays. */
export function properNames(text: string, appLabels: string[]): string[] {
  const unquoted = text.replace(QUOTE, ' , ');
  const apps = new Set(appLabels.map((a) => a.toLowerCase()));
  const out: string[] = [];
  const words = unquoted.split(/\s+/);
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) {
      const phrase = run.join(' ');
      if (!apps.has(phrase.toLowerCase()) && !out.includes(phrase)) out.push(phrase);
    }
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const clean = raw.replace(/^[("'“]+|[)"'”.,;:!?]+$/g, '').replace(/['’]s$/, '');
    const endsPhrase = /[,;:.!?)]$/.test(raw) || /['’]s[,.;:!?]?$/.test(raw);
    const isCap = /^[A-Z][\p{L}\d&-]*$/u.test(clean) || /^[A-Z]{2,}\d*$/.test(clean);
    const lower = clean.toLowerCase();
    const sentenceStart = i === 0 || /[.!?:]$/.test(words[i - 1] ?? '');
    const ignorable =
      NOT_NAMES.has(lower) ||
      apps.has(lower) ||
      (sentenceStart && (ACTION_VERBS.has(lower) || LEADING_VERBS.has(lower)));
    if (isCap && !ignorable) run.push(clean);
    else flush();
    if (endsPhrase) flush();
  }
  flush();
  return out;
}

function after(text: string, re: RegExp): string | undefined {
  const m = text.match(re);
  return m?.[1]?.trim().replace(/[.!]+$/, '');
}

/** "128 times 37", "18% of a $64.50 bill", "$186.40 split between 4": the keys to press, "=" last. */
export function readExpression(text: string): string | undefined {
  const num = String.raw`\$?(\d[\d,]*(?:\.\d+)?)`;
  const clean = (s: string) => String(Number(s.replace(/,/g, '')));
  const ops: Array<[RegExp, (a: string, b: string) => string]> = [
    [new RegExp(`${num}\\s*%\\s*of\\s+(?:an?\\s+|the\\s+)?${num}`, 'i'), (a, b) => `${clean(b)}*${clean(a)}/100`],
    [new RegExp(`${num}\\s*(?:times|multiplied by|x|×|\\*)\\s*${num}`, 'i'), (a, b) => `${clean(a)}*${clean(b)}`],
    [new RegExp(`${num}\\s*(?:divided by|over|/|÷)\\s*${num}`, 'i'), (a, b) => `${clean(a)}/${clean(b)}`],
    [
      new RegExp(`${num}\\s*(?:split|shared|divided)\\s+(?:\\w+\\s+){0,2}?(?:between|among|by|into)\\s+${num}`, 'i'),
      (a, b) => `${clean(a)}/${clean(b)}`,
    ],
    [new RegExp(`${num}\\s*(?:plus|\\+)\\s*${num}`, 'i'), (a, b) => `${clean(a)}+${clean(b)}`],
    [new RegExp(`${num}\\s+(?:minus|-|−)\\s+${num}`, 'i'), (a, b) => `${clean(a)}-${clean(b)}`],
  ];
  for (const [re, f] of ops) {
    const m = text.match(re);
    if (m) return `${f(m[1]!, m[2]!)}=`;
  }
  return undefined;
}

export function readValues(text: string, appLabels: string[]): ClauseValues {
  const quoted = quotedStrings(text);
  const emails = [...text.matchAll(EMAIL)].map((m) => m[0]);
  const noEmail = text.replace(EMAIL, ' ');
  const phones = [...noEmail.matchAll(PHONE)].map((m) => m[0].trim()).filter((p) => p.replace(/\D/g, '').length >= 7);
  const time = readTime(noEmail.replace(PHONE, ' '));
  const date = readDate(text);
  const names = properNames(text, appLabels);
  const q = String.raw`["“]([^"”]+)["”]`;
  const title =
    after(text, new RegExp(String.raw`\b(?:called|titled|named|title)\s+${q}`, 'i')) ??
    after(text, /\b(?:called|titled|named)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/);
  const subject =
    after(text, new RegExp(String.raw`\bsubject(?:\s+line)?\s*:?\s*${q}`, 'i')) ??
    after(text, /\bsubject(?:\s+line)?\s*:?\s+([^,.;]+)/i);
  const label =
    after(text, new RegExp(String.raw`\blabell?ed\s+${q}`, 'i')) ??
    after(text, /\blabell?ed\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/);
  const company = after(text, /\bworks?\s+(?:at|for)\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)/);
  const body =
    after(text, new RegExp(String.raw`\b(?:asking|saying|says|reading|message)\s+${q}`, 'i')) ??
    after(text, /\bwith\s*:\s*(.+)$/i) ??
    after(text, /\b(?:saying|that says|asking)\s+(.+)$/i) ??
    after(text, /\b(?:tell|telling|let)\s+(?:him|her|them)\s+(?:know\s+)?(?:that\s+)?(.+)$/i) ??
    after(text, /\b(?:reply|text|message|email|write)\b.*?\bthat\s+(.+)$/i);
  const rename = text.match(new RegExp(String.raw`\brename\b.*?\bto\s+${q}`, 'i'));
  const allDay = /\ball[- ]day\b/i.test(text);
  const days = /\b(monday to friday|mon(?:day)?\s*[-–]\s*fri(?:day)?|weekdays|every weekday|workdays)\b/i.test(text)
    ? [1, 2, 3, 4, 5]
    : [];
  const expression = readExpression(noEmail.replace(PHONE, (p) => (p.replace(/\D/g, '').length >= 7 ? ' ' : p)));
  return {
    quoted,
    emails,
    phones,
    ...(time ? { time } : {}),
    ...(date ? { date } : {}),
    names,
    ...(title ? { title } : {}),
    ...(subject ? { subject } : {}),
    ...(body ? { body } : {}),
    ...(label ? { label } : {}),
    ...(company ? { company } : {}),
    ...(rename?.[1] ? { newName: rename[1] } : {}),
    allDay,
    days,
    ...(expression ? { expression } : {}),
  };
}
