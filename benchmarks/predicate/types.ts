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

export interface AnswerCheck {
  /** The answer contains this text (or every text of the list); case-insensitive unless caseSensitive. */
  contains?: string | string[];
  /** The answer matches this regex. */
  matches?: string;
  flags?: string;
  /** Some number written in the answer is within `tolerance` (absolute, default 1e-6) of this one. */
  number?: number;
  tolerance?: number;
  caseSensitive?: boolean;
}

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
  check: PathCheck | 'answer.contains' | 'answer.matches' | 'answer.number';
  expected: Json;
  /** The value found (one match), the list of values (several), or null (none: see `found`). */
  actual: Json;
  /** How many values the path matched. */
  found: number;
  /** Concrete paths of the matched values, e.g. ["clock.alarms[1].time"] (at most 20). */
  matched: string[];
  pass: boolean;
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
