/**
 * Decides an answer check: reads the asked kind of value out of the answer
 * and passes when the expected value is there and no other value of that
 * kind is. An answer that lists several candidates (two prices when one is
 * asked, several times, a whole listing) is not an answer, however much of
 * it is right; neither is one longer than the check's maxLength.
 */
import { resolvePath, type ParsedPath } from '../path.ts';
import type { Json } from '../types.ts';
import type { CompiledAnswerCheck, Day } from './compileAnswerCheck.ts';
import { mentions, normaliseText } from './normaliseText.ts';
import { readDates, sameDay } from './readDates.ts';
import { readNumbers, SIZE_UNITS, type NumberInText } from './readNumbers.ts';
import { formatClockTime, readTimes } from './readTimes.ts';

export interface AnswerOutcome {
  pass: boolean;
  /** What was read, and why it failed when it did. */
  detail: string;
}

/** Decides a strict check over the values read: `same(v)` is "v is the expected value". */
function decide<T>(kind: string, read: T[], same: (v: T) => boolean, show: (v: T) => string): AnswerOutcome {
  const others = read.filter((v) => !same(v));
  const found = read.length > others.length;
  const list = (vs: T[]): string => [...new Set(vs.map(show))].join(', ');
  if (read.length === 0) return { pass: false, detail: `no ${kind} in the answer` };
  if (others.length > 0)
    return {
      pass: false,
      detail: `${found ? 'besides the expected one, ' : ''}the answer names ${kind === 'number' ? 'the number(s)' : `the ${kind}(s)`} ${list(others)}: one ${kind} was asked`,
    };
  return { pass: true, detail: `read ${list(read)}` };
}

function numberCheck(c: CompiledAnswerCheck, answer: string): AnswerOutcome {
  const expected = c.check.number!;
  const tol = (c.check.tolerance ?? 1e-6) + 1e-12;
  const unit = c.check.unit;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= tol;
  // Times and dates are values of other kinds: their digits are not numbers here.
  const all = readNumbers(answer, [...readTimes(answer), ...readDates(answer)]);
  // The working of a calculation ("2,150 × 12 = 25,800"): numbers before the last "=" are not the result.
  const equals = answer.lastIndexOf('=');
  const inUnit = (n: NumberInText): number =>
    unit && n.sizeUnit ? (n.value * SIZE_UNITS[n.sizeUnit]!) / SIZE_UNITS[unit]! : n.value;
  const setAside: string[] = [];
  const read = all.filter((n) => {
    const why =
      unit && !n.sizeUnit
        ? null // not a size at all: not of the asked kind, and not worth listing
        : equals > n.index
          ? 'working'
          : n.yearLike && !(Number.isInteger(expected) && expected >= 1900 && expected <= 2099)
            ? 'a year'
            : (c.check.ignore as number[] | undefined)?.some((x) => near(inUnit(n), x))
              ? 'ignored'
              : '';
    if (why) setAside.push(`${n.text} (${why})`);
    return why === '';
  });
  const out = decide(
    unit ? `size` : 'number',
    read,
    (n) => near(inUnit(n), expected),
    (n) => n.text,
  );
  return setAside.length ? { ...out, detail: `${out.detail}; set aside ${setAside.join(', ')}` } : out;
}

function timeCheck(c: CompiledAnswerCheck, answer: string): AnswerOutcome {
  const { expected, ignore } = c.minutes!;
  const read = readTimes(answer).filter((t) => !ignore.includes(t.minutes));
  return decide(
    'time',
    read,
    (t) => t.minutes === expected,
    (t) => `${t.text.trim()} (${formatClockTime(t.minutes)})`,
  );
}

function dateCheck(c: CompiledAnswerCheck, answer: string): AnswerOutcome {
  const { expected, ignore } = c.dates!;
  const read = readDates(answer).filter((d) => !ignore.some((x: Day) => sameDay(x, d)));
  return decide(
    'date',
    read,
    (d) => sameDay(d, expected),
    (d) => d.text.trim(),
  );
}

/** The other values of the asked kind: listed, or every string (or number) the path selects in the ground truth. */
function otherValues(others: string[] | ParsedPath | undefined, root: Json): string[] {
  if (others === undefined) return [];
  if (Array.isArray(others)) return others;
  return resolvePath(others, root, root, '').flatMap((m) =>
    typeof m.value === 'string' || typeof m.value === 'number' ? [String(m.value)] : [],
  );
}

function textCheck(c: CompiledAnswerCheck, answer: string, root: Json): AnswerOutcome {
  const items = c.items!;
  const missing = items.filter((spellings) => !spellings.some((s) => mentions(answer, s)));
  // An "other" that names an expected item, or is named by one, is that item described differently ("Zoe's place").
  const expected = items.flat().map(normaliseText);
  const named = otherValues(c.others, root).filter((o) => {
    const n = normaliseText(o);
    return n !== '' && !expected.some((e) => mentions(n, e) || mentions(e, n)) && mentions(answer, o);
  });
  const problems = [
    ...(missing.length ? [`does not name ${missing.map((m) => m.join(' / ')).join(', ')}`] : []),
    ...(named.length ? [`also names ${[...new Set(named)].join(', ')}: one value of this kind was asked`] : []),
  ];
  return problems.length
    ? { pass: false, detail: `the answer ${problems.join('; and ')}` }
    : { pass: true, detail: `names ${items.map((s) => s.find((x) => mentions(answer, x))).join(', ')}` };
}

function looseCheck(c: CompiledAnswerCheck, answer: string): AnswerOutcome {
  if (c.kind === 'matches') {
    const pass = c.regex!.test(answer);
    return { pass, detail: pass ? 'matches' : 'does not match' };
  }
  const cs = c.check.caseSensitive ?? false;
  const norm = (s: string): string => {
    const collapsed = s.replace(/\s+/g, ' ').trim();
    return cs ? collapsed : collapsed.toLowerCase();
  };
  const wanted = Array.isArray(c.check.contains) ? c.check.contains : [c.check.contains!];
  const missing = wanted.filter((w) => !norm(answer).includes(norm(w)));
  return missing.length
    ? { pass: false, detail: `does not contain ${missing.map((m) => JSON.stringify(m)).join(', ')}` }
    : { pass: true, detail: 'contains every text' };
}

export function evaluateAnswerCheck(c: CompiledAnswerCheck, answer: string | null, root: Json): AnswerOutcome {
  if (answer === null || answer.trim() === '') return { pass: false, detail: 'no answer' };
  if (answer.length > c.maxLength)
    return {
      pass: false,
      detail: `too long: ${answer.length} characters (at most ${c.maxLength}); a listing or a dump is not an answer`,
    };
  switch (c.kind) {
    case 'number':
      return numberCheck(c, answer);
    case 'time':
      return timeCheck(c, answer);
    case 'date':
      return dateCheck(c, answer);
    case 'text':
    case 'items':
      return textCheck(c, answer, root);
    case 'contains':
    case 'matches':
      return looseCheck(c, answer);
  }
}
