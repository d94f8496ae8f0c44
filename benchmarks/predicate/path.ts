/**
 * Path expressions over JSON, a small JSONPath-like subset:
 *
 *   clock.alarms[*].time        member access, array wildcard
 *   settings.*.enabled          object wildcard (every member)
 *   notes.items[0], [-1]        index, negative from the end
 *   files["my file.txt"]        quoted member names
 *   contacts.people[?(name == "Bob")].phone   filters: == != < <= > >= ~= (contains, case-insensitive)
 *   [?(@.starred)]              a filter with only a path keeps truthy members
 *   $.a  (document root)   @.a or a  (the current value: the root at top level, the element inside some/every/none)
 *   @                           the current value itself
 */
import { PathSyntaxError } from './PredicateError.ts';
import type { Json } from './types.ts';

export type FilterOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '~=';

export type PathSegment =
  | { kind: 'member'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'wildcard' }
  | { kind: 'filter'; path: ParsedPath; op: FilterOp | null; value: Json };

export interface ParsedPath {
  source: string;
  /** `$` = document root; `@` = current value (the default). */
  start: 'root' | 'current';
  segments: PathSegment[];
}

export interface PathMatch {
  /** Concrete location, e.g. "clock.alarms[2].time". */
  path: string;
  value: Json;
}

const NAME = /[A-Za-z0-9_\-\u00C0-\uFFFF]/;

class Reader {
  i = 0;
  constructor(
    readonly src: string,
    readonly whole: string,
    readonly offset: number,
  ) {}
  peek(k = 0): string | undefined {
    return this.src[this.i + k];
  }
  fail(problem: string): never {
    throw new PathSyntaxError(this.whole, this.offset + this.i + 1, problem);
  }
  ws(): void {
    while (this.peek() === ' ') this.i++;
  }
  name(): string {
    const start = this.i;
    while (this.peek() !== undefined && NAME.test(this.peek() as string)) this.i++;
    if (this.i === start) this.fail('expected a member name');
    return this.src.slice(start, this.i);
  }
  quoted(): string {
    const q = this.peek();
    if (q !== '"' && q !== "'") this.fail('expected a quoted string');
    this.i++;
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unterminated string');
      this.i++;
      if (c === '\\') {
        const e = this.peek();
        if (e === undefined) this.fail('unterminated string');
        out += e;
        this.i++;
        continue;
      }
      if (c === q) return out;
      out += c;
    }
  }
}

function parseLiteral(r: Reader): Json {
  r.ws();
  const c = r.peek();
  if (c === '"' || c === "'") return r.quoted();
  const rest = r.src.slice(r.i);
  const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(rest);
  if (!m) r.fail('expected a literal: a quoted string, a number, true, false or null');
  r.i += m[0].length;
  return JSON.parse(m[0]) as Json;
}

function parseSegments(
  r: Reader,
  stopAt: (c: string | undefined) => boolean,
): { start: 'root' | 'current'; segments: PathSegment[] } {
  const segments: PathSegment[] = [];
  let start: 'root' | 'current' = 'current';
  r.ws();
  if (r.peek() === '$' || r.peek() === '@') {
    start = r.peek() === '$' ? 'root' : 'current';
    r.i++;
  } else if (r.peek() !== '[' && !stopAt(r.peek())) {
    segments.push(r.peek() === '*' ? (r.i++, { kind: 'wildcard' }) : { kind: 'member', name: r.name() });
  }
  for (;;) {
    const c = r.peek();
    if (stopAt(c)) return { start, segments };
    if (c === '.') {
      r.i++;
      if (r.peek() === '*') {
        r.i++;
        segments.push({ kind: 'wildcard' });
      } else segments.push({ kind: 'member', name: r.name() });
      continue;
    }
    if (c === '[') {
      r.i++;
      r.ws();
      const d = r.peek();
      if (d === '*') {
        r.i++;
        segments.push({ kind: 'wildcard' });
      } else if (d === '"' || d === "'") {
        segments.push({ kind: 'member', name: r.quoted() });
      } else if (d === '?') {
        r.i++;
        r.ws();
        const paren = r.peek() === '(';
        if (paren) r.i++;
        const closer = paren ? ')' : ']';
        const inner = parseSegments(
          r,
          (x) =>
            x === undefined ||
            x === closer ||
            x === ' ' ||
            x === '=' ||
            x === '!' ||
            x === '<' ||
            x === '>' ||
            x === '~',
        );
        r.ws();
        let op: FilterOp | null = null;
        let value: Json = null;
        const two = (r.peek() ?? '') + (r.peek(1) ?? '');
        if (['==', '!=', '<=', '>=', '~='].includes(two)) {
          op = two as FilterOp;
          r.i += 2;
        } else if (r.peek() === '<' || r.peek() === '>') {
          op = r.peek() as FilterOp;
          r.i++;
        }
        if (op) value = parseLiteral(r);
        r.ws();
        if (paren) {
          if (r.peek() !== ')') r.fail("expected ')' to close the filter");
          r.i++;
          r.ws();
        }
        const filterPath: ParsedPath = { source: '', start: inner.start, segments: inner.segments };
        segments.push({ kind: 'filter', path: filterPath, op, value });
      } else {
        const m = /^-?\d+/.exec(r.src.slice(r.i));
        if (!m) r.fail("expected *, an index, a quoted name or a ?filter inside '[ ]'");
        r.i += m[0].length;
        segments.push({ kind: 'index', index: Number(m[0]) });
      }
      r.ws();
      if (r.peek() !== ']') r.fail("expected ']'");
      r.i++;
      continue;
    }
    r.fail(`unexpected character ${JSON.stringify(c)}`);
  }
}

/** Parses a path expression; throws PathSyntaxError naming the column. */
export function parsePath(source: string): ParsedPath {
  if (typeof source !== 'string' || source.trim() === '') throw new PathSyntaxError(String(source), 1, 'empty path');
  const r = new Reader(source, source, 0);
  const { start, segments } = parseSegments(r, (c) => c === undefined);
  return { source, start, segments };
}

function isObject(v: Json): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fmt(base: string, seg: string | number): string {
  if (typeof seg === 'number') return `${base}[${seg}]`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)) return base ? `${base}.${seg}` : seg;
  return `${base}[${JSON.stringify(seg)}]`;
}

function children(v: Json, at: string): PathMatch[] {
  if (Array.isArray(v)) return v.map((value, i) => ({ path: fmt(at, i), value }));
  if (isObject(v)) return Object.entries(v).map(([k, value]) => ({ path: fmt(at, k), value }));
  return [];
}

function truthy(v: Json): boolean {
  return !(v === null || v === false || v === 0 || v === '');
}

/** Compares two JSON values for a filter; numbers numerically, strings lexically. */
export function compareFilter(actual: Json, op: FilterOp, expected: Json): boolean {
  switch (op) {
    case '==':
      return deepEqual(actual, expected);
    case '!=':
      return !deepEqual(actual, expected);
    case '~=':
      return (
        typeof actual === 'string' &&
        typeof expected === 'string' &&
        actual.toLowerCase().includes(expected.toLowerCase())
      );
    default: {
      const ok =
        (typeof actual === 'number' && typeof expected === 'number') ||
        (typeof actual === 'string' && typeof expected === 'string');
      if (!ok) return false;
      const a = actual as number | string;
      const e = expected as number | string;
      return op === '<' ? a < e : op === '<=' ? a <= e : op === '>' ? a > e : a >= e;
    }
  }
}

export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * All values the path selects. `root` is the whole document, `current` the
 * value relative paths start from (the element inside some/every/none).
 */
export function resolvePath(path: ParsedPath, root: Json, current: Json, currentPath = ''): PathMatch[] {
  let frontier: PathMatch[] = [
    path.start === 'root' ? { path: '', value: root } : { path: currentPath, value: current },
  ];
  for (const seg of path.segments) {
    const next: PathMatch[] = [];
    for (const m of frontier) {
      switch (seg.kind) {
        case 'member':
          if (isObject(m.value) && Object.prototype.hasOwnProperty.call(m.value, seg.name)) {
            next.push({ path: fmt(m.path, seg.name), value: m.value[seg.name] as Json });
          }
          break;
        case 'index':
          if (Array.isArray(m.value)) {
            const i = seg.index < 0 ? m.value.length + seg.index : seg.index;
            if (i >= 0 && i < m.value.length) next.push({ path: fmt(m.path, i), value: m.value[i] as Json });
          }
          break;
        case 'wildcard':
          next.push(...children(m.value, m.path));
          break;
        case 'filter':
          for (const c of children(m.value, m.path)) {
            const hits = resolvePath(seg.path, root, c.value, c.path);
            const keep =
              seg.op === null
                ? hits.some((h) => truthy(h.value))
                : hits.some((h) => compareFilter(h.value, seg.op as FilterOp, seg.value));
            if (keep) next.push(c);
          }
          break;
      }
    }
    frontier = next;
  }
  return frontier;
}
