import { describe, expect, it } from 'vitest';
import {
  evaluatePredicate,
  parsePath,
  parsePredicate,
  PathSyntaxError,
  PredicateError,
  resolvePath,
  type Json,
  type Predicate,
} from '../../../benchmarks/predicate/index.ts';

const doc: Json = {
  clock: {
    alarms: [
      { time: '06:00', enabled: false, label: 'Gym' },
      { time: '07:30', enabled: true, label: 'Work', days: ['Mon', 'Tue'] },
    ],
  },
  contacts: {
    people: [
      { name: 'Bob Stone', phone: '555-0101', starred: true },
      { name: 'Alice', phone: '555-0199', starred: false },
    ],
  },
  shopping: {
    cart: [
      { title: 'Catan', price: 39.99, qty: 1 },
      { title: 'Dune', price: '12.50', qty: 2 },
    ],
  },
  settings: { wifi: { enabled: true }, bluetooth: { enabled: false }, 'dark mode': { enabled: true } },
  notes: { items: [] },
};

const run = (p: unknown, answer?: string) => evaluatePredicate(p as Predicate, doc, { answer: answer ?? null });

describe('paths', () => {
  it('resolves members, wildcards, indexes, quoted names and filters', () => {
    const values = (p: string) => resolvePath(parsePath(p), doc, doc).map((m) => m.value);
    expect(values('clock.alarms[*].time')).toEqual(['06:00', '07:30']);
    expect(values('clock.alarms[-1].label')).toEqual(['Work']);
    expect(values('settings.*.enabled')).toEqual([true, false, true]);
    expect(values('settings["dark mode"].enabled')).toEqual([true]);
    expect(values('contacts.people[?(name == "Alice")].phone')).toEqual(['555-0199']);
    expect(values("contacts.people[?(name ~= 'bob')].phone")).toEqual(['555-0101']);
    expect(values('contacts.people[?(@.starred)].name')).toEqual(['Bob Stone']);
    expect(values('shopping.cart[?(price > 20)].title')).toEqual(['Catan']);
    expect(values('shopping.cart[?qty>=2].title')).toEqual(['Dune']);
    expect(values('clock.nothing.here')).toEqual([]);
  });

  it('reports concrete locations', () => {
    expect(resolvePath(parsePath('contacts.people[?(starred == false)].name'), doc, doc).map((m) => m.path)).toEqual([
      'contacts.people[1].name',
    ]);
    expect(resolvePath(parsePath('settings["dark mode"]'), doc, doc).map((m) => m.path)).toEqual([
      'settings["dark mode"]',
    ]);
  });

  it('fails with the column of the bad part', () => {
    expect(() => parsePath('clock..alarms')).toThrow(PathSyntaxError);
    try {
      parsePath('clock.alarms[x]');
    } catch (e) {
      expect((e as PathSyntaxError).column).toBe(14);
      expect((e as Error).message).toMatch(/inside '\[ \]'/);
    }
    expect(() => parsePath('a[?(b == )]')).toThrow(/expected a literal/);
    expect(() => parsePath('a[0')).toThrow(/expected '\]'/);
    expect(() => parsePath('')).toThrow(/empty path/);
  });
});

describe('comparisons', () => {
  it('equals / notEquals with exact and case-insensitive strings', () => {
    expect(run({ path: 'clock.alarms[1].time', equals: '07:30' }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[1].label', equals: 'work' }).pass).toBe(false);
    expect(run({ path: 'clock.alarms[1].label', equals: 'work', caseSensitive: false }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[1].days', equals: ['Mon', 'Tue'] }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[*].time', notEquals: '08:00' }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[*].time', notEquals: '06:00' }).pass).toBe(false);
  });

  it('quantifies comparisons over several values with of', () => {
    expect(run({ path: 'clock.alarms[*].enabled', equals: true }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[*].enabled', equals: true, of: 'all' }).pass).toBe(false);
    expect(run({ path: 'notes.items[*].title', equals: 'x', of: 'all' }).pass).toBe(false);
  });

  it('contains on strings (case- and space-insensitive by default) and on lists', () => {
    expect(run({ path: 'contacts.people[0].name', contains: 'bob  STONE' }).pass).toBe(true);
    expect(run({ path: 'contacts.people[0].name', contains: 'bob', caseSensitive: true }).pass).toBe(false);
    expect(run({ path: 'clock.alarms[1].days', contains: 'Tue' }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[1].days', contains: 'Wed' }).pass).toBe(false);
  });

  it('matches regexes with flags', () => {
    expect(run({ path: 'contacts.people[*].phone', matches: '^555-01\\d\\d$' }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[0].label', matches: '^gym$' }).pass).toBe(false);
    expect(run({ path: 'clock.alarms[0].label', matches: '^gym$', flags: 'i' }).pass).toBe(true);
  });

  it('orders numbers (numeric strings too) and strings', () => {
    expect(run({ path: 'shopping.cart[0].price', gt: 30 }).pass).toBe(true);
    expect(run({ path: 'shopping.cart[1].price', lt: 13 }).pass).toBe(true);
    expect(run({ path: 'shopping.cart[1].price', gte: 12.5 }).pass).toBe(true);
    expect(run({ path: 'shopping.cart[*].price', lte: 20, of: 'all' }).pass).toBe(false);
    expect(run({ path: 'clock.alarms[*].time', gt: '07:00' }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[0].label', gt: 3 }).pass).toBe(false);
  });

  it('exists and count', () => {
    expect(run({ path: 'clock.alarms[1].days', exists: true }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[0].days', exists: false }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[*]', count: 2 }).pass).toBe(true);
    expect(run({ path: 'notes.items[*]', count: 0 }).pass).toBe(true);
    expect(run({ path: 'contacts.people[?(starred == true)]', count: { gte: 1, lt: 2 } }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[*]', count: { gt: 2 } }).pass).toBe(false);
  });
});

describe('quantifiers and combinators', () => {
  const alarm730 = {
    path: 'clock.alarms[*]',
    some: {
      all: [
        { path: 'time', equals: '07:30' },
        { path: 'enabled', equals: true },
      ],
    },
  };

  it('some: the example from the issue, with the deciding element as evidence', () => {
    const r = run(alarm730);
    expect(r.pass).toBe(true);
    const top = r.evidence[0];
    expect(top?.actual).toEqual({ matched: 2, satisfied: 1 });
    expect(top?.children?.map((c) => c.matched[0])).toEqual(['clock.alarms[1].time', 'clock.alarms[1].enabled']);
  });

  it('some fails and shows the closest element', () => {
    const r = run({
      path: 'clock.alarms[*]',
      some: {
        all: [
          { path: 'time', equals: '06:00' },
          { path: 'enabled', equals: true },
        ],
      },
    });
    expect(r.pass).toBe(false);
    const kids = r.evidence[0]?.children ?? [];
    expect(kids.map((k) => [k.matched[0], k.pass])).toEqual([
      ['clock.alarms[0].time', true],
      ['clock.alarms[0].enabled', false],
    ]);
  });

  it('every requires at least one element; none passes on empty', () => {
    expect(run({ path: 'contacts.people[*]', every: { path: 'phone', matches: '^555' } }).pass).toBe(true);
    expect(run({ path: 'contacts.people[*]', every: { path: 'starred', equals: true } }).pass).toBe(false);
    expect(run({ path: 'notes.items[*]', every: { path: 'title', exists: true } }).pass).toBe(false);
    expect(run({ path: 'notes.items[*]', none: { path: 'title', exists: true } }).pass).toBe(true);
    expect(run({ path: 'clock.alarms[*]', none: { path: 'time', equals: '07:30' } }).pass).toBe(false);
  });

  it('inside a quantifier @ is the element and $ the document root', () => {
    expect(run({ path: 'clock.alarms[1].days[*]', some: { path: '@', equals: 'Tue' } }).pass).toBe(true);
    expect(
      run({
        path: 'clock.alarms[*]',
        some: {
          all: [
            { path: '@.enabled', equals: true },
            { path: '$.settings.wifi.enabled', equals: true },
          ],
        },
      }).pass,
    ).toBe(true);
  });

  it('all / any / not, evaluating every leaf for evidence', () => {
    const r = run({
      all: [
        alarm730,
        { path: 'settings.bluetooth.enabled', equals: true },
        { not: { path: 'settings.wifi.enabled', equals: false } },
      ],
    });
    expect(r.pass).toBe(false);
    expect(r.evidence.map((e) => [e.at, e.pass])).toEqual([
      ['all[0].some', true],
      ['all[1].equals', false],
      ['all[2].not.equals', false],
    ]);
    expect(r.evidence[1]).toMatchObject({
      path: 'settings.bluetooth.enabled',
      expected: true,
      actual: false,
      found: 1,
      matched: ['settings.bluetooth.enabled'],
    });
    expect(run({ any: [{ path: 'settings.bluetooth.enabled', equals: true }, alarm730] }).pass).toBe(true);
    expect(run({ not: { path: 'settings.bluetooth.enabled', equals: true } }).pass).toBe(true);
  });

  it('reports missing values as found 0', () => {
    const r = run({ path: 'calendar.events[*].title', contains: 'Dentist', label: 'dentist booked' });
    expect(r.pass).toBe(false);
    expect(r.evidence[0]).toMatchObject({ label: 'dentist booked', actual: null, found: 0, matched: [] });
  });
});

describe('answer checks', () => {
  it('contains (one or all of several texts)', () => {
    expect(run({ answer: { contains: 'catan' } }, 'The cheapest is Catan at $39.99').pass).toBe(true);
    expect(run({ answer: { contains: ['catan', 'amazon'] } }, 'The cheapest is Catan').pass).toBe(false);
    expect(run({ answer: { contains: 'x' } }).pass).toBe(false);
  });

  it('number close to, reading numbers with thousands separators', () => {
    expect(run({ answer: { number: 39.99 } }, 'It costs $39.99.').pass).toBe(true);
    expect(run({ answer: { number: 1234.5 } }, 'Total: 1,234.50 USD').pass).toBe(true);
    expect(run({ answer: { number: 40, tolerance: 0.005 } }, 'It costs $39.99.').pass).toBe(false);
    expect(run({ answer: { number: 40, tolerance: 0.01 } }, 'It costs $39.99.').pass).toBe(true);
    expect(run({ answer: { number: 40, tolerance: 0.05 } }, 'It costs $39.99.').pass).toBe(true);
    const r = run({ answer: { number: 7 } }, 'no digits');
    expect(r.evidence[0]).toMatchObject({ path: 'answer', check: 'answer.number', actual: 'no digits', pass: false });
  });

  it('matches', () => {
    expect(run({ answer: { matches: '^\\d{2}:\\d{2}$' } }, '07:30').pass).toBe(true);
  });
});

describe('parser errors name the bad part', () => {
  const bad = (p: unknown): PredicateError => {
    try {
      parsePredicate(p);
    } catch (e) {
      expect(e).toBeInstanceOf(PredicateError);
      return e as PredicateError;
    }
    throw new Error('expected a PredicateError');
  };

  it('unknown keys, missing or double checks', () => {
    expect(bad({ path: 'a', equal: 1 }).at).toBe('equal');
    expect(bad({ path: 'a' }).message).toMatch(/exactly one check/);
    expect(bad({ path: 'a', equals: 1, contains: 'x' }).message).toMatch(/found equals, contains/);
    expect(bad({ foo: 1 }).message).toMatch(/expected one of all, any, not, path, answer/);
    expect(bad('x').message).toMatch(/must be an object/);
  });

  it('locates errors deep inside combinators and quantifiers', () => {
    const e = bad({
      all: [
        { path: 'a', exists: true },
        { path: 'b[*]', some: { path: 'c', matches: '(' } },
      ],
    });
    expect(e.at).toBe('all[1].some.matches');
    expect(e.message).toMatch(/invalid regular expression/);
    expect(bad({ any: [] }).at).toBe('any');
    expect(bad({ all: [{ path: 'x[', equals: 1 }] }).at).toBe('all[0].path');
    expect(bad({ not: { path: 'a', count: -1 } }).at).toBe('not.count');
    expect(bad({ path: 'a', count: { most: 3 } }).at).toBe('count.most');
  });

  it('checks option values', () => {
    expect(bad({ path: 'a', equals: 1, of: 'some' }).at).toBe('of');
    expect(bad({ path: 'a', equals: 1, flags: 'i' }).message).toMatch(/only goes with "matches"/);
    expect(bad({ path: 'a', matches: 'x', flags: 'g' }).message).toMatch(/flags/);
    expect(bad({ path: 'a', gt: true }).at).toBe('gt');
    expect(bad({ path: 'a', exists: 'yes' }).at).toBe('exists');
    expect(bad({ all: [1], any: [] }).message).toMatch(/both all and any/);
    expect(bad({ answer: { contains: 'a', number: 1 } }).at).toBe('answer');
    expect(bad({ answer: { near: 1 } }).at).toBe('answer.near');
    expect(bad({ answer: { number: 1 }, path: 'x' }).message).toMatch(/takes only "answer" and "label"/);
  });

  it('evaluatePredicate validates too', () => {
    expect(() => evaluatePredicate({ path: 'a', bogus: 1 } as unknown as Predicate, {})).toThrow(PredicateError);
  });
});

describe('docs/benchmarks.md', () => {
  it('every JSON example in the predicate guide parses and evaluates', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const md = readFileSync(path.resolve(import.meta.dirname, '../../../docs/benchmarks.md'), 'utf8');
    const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string) as unknown);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const b of blocks) expect(() => evaluatePredicate(b as Predicate, doc, { answer: 'x' })).not.toThrow();
    // The path table's filter forms parse too.
    for (const p of [
      'people[?(name == "Bob")]',
      'people[?(@.starred)]',
      'people[?starred]',
      'files["my file.txt"]',
      '$.x',
      '@.x',
      'settings.*',
    ])
      expect(() => parsePath(p)).not.toThrow();
  });
});
