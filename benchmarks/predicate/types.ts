/**
 * The success predicate language: a JSON document that says what must hold
 * in the device's ground truth (and in the agent's final answer) for a task
 * to count as done. Written by task authors, stored with the task, checked
 * by evaluatePredicate. See docs/benchmarks.md for the user guide.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Bounds on a number: used by `count`. */
export interface NumberBounds {
  equals?: number;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** The checks a path predicate can make; exactly one per predicate. */
export const PATH_CHECKS = [
  'equals',
  'notEquals',
  'contains',
  'matches',
  'gt',
  'gte',
  'lt',
  'lte',
  'exists',
  'count',
  'some',
  'every',
  'none',
] as const;
export type PathCheck = (typeof PATH_CHECKS)[number];

interface Labelled {
  /** A human-readable name shown in the evidence. */
  label?: string;
}

export interface PathPredicate extends Labelled {
  /** Path expression into the document (see docs): `clock.alarms[*].time`, `contacts.people[?(name == "Bob")].phone`. */
  path: string;
  equals?: Json;
  notEquals?: Json;
  contains?: Json;
  matches?: string;
  gt?: number | string;
  gte?: number | string;
  lt?: number | string;
  lte?: number | string;
  exists?: boolean;
  count?: number | NumberBounds;
  some?: Predicate;
  every?: Predicate;
  none?: Predicate;
  /** For comparisons when the path matches several values: pass if any (default) or all of them pass. */
  of?: 'any' | 'all';
  /** String comparison case: `equals`/`notEquals`/`matches` default to case-sensitive, `contains` to case-insensitive. */
  caseSensitive?: boolean;
  /** Regex flags for `matches` (e.g. "i"). */
  flags?: string;
}

/**
 * A check of the agent's final answer (docs/benchmarks.md, "Answer checks").
 * Exactly one of `number`, `time`, `date`, `text`, `items` (strict: the value
 * is read out of the answer, and an answer naming another value of the same
 * kind fails) or `contains`, `matches` (loose: kept so older task files still
 * read). Every form fails an answer longer than `maxLength` (200) characters.
 */
export interface AnswerCheck {
  /** The answer's one number (of the asked unit, when `unit` is given) is within `tolerance` of this one. */
  number?: number;
  /** Absolute, default 1e-6. Also decides when two numbers written are the same value. */
  tolerance?: number;
  /** A size unit (B, kB, MB, GB, TB, KiB, MiB, GiB, TiB): only numbers written with a size unit count, converted to it. */
  unit?: string;
  /** The answer's one clock time, "HH:MM" on a 24-hour clock. */
  time?: string;
  /** The answer's one date, "YYYY-MM-DD" (its year is compared only when the answer gives one). */
  date?: string;
  /** Values of the checked kind the answer may also mention: the question's own numbers, a time stated alongside. */
  ignore?: (number | string)[];
  /** The answer names this value (normalised: case, accents, punctuation; whole words). */
  text?: string;
  /** The answer names every item; an item given as a list may be named by any of its spellings. */
  items?: (string | string[])[];
  /** Other values of the asked kind, none of which the answer may name: a list, or `{path}` into the ground truth. */
  others?: string[] | { path: string };
  /** Loose (older files): the answer contains this text, or every text of the list; case-insensitive unless caseSensitive. */
  contains?: string | string[];
  /** Loose (older files): the answer matches this regex. */
  matches?: string;
  flags?: string;
  caseSensitive?: boolean;
  /** Longer answers fail (default 200 characters): a listing or a dump is not an answer. */
  maxLength?: number;
}

/** The forms of an answer check: the strict ones first. */
export const ANSWER_KINDS = ['number', 'time', 'date', 'text', 'items', 'contains', 'matches'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export interface AnswerPredicate extends Labelled {
  answer: AnswerCheck;
}

export interface AllPredicate extends Labelled {
  all: Predicate[];
}
export interface AnyPredicate extends Labelled {
  any: Predicate[];
}
export interface NotPredicate extends Labelled {
  not: Predicate;
}

export type Predicate = AllPredicate | AnyPredicate | NotPredicate | PathPredicate | AnswerPredicate;

/** One checked leaf (or quantifier) of a predicate. */
export interface EvidenceItem {
  /** Location in the predicate, e.g. "all[0].some". */
  at: string;
  label?: string;
  /** The path expression, or "answer". */
  path: string;
  check: PathCheck | `answer.${AnswerKind}`;
  expected: Json;
  /** The value found (one match), the list of values (several), or null (none: see `found`). */
  actual: Json;
  /** How many values the path matched. */
  found: number;
  /** Concrete paths of the matched values, e.g. ["clock.alarms[1].time"] (at most 20). */
  matched: string[];
  pass: boolean;
  /** Answer checks: what was read from the answer, and why it failed when it did. */
  detail?: string;
  /** Quantifiers: the evidence of the deciding element (the one that satisfied `some`, or failed `every`/`none`, or came closest). */
  children?: EvidenceItem[];
}

export interface PredicateResult {
  pass: boolean;
  evidence: EvidenceItem[];
}

export interface PredicateContext {
  /** The agent's final answer, for `answer` checks. */
  answer?: string | null;
}
