/**
 * Evaluates a predicate against a ground-truth JSON document and the agent's
 * answer. Every leaf is evaluated (no short-circuit) so the evidence shows
 * the whole picture: what was expected, what was found, where.
 */
import { evaluateAnswerCheck, type CompiledAnswerCheck } from './answer/index.ts';
import { parsePredicate, type CompiledPredicate } from './parsePredicate.ts';
import { deepEqual, resolvePath, type PathMatch } from './path.ts';
import type { EvidenceItem, Json, NumberBounds, Predicate, PredicateContext, PredicateResult } from './types.ts';

const MAX_LISTED = 20;

function norm(s: string, caseSensitive: boolean): string {
  const collapsed = s.replace(/\s+/g, ' ').trim();
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

function valuesEqual(a: Json, b: Json, caseSensitive: boolean): boolean {
  if (!caseSensitive && typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return deepEqual(a, b);
}

function containsValue(actual: Json, expected: Json, caseSensitive: boolean): boolean {
  if (typeof actual === 'string' && typeof expected === 'string')
    return norm(actual, caseSensitive).includes(norm(expected, caseSensitive));
  if (Array.isArray(actual)) return actual.some((x) => valuesEqual(x, expected, caseSensitive));
  return false;
}

function compareOrder(actual: Json, check: 'gt' | 'gte' | 'lt' | 'lte', expected: Json): boolean {
  let a: number | string;
  let e: number | string;
  if (typeof expected === 'number') {
    // Numeric strings ("12.50") count as numbers: app data often stores amounts as text.
    const n =
      typeof actual === 'number'
        ? actual
        : typeof actual === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(actual)
          ? Number(actual)
          : NaN;
    if (Number.isNaN(n)) return false;
    a = n;
    e = expected;
  } else if (typeof expected === 'string' && typeof actual === 'string') {
    a = actual;
    e = expected;
  } else return false;
  return check === 'gt' ? a > e : check === 'gte' ? a >= e : check === 'lt' ? a < e : a <= e;
}

function inBounds(n: number, b: NumberBounds): boolean {
  return (
    (b.equals === undefined || n === b.equals) &&
    (b.gt === undefined || n > b.gt) &&
    (b.gte === undefined || n >= b.gte) &&
    (b.lt === undefined || n < b.lt) &&
    (b.lte === undefined || n <= b.lte)
  );
}

function actualOf(matches: PathMatch[]): Json {
  if (matches.length === 0) return null;
  if (matches.length === 1) return (matches[0] as PathMatch).value;
  return matches.slice(0, MAX_LISTED).map((m) => m.value);
}

/** What an answer check expects, as evidence shows it: the value for the loose forms (as before), the whole check for the strict ones. */
function answerExpected(c: CompiledAnswerCheck): Json {
  if (c.kind === 'contains') return c.check.contains as Json;
  if (c.kind === 'matches') return c.check.matches as Json;
  return c.check as unknown as Json;
}

interface Scope {
  root: Json;
  current: Json;
  currentPath: string;
  ctx: PredicateContext;
}

function passingLeaves(items: EvidenceItem[]): number {
  return items.reduce((n, i) => n + (i.pass ? 1 : 0), 0);
}

function evalNode(node: CompiledPredicate, scope: Scope, out: EvidenceItem[]): boolean {
  switch (node.kind) {
    case 'all': {
      const results = node.items.map((i) => evalNode(i, scope, out));
      return results.every(Boolean);
    }
    case 'any': {
      const results = node.items.map((i) => evalNode(i, scope, out));
      return results.some(Boolean);
    }
    case 'not':
      return !evalNode(node.item, scope, out);
    case 'answer': {
      const answer = scope.ctx.answer ?? null;
      const { pass, detail } = evaluateAnswerCheck(node.answer, answer, scope.root);
      out.push({
        at: node.at,
        ...(node.label ? { label: node.label } : {}),
        path: 'answer',
        check: `answer.${node.answer.kind}`,
        expected: answerExpected(node.answer),
        actual: answer,
        found: answer === null ? 0 : 1,
        matched: answer === null ? [] : ['answer'],
        pass,
        detail,
      });
      return pass;
    }
    case 'path': {
      const matches = resolvePath(node.path, scope.root, scope.current, scope.currentPath);
      const values = matches.map((m) => m.value);
      const quant = (f: (v: Json) => boolean): boolean =>
        node.of === 'all' ? values.length > 0 && values.every(f) : values.some(f);
      let pass: boolean;
      let children: EvidenceItem[] | undefined;
      let actual = actualOf(matches);
      switch (node.check) {
        case 'equals':
          pass = quant((v) => valuesEqual(v, node.expected, node.caseSensitive ?? true));
          break;
        case 'notEquals':
          pass = !values.some((v) => valuesEqual(v, node.expected, node.caseSensitive ?? true));
          break;
        case 'contains':
          pass = quant((v) => containsValue(v, node.expected, node.caseSensitive ?? false));
          break;
        case 'matches': {
          const re =
            node.caseSensitive === false && !(node.regex as RegExp).flags.includes('i')
              ? new RegExp((node.regex as RegExp).source, (node.regex as RegExp).flags + 'i')
              : (node.regex as RegExp);
          pass = quant((v) => (typeof v === 'string' || typeof v === 'number') && re.test(String(v)));
          break;
        }
        case 'gt':
        case 'gte':
        case 'lt':
        case 'lte': {
          const c = node.check;
          pass = quant((v) => compareOrder(v, c, node.expected));
          break;
        }
        case 'exists':
          pass = matches.length > 0 === node.expected;
          break;
        case 'count':
          pass = inBounds(matches.length, node.bounds as NumberBounds);
          actual = matches.length;
          break;
        case 'some':
        case 'every':
        case 'none': {
          const per = matches.map((m) => {
            const ev: EvidenceItem[] = [];
            const ok = evalNode(node.sub as CompiledPredicate, { ...scope, current: m.value, currentPath: m.path }, ev);
            return { ok, ev };
          });
          const passed = per.filter((p) => p.ok).length;
          if (node.check === 'some') {
            pass = passed > 0;
            const decider =
              per.find((p) => p.ok) ?? [...per].sort((a, b) => passingLeaves(b.ev) - passingLeaves(a.ev))[0];
            children = decider?.ev;
          } else if (node.check === 'every') {
            pass = per.length > 0 && passed === per.length;
            children = per.find((p) => !p.ok)?.ev;
          } else {
            pass = passed === 0;
            children = per.find((p) => p.ok)?.ev;
          }
          actual = { matched: matches.length, satisfied: passed };
          break;
        }
      }
      out.push({
        at: node.at,
        ...(node.label ? { label: node.label } : {}),
        path: node.path.source,
        check: node.check,
        expected: node.expected,
        actual,
        found: matches.length,
        matched: matches.slice(0, MAX_LISTED).map((m) => m.path || '@'),
        pass,
        ...(children ? { children } : {}),
      });
      return pass;
    }
  }
}

/**
 * Evaluates `predicate` (a Predicate document, validated here, or an already
 * compiled one) on `doc`. Throws PredicateError for an invalid predicate.
 */
export function evaluatePredicate(
  predicate: Predicate | CompiledPredicate,
  doc: Json,
  ctx: PredicateContext = {},
): PredicateResult {
  const compiled = isCompiled(predicate) ? predicate : parsePredicate(predicate);
  const evidence: EvidenceItem[] = [];
  const pass = evalNode(compiled, { root: doc, current: doc, currentPath: '', ctx }, evidence);
  return { pass, evidence };
}

function isCompiled(p: Predicate | CompiledPredicate): p is CompiledPredicate {
  return typeof (p as { kind?: unknown }).kind === 'string' && typeof (p as { at?: unknown }).at === 'string';
}
