/**
 * Validates a predicate document and compiles it (paths parsed, regexes
 * built) so that evaluation cannot fail on a typo. Every error names where
 * in the predicate the bad part is.
 */
import { compileRegex } from './compileRegex.ts';
import { PathSyntaxError, PredicateError } from './PredicateError.ts';
import { parsePath, type ParsedPath } from './path.ts';
import { compileAnswerCheck, type CompiledAnswerCheck } from './answer/index.ts';
import { PATH_CHECKS, type Json, type NumberBounds, type PathCheck, type Predicate } from './types.ts';

export type CompiledPredicate =
  | { kind: 'all' | 'any'; at: string; label?: string; items: CompiledPredicate[] }
  | { kind: 'not'; at: string; label?: string; item: CompiledPredicate }
  | {
      kind: 'path';
      at: string;
      label?: string;
      path: ParsedPath;
      check: PathCheck;
      expected: Json;
      of: 'any' | 'all';
      caseSensitive: boolean | undefined;
      regex?: RegExp;
      bounds?: NumberBounds;
      sub?: CompiledPredicate;
    }
  | { kind: 'answer'; at: string; label?: string; answer: CompiledAnswerCheck };

const COMBINATORS = ['all', 'any', 'not'] as const;
const PATH_OPTIONS = new Set(['path', 'of', 'caseSensitive', 'flags', 'label', ...PATH_CHECKS]);
const QUANTIFIER_TEXT = {
  some: 'at least one matched value satisfies the nested predicate',
  every: 'every matched value (at least one) satisfies the nested predicate',
  none: 'no matched value satisfies the nested predicate',
} as const;
const BOUND_KEYS = new Set(['equals', 'gt', 'gte', 'lt', 'lte']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isJson(v: unknown): v is Json {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJson);
  if (isPlainObject(v)) return Object.values(v).every(isJson);
  return false;
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}

function label(at: string, o: Record<string, unknown>): { label?: string } {
  const l = o['label'];
  if (l === undefined) return {};
  if (typeof l !== 'string') throw new PredicateError(join(at, 'label'), '"label" must be a string');
  return { label: l };
}

function compileBounds(at: string, v: unknown): NumberBounds {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { equals: v };
  if (!isPlainObject(v) || Object.keys(v).length === 0)
    throw new PredicateError(at, '"count" must be a whole number or an object of bounds like {"gte": 1, "lte": 3}');
  for (const [k, n] of Object.entries(v)) {
    if (!BOUND_KEYS.has(k))
      throw new PredicateError(join(at, k), `unknown bound "${k}" (use equals, gt, gte, lt, lte)`);
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new PredicateError(join(at, k), 'a bound must be a number');
  }
  return v as NumberBounds;
}

function compileAnswer(at: string, o: Record<string, unknown>): CompiledPredicate {
  const extra = Object.keys(o).filter((k) => k !== 'answer' && k !== 'label');
  if (extra.length)
    throw new PredicateError(
      at,
      `an answer predicate takes only "answer" and "label"; remove ${extra.map((k) => `"${k}"`).join(', ')}`,
    );
  const aat = join(at, 'answer');
  return { kind: 'answer', at: aat, ...label(at, o), answer: compileAnswerCheck(aat, o['answer']) };
}

function compileNode(v: unknown, at: string): CompiledPredicate {
  if (!isPlainObject(v))
    throw new PredicateError(
      at,
      `a predicate must be an object, got ${Array.isArray(v) ? 'a list' : JSON.stringify(v)}`,
    );
  const keys = Object.keys(v);
  const combinator = COMBINATORS.filter((k) => k in v);
  if (combinator.length > 1)
    throw new PredicateError(at, `one object cannot be both ${combinator.join(' and ')}: nest them`);
  if (combinator.length === 1) {
    const k = combinator[0] as (typeof COMBINATORS)[number];
    const extra = keys.filter((x) => x !== k && x !== 'label');
    if (extra.length)
      throw new PredicateError(
        at,
        `"${k}" takes no other keys besides "label"; remove ${extra.map((x) => `"${x}"`).join(', ')}`,
      );
    if (k === 'not')
      return { kind: 'not', at: join(at, 'not'), ...label(at, v), item: compileNode(v['not'], join(at, 'not')) };
    const list = v[k];
    if (!Array.isArray(list) || list.length === 0)
      throw new PredicateError(join(at, k), `"${k}" must be a non-empty list of predicates`);
    return {
      kind: k,
      at: join(at, k),
      ...label(at, v),
      items: list.map((x, i) => compileNode(x, `${join(at, k)}[${i}]`)),
    };
  }
  if ('answer' in v) return compileAnswer(at, v);
  if (!('path' in v))
    throw new PredicateError(
      at,
      `expected one of all, any, not, path, answer; got keys ${keys.map((k) => `"${k}"`).join(', ') || '(none)'}`,
    );

  for (const k of keys)
    if (!PATH_OPTIONS.has(k))
      throw new PredicateError(
        join(at, k),
        `unknown key "${k}" (checks: ${PATH_CHECKS.join(', ')}; options: of, caseSensitive, flags, label)`,
      );
  let path: ParsedPath;
  try {
    path = parsePath(v['path'] as string);
  } catch (e) {
    if (e instanceof PathSyntaxError) throw new PredicateError(join(at, 'path'), e.message);
    throw e;
  }
  const checks = PATH_CHECKS.filter((k) => k in v);
  if (checks.length !== 1) {
    throw new PredicateError(
      at,
      `a path predicate needs exactly one check (${PATH_CHECKS.join(', ')}); found ${checks.length ? checks.join(', ') : 'none'}`,
    );
  }
  const check = checks[0] as PathCheck;
  const cat = join(at, check);
  const raw = v[check];
  const of = v['of'] ?? 'any';
  if (of !== 'any' && of !== 'all') throw new PredicateError(join(at, 'of'), '"of" must be "any" or "all"');
  const cs = v['caseSensitive'];
  if (cs !== undefined && typeof cs !== 'boolean')
    throw new PredicateError(join(at, 'caseSensitive'), 'must be true or false');
  if (v['flags'] !== undefined && check !== 'matches')
    throw new PredicateError(join(at, 'flags'), '"flags" only goes with "matches"');
  const base = {
    kind: 'path' as const,
    at: cat,
    ...label(at, v),
    path,
    check,
    of: of as 'any' | 'all',
    caseSensitive: cs as boolean | undefined,
  };

  switch (check) {
    case 'equals':
    case 'notEquals':
    case 'contains':
      if (!isJson(raw)) throw new PredicateError(cat, 'expected a JSON value');
      return { ...base, expected: raw };
    case 'matches':
      return { ...base, expected: raw as string, regex: compileRegex(cat, raw, v['flags']) };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (!(typeof raw === 'number' && Number.isFinite(raw)) && typeof raw !== 'string')
        throw new PredicateError(cat, `"${check}" needs a number (or a string, compared lexically, e.g. "07:30")`);
      return { ...base, expected: raw };
    case 'exists':
      if (typeof raw !== 'boolean') throw new PredicateError(cat, '"exists" must be true or false');
      return { ...base, expected: raw };
    case 'count': {
      const bounds = compileBounds(cat, raw);
      return { ...base, expected: bounds as Json, bounds };
    }
    case 'some':
    case 'every':
    case 'none':
      return { ...base, expected: QUANTIFIER_TEXT[check], sub: compileNode(raw, cat) };
  }
}

/** Validates and compiles a predicate. Throws PredicateError naming the bad part. */
export function parsePredicate(json: unknown): CompiledPredicate {
  return compileNode(json, '');
}

/** Validates without keeping the compiled form; returns the input typed as Predicate. */
export function validatePredicate(json: unknown): Predicate {
  parsePredicate(json);
  return json as Predicate;
}
