/**
 * Strict answer checks (docs/benchmarks.md, "Answer checks"): the value of
 * the asked kind is read out of the answer; the answer passes when it holds
 * the expected value and no other of that kind, and is at most 200
 * characters long. The readers behind them: numbers (currency, separators,
 * units), clock times, dates, normalised names.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluatePredicate,
  parsePredicate,
  PredicateError,
  readDates,
  readNumbers,
  readTimes,
  type Json,
  type Predicate,
} from '../../../benchmarks/predicate/index.ts';

const doc: Json = {
  shop: { products: [{ name: 'Catan' }, { name: 'Azul' }, { name: 'Ticket to Ride' }] },
};
const check = (answer: Record<string, unknown>, text: string | null) =>
  evaluatePredicate({ answer } as Predicate, doc, { answer: text }).evidence[0]!;
const passes = (answer: Record<string, unknown>, text: string | null): boolean => check(answer, text).pass;

describe('reading values out of an answer', () => {
  it('numbers with currency marks, thousands separators and decimal commas', () => {
    const values = (t: string) => readNumbers(t).map((n) => n.value);
    expect(values('It costs $1,234.50.')).toEqual([1234.5]);
    expect(values('Es kostet 1.234,50 €')).toEqual([1234.5]);
    expect(values('1,234,567 people and 1.234.567 more')).toEqual([1234567, 1234567]);
    expect(values('717,710 and 12,5 and 4.8 and 1.234')).toEqual([717710, 12.5, 4.8, 1.234]);
    expect(values("CHF 1'250 or 1\u202f250,75")).toEqual([1250, 1250.75]);
    expect(values('−5 and -3')).toEqual([-5, -3]);
    expect(values('1.1 million and 3 Thousand')).toEqual([1_100_000, 3000]);
    // Digits glued to letters are names, not quantities.
    expect(values('Flight TP1235, gate A4, v1.4')).toEqual([]);
    expect(readNumbers('818 kB, 4.8 MB, 18%, USD 12')).toMatchObject([
      { value: 818, sizeUnit: 'kB' },
      { value: 4.8, sizeUnit: 'MB' },
      { value: 18, percent: true },
      { value: 12, currency: true },
    ]);
  });

  it('clock times in 24-hour and 12-hour forms', () => {
    const minutes = (t: string) => readTimes(t).map((x) => x.minutes);
    expect(minutes('at 21:00')).toEqual([1260]);
    expect(minutes('9:00 am, 9pm, 9 p.m., 12:30 AM, 12 pm')).toEqual([540, 1260, 1260, 30, 720]);
    expect(minutes('noon or midnight')).toEqual([720, 0]);
    expect(minutes('open 10:00–21:00')).toEqual([600, 1260]);
    expect(minutes('room 9, 25:00, 21.00')).toEqual([]);
  });

  it('dates with month names or ISO, not ambiguous numeric ones', () => {
    const days = (t: string) => readDates(t).map((d) => [d.year, d.month, d.day]);
    expect(days('Thursday, June 12th at 9')).toEqual([[null, 6, 12]]);
    expect(days('12 June 2025; the 3rd of Sept; Jun. 1; 2025-06-14')).toEqual([
      [2025, 6, 12],
      [null, 9, 3],
      [null, 6, 1],
      [2025, 6, 14],
    ]);
    expect(days('6/12 or 12.06.')).toEqual([]);
  });
});

describe('number', () => {
  it('passes a correct short answer in natural forms', () => {
    for (const a of ["It's $39.99.", '39.99', 'Catan is $39.99 (USD)', 'USD 39.99', '39,99 €'])
      expect(passes({ number: 39.99, tolerance: 0.005 }, a), a).toBe(true);
  });

  it('no longer matches any number in the answer: another value of the kind fails', () => {
    const r = check({ number: 39.99 }, 'Catan costs $39.99 and Azul $29.99');
    expect(r.pass).toBe(false);
    expect(r.detail).toBe('besides the expected one, the answer names the number(s) $29.99: one number was asked');
    expect(passes({ number: 39.99 }, 'Either $49.99 or $39.99')).toBe(false);
    expect(passes({ number: 39.99 }, '$40')).toBe(false);
    expect(check({ number: 7 }, 'no digits').detail).toBe('no number in the answer');
  });

  it('sets aside the working before "=", years, and the ignored values of the question', () => {
    expect(passes({ number: 25800 }, '$2,150 × 12 = $25,800 per year.')).toBe(true);
    expect(passes({ number: 25800 }, '12 months at $2,150 is $25,800')).toBe(false);
    expect(passes({ number: 717710 }, 'Oslo has 717,710 inhabitants (2024).')).toBe(true);
    expect(passes({ number: 2024 }, 'In 2024, not 2023.')).toBe(false);
    const r = check({ number: 11.61, tolerance: 0.005, ignore: [18, 64.5] }, '18% of $64.50 is $11.61.');
    expect(r).toMatchObject({ pass: true, detail: 'read $11.61; set aside 18% (ignored), $64.50 (ignored)' });
  });

  it('with a size unit: only sizes count, converted (SI units, as Android shows them)', () => {
    const size = { number: 818, unit: 'kB', tolerance: 0.5 };
    for (const a of ['818 kB', 'It is 818 KB.', 'About 0.818 MB', '818,180 bytes'])
      expect(passes(size, a), a).toBe(true);
    expect(passes(size, '818')).toBe(false);
    expect(passes(size, 'Lease agreement.pdf 818 kB; Budget 2025.xlsx 34 kB')).toBe(false);
    expect(passes(size, 'Lease agreement.pdf, 3 pages, 818 kB')).toBe(true);
  });
});

describe('time and date', () => {
  it('one clock time, in any common form', () => {
    for (const a of ['21:00', 'until 9 pm', 'It closes at 9:00 PM.'])
      expect(passes({ time: '21:00' }, a), a).toBe(true);
    expect(passes({ time: '21:00' }, 'Mon 18:00, Thu 21:00')).toBe(false);
    expect(passes({ time: '21:00', ignore: ['10:00'] }, 'Thursdays 10:00–21:00')).toBe(true);
    expect(passes({ time: '21:00', ignore: ['10:00'] }, '10:00–21:00, other days 10:00–18:00')).toBe(false);
  });

  it('one date; the year only counts when the answer gives one', () => {
    for (const a of ['June 12', 'Thu, Jun 12th 2025', 'on 12 June'])
      expect(passes({ date: '2025-06-12' }, a), a).toBe(true);
    expect(passes({ date: '2025-06-12' }, 'June 12, 2024')).toBe(false);
    expect(passes({ date: '2025-06-12' }, 'June 12 or June 13')).toBe(false);
  });
});

describe('text and items', () => {
  it('names the value as whole words, whatever the case, accents or punctuation', () => {
    expect(passes({ text: 'Ticket to Ride' }, 'ticket-to-ride!')).toBe(true);
    expect(passes({ text: 'Zoe' }, "At Zoë's place")).toBe(true);
    expect(passes({ text: 'Poor' }, 'Poorly connected')).toBe(false);
  });

  it('fails when it also names another value of the kind, listed or read from the ground truth', () => {
    const others = { path: 'shop.products[*].name' };
    expect(passes({ text: 'Catan', others }, 'Catan is the cheapest.')).toBe(true);
    const r = check({ text: 'Catan', others }, 'Catan or Azul');
    expect(r).toMatchObject({ pass: false, detail: 'the answer also names Azul: one value of this kind was asked' });
    expect(passes({ text: 'Catan', others: ['Azul'] }, 'Catan, then Azul')).toBe(false);
  });

  it('items: every one, each by any of its spellings', () => {
    const items = { items: ['HomeNet', ['Poor', 'weak']] };
    expect(passes(items, 'HomeNet; the signal is weak')).toBe(true);
    expect(check(items, 'HomeNet').detail).toBe('the answer does not name Poor / weak');
  });
});

describe('every form', () => {
  it('fails an answer over 200 characters (or the maxLength given), and no answer', () => {
    const long = `The answer is 42. ${'x'.repeat(190)}`;
    expect(long.length).toBeGreaterThan(200);
    expect(check({ number: 42 }, long)).toMatchObject({
      pass: false,
      detail: `too long: ${long.length} characters (at most 200); a listing or a dump is not an answer`,
    });
    expect(passes({ contains: '42' }, long)).toBe(false);
    expect(passes({ number: 42, maxLength: 300 }, long)).toBe(true);
    expect(check({ text: 'x' }, null).detail).toBe('no answer');
  });

  it('loose forms of older task files still read: contains and matches', () => {
    expect(passes({ contains: ['catan', '39.99'] }, 'Catan: $39.99')).toBe(true);
    expect(passes({ matches: '^\\d{2}:\\d{2}$' }, '07:30')).toBe(true);
    expect(passes({ matches: '^catan', caseSensitive: false }, 'Catan')).toBe(true);
  });

  it('errors name the bad key and what to write', () => {
    const bad = (answer: unknown): PredicateError => {
      try {
        parsePredicate({ all: [{ answer }] });
      } catch (e) {
        return e as PredicateError;
      }
      throw new Error('expected a PredicateError');
    };
    expect(bad({ time: '9pm' })).toMatchObject({ at: 'all[0].answer.time' });
    expect(bad({ time: '9pm' }).message).toMatch(/"HH:MM" on a 24-hour clock/);
    expect(bad({ date: '12 June' }).message).toMatch(/"YYYY-MM-DD"/);
    expect(bad({ number: 1, unit: 'parsecs' }).at).toBe('all[0].answer.unit');
    expect(bad({ number: 1, ignore: [1, 'two'] }).at).toBe('all[0].answer.ignore[1]');
    expect(bad({ text: 'a', ignore: ['b'] }).message).toMatch(/"ignore" does not go with "text"/);
    expect(bad({ items: [] }).at).toBe('all[0].answer.items');
    expect(bad({ text: 'a', others: { path: 'x[' } }).at).toBe('all[0].answer.others.path');
    expect(bad({ number: 1, maxLength: 0 }).at).toBe('all[0].answer.maxLength');
    expect(bad({ number: 1, time: '09:00' }).message).toMatch(/exactly one of .* \(found number, time\)/);
  });
});
