/**
 * Facts as values of a kind (money, a time, a date, a phone number, an
 * e-mail address, a number, plain text): the kind of a value a model wrote
 * down, the values of that kind inside a longer text ("Registration fee: $65
 * for the marathon, $45 for the half"), and a normal form to compare them by
 * ("Jul 3" and "July 3" are one date; "+1 415-555-0173, Mobile" holds one
 * phone number). General shapes only: nothing here knows an app.
 */

export type FactKind = 'money' | 'time' | 'date' | 'phone' | 'email' | 'number' | 'text';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** One pattern per kind, most specific first (a phone number is also digits, a time also a number). */
const SHAPES: Array<[FactKind, RegExp]> = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['money', /(?:[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:€|USD|EUR|GBP)\b)/g],
  ['phone', /\+?\(?\d[\d ().-]{6,}\d/g],
  [
    'date',
    new RegExp(
      `\\b(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?)\\b`,
      'gi',
    ),
  ],
  ['time', /\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\.?(?![a-z])/gi],
  ['number', /\d[\d,]*(?:\.\d+)?/g],
];

const whole = (kind: FactKind, value: string): boolean => {
  const re = SHAPES.find(([k]) => k === kind)![1];
  const m = value.trim().match(new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')));
  return m !== null;
};

/** The kind of a value as written ("$44.99" money, "July 3" date, "+1 415-555-0173" phone, "Maple Labs" text). */
export function factKindOf(value: string): FactKind {
  for (const [kind] of SHAPES) if (whole(kind, value)) return kind;
  return 'text';
}

export interface FactSpan {
  value: string;
  /** Position in the text, for telling which of several it was. */
  at: number;
}

/** The values of `kind` inside `text`, in order (a text fact is the whole text). */
export function factSpans(text: string, kind: FactKind): FactSpan[] {
  if (kind === 'text') return text.trim() ? [{ value: text.trim(), at: 0 }] : [];
  const taken: Array<[number, number]> = [];
  const spans: FactSpan[] = [];
  // More specific kinds claim their spans first, so a phone number is not also read as a number.
  for (const [k, re] of SHAPES) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const from = m.index!;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && a < to)) continue;
      taken.push([from, to]);
      if (k === kind) spans.push({ value: m[0].trim(), at: from });
    }
    if (k === kind) break;
  }
  return spans.sort((a, b) => a.at - b.at);
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.toLowerCase().slice(0, 3));
}

/** A normal form to compare two values of a kind by. */
export function normaliseFact(value: string, kind: FactKind = factKindOf(value)): string {
  const v = value.trim();
  switch (kind) {
    case 'money':
    case 'number':
      return String(Number(v.replace(/[^\d.]/g, '')));
    case 'phone':
      return v.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
    case 'email':
      return v.toLowerCase();
    case 'time': {
      const m = /(\d{1,2})(?::(\d{2}))?\s*([ap])?/i.exec(v);
      if (!m) return v.toLowerCase();
      let h = Number(m[1]);
      const half = m[3]?.toLowerCase();
      if (half === 'p' && h < 12) h += 12;
      if (half === 'a' && h === 12) h = 0;
      return `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
    }
    case 'date': {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (iso) return `${iso[2]}-${iso[3]}`;
      const words = v.replace(/[,.]/g, ' ').split(/\s+/);
      const month = words.map(monthIndex).find((i) => i >= 0) ?? -1;
      const day = words.map((w) => parseInt(w, 10)).find((n) => n >= 1 && n <= 31);
      return month >= 0 && day !== undefined
        ? `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : v.toLowerCase();
    }
    default:
      return v.replace(/\s+/g, ' ').toLowerCase();
  }
}

/** Whether two written values are the same fact ("Jul 3" and "July 3"). */
export function sameFact(a: string, b: string): boolean {
  const kind = factKindOf(a);
  return normaliseFact(a, kind) === normaliseFact(b, kind);
}
