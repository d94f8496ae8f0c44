/**
 * Validates an answer check and compiles it (regex built, the `others` path
 * parsed, times and dates read), so evaluation cannot fail on a typo. Every
 * error names the bad key, e.g. `all[2].answer.ignore[1]`.
 */
import { compileRegex } from '../compileRegex.ts';
import { PathSyntaxError, PredicateError } from '../PredicateError.ts';
import { parsePath, type ParsedPath } from '../path.ts';
import { ANSWER_KINDS, type AnswerCheck, type AnswerKind } from '../types.ts';
import { SIZE_UNITS } from './readNumbers.ts';
import { parseIsoDate } from './readDates.ts';
import { parseClockTime } from './readTimes.ts';

export const DEFAULT_MAX_ANSWER_LENGTH = 200;

export interface CompiledAnswerCheck {
  kind: AnswerKind;
  check: AnswerCheck;
  maxLength: number;
  regex?: RegExp;
  /** `time`: the expected and ignored times in minutes after midnight. */
  minutes?: { expected: number; ignore: number[] };
  /** `date`: the expected and ignored dates. */
  dates?: { expected: Day; ignore: Day[] };
  /** `text` / `items`: each item's accepted spellings. */
  items?: string[][];
  others?: string[] | ParsedPath;
}

export interface Day {
  year: number | null;
  month: number;
  day: number;
}

/** The options each form takes besides its own key. */
const OPTIONS: Record<AnswerKind, readonly string[]> = {
  number: ['tolerance', 'unit', 'ignore'],
  time: ['ignore'],
  date: ['ignore'],
  text: ['others'],
  items: ['others'],
  contains: ['caseSensitive'],
  matches: ['flags', 'caseSensitive'],
};
const ALL_KEYS = new Set([...ANSWER_KINDS, ...Object.values(OPTIONS).flat(), 'maxLength']);

const join = (at: string, key: string): string => `${at}.${key}`;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function list(at: string, v: unknown, what: string): unknown[] {
  if (!Array.isArray(v) || v.length === 0) throw new PredicateError(at, `must be a non-empty list of ${what}`);
  return v;
}

function times(at: string, v: unknown): number {
  const m = typeof v === 'string' ? parseClockTime(v) : null;
  if (m === null)
    throw new PredicateError(at, `a time is "HH:MM" on a 24-hour clock, e.g. "21:00"; got ${JSON.stringify(v)}`);
  return m;
}

function day(at: string, v: unknown): Day {
  const d = typeof v === 'string' ? parseIsoDate(v) : null;
  if (d === null) throw new PredicateError(at, `a date is "YYYY-MM-DD", e.g. "2025-06-12"; got ${JSON.stringify(v)}`);
  return d;
}

function spellings(at: string, v: unknown): string[] {
  if (nonEmptyString(v)) return [v];
  if (Array.isArray(v) && v.length > 0 && v.every(nonEmptyString)) return v;
  throw new PredicateError(at, 'an item is a non-empty string, or a non-empty list of its spellings');
}

function compileOthers(at: string, v: unknown): string[] | ParsedPath {
  if (isObject(v) && Object.keys(v).length === 1 && typeof v['path'] === 'string') {
    try {
      return parsePath(v['path']);
    } catch (e) {
      if (e instanceof PathSyntaxError) throw new PredicateError(join(at, 'path'), e.message);
      throw e;
    }
  }
  if (Array.isArray(v) && v.every(nonEmptyString)) return v;
  throw new PredicateError(at, '"others" must be a list of strings or {"path": "<path into the ground truth>"}');
}

/** The form (exactly one of ANSWER_KINDS), with every key checked against what that form takes. */
function formOf(at: string, a: Record<string, unknown>): AnswerKind {
  for (const k of Object.keys(a))
    if (!ALL_KEYS.has(k))
      throw new PredicateError(
        join(at, k),
        `unknown answer check "${k}" (forms: ${ANSWER_KINDS.join(', ')}; options: tolerance, unit, ignore, others, flags, caseSensitive, maxLength)`,
      );
  const forms = ANSWER_KINDS.filter((k) => a[k] !== undefined);
  if (forms.length !== 1)
    throw new PredicateError(
      at,
      `give exactly one of ${ANSWER_KINDS.join(', ')} (found ${forms.length ? forms.join(', ') : 'none'})`,
    );
  const kind = forms[0]!;
  for (const k of Object.keys(a))
    if (k !== kind && k !== 'maxLength' && !OPTIONS[kind].includes(k))
      throw new PredicateError(
        join(at, k),
        `"${k}" does not go with "${kind}" (${kind} takes ${[...OPTIONS[kind], 'maxLength'].join(', ')})`,
      );
  return kind;
}

/** `ignore`, when given: a non-empty list of what the form compares. */
function ignoreList(at: string, a: Record<string, unknown>, what: string): unknown[] {
  return a['ignore'] === undefined ? [] : list(join(at, 'ignore'), a['ignore'], what);
}

function validateNumber(at: string, a: Record<string, unknown>): void {
  if (typeof a['number'] !== 'number' || !Number.isFinite(a['number']))
    throw new PredicateError(join(at, 'number'), '"number" must be a number');
  const tol = a['tolerance'];
  if (tol !== undefined && (typeof tol !== 'number' || !(tol >= 0)))
    throw new PredicateError(join(at, 'tolerance'), '"tolerance" must be a number >= 0');
  const unit = a['unit'];
  if (unit !== undefined && (typeof unit !== 'string' || !(unit in SIZE_UNITS)))
    throw new PredicateError(join(at, 'unit'), `"unit" must be a size unit: ${Object.keys(SIZE_UNITS).join(', ')}`);
  ignoreList(at, a, 'numbers').forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x))
      throw new PredicateError(`${join(at, 'ignore')}[${i}]`, 'must be a number');
  });
}

export function compileAnswerCheck(at: string, a: unknown): CompiledAnswerCheck {
  if (!isObject(a)) throw new PredicateError(at, `"answer" must be an object with one of ${ANSWER_KINDS.join(', ')}`);
  const kind = formOf(at, a);
  const max = a['maxLength'];
  if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1))
    throw new PredicateError(join(at, 'maxLength'), '"maxLength" must be a whole number >= 1');
  if (a['caseSensitive'] !== undefined && typeof a['caseSensitive'] !== 'boolean')
    throw new PredicateError(join(at, 'caseSensitive'), 'must be true or false');
  const base: CompiledAnswerCheck = {
    kind,
    check: a as AnswerCheck,
    maxLength: (max as number | undefined) ?? DEFAULT_MAX_ANSWER_LENGTH,
  };
  switch (kind) {
    case 'number':
      validateNumber(at, a);
      return base;
    case 'time':
      return {
        ...base,
        minutes: {
          expected: times(join(at, 'time'), a['time']),
          ignore: ignoreList(at, a, 'times').map((x, i) => times(`${join(at, 'ignore')}[${i}]`, x)),
        },
      };
    case 'date':
      return {
        ...base,
        dates: {
          expected: day(join(at, 'date'), a['date']),
          ignore: ignoreList(at, a, 'dates').map((x, i) => day(`${join(at, 'ignore')}[${i}]`, x)),
        },
      };
    case 'text':
    case 'items': {
      const items =
        kind === 'text'
          ? [spellings(join(at, 'text'), a['text'])]
          : list(join(at, 'items'), a['items'], 'items').map((x, i) => spellings(`${join(at, 'items')}[${i}]`, x));
      return {
        ...base,
        items,
        ...(a['others'] !== undefined ? { others: compileOthers(join(at, 'others'), a['others']) } : {}),
      };
    }
    case 'contains': {
      const c = a['contains'];
      if (typeof c !== 'string' && !(Array.isArray(c) && c.length > 0 && c.every((x) => typeof x === 'string')))
        throw new PredicateError(join(at, 'contains'), '"contains" must be a string or a non-empty list of strings');
      return base;
    }
    case 'matches': {
      const regex = compileRegex(join(at, 'matches'), a['matches'], a['flags']);
      const fold = a['caseSensitive'] === false && !regex.flags.includes('i');
      return { ...base, regex: fold ? new RegExp(regex.source, `${regex.flags}i`) : regex };
    }
  }
}
