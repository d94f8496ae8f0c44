/**
 * A small XPath 1.0 subset over the page-source tree, enough for what agents
 * and Appium users write: absolute and descendant steps, `*` or class-name
 * tests, `..`, predicates with `@attr`, `=`/`!=`, `and`/`or`/`not()`,
 * `contains()`, `starts-with()`, `text()`, positions and `last()`, and a
 * parenthesised path with a position (`(//x)[2]`).
 */
export interface XNode {
  tag: string;
  attr(name: string): string | undefined;
  children: XNode[];
  parent: XNode | null;
}

export class XPathError extends Error {
  override name = 'XPathError';
}

type Tok = { t: 'op' | 'name' | 'str' | 'num'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re =
    /\s*(?:(\/\/|\/|\.\.|\.|\(|\)|\[|\]|!=|=|,|@|\*|\|)|"([^"]*)"|'([^']*)'|(\d+(?:\.\d+)?)|([A-Za-z_][\w.$:-]*))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new XPathError(`Cannot parse XPath '${src}' near '${src.slice(i, i + 20)}'.`);
    if (m[1] !== undefined) out.push({ t: 'op', v: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2] });
    else if (m[3] !== undefined) out.push({ t: 'str', v: m[3] });
    else if (m[4] !== undefined) out.push({ t: 'num', v: m[4] });
    else out.push({ t: 'name', v: m[5]! });
    i = re.lastIndex;
  }
  return out;
}

type Expr =
  | { k: 'or' | 'and'; a: Expr; b: Expr }
  | { k: 'not'; a: Expr }
  | { k: 'cmp'; op: '=' | '!='; a: Value; b: Value }
  | { k: 'fn'; name: string; args: Value[] }
  | { k: 'num'; n: number }
  | { k: 'last' }
  | { k: 'exists'; a: Value };

type Value = { k: 'attr'; name: string } | { k: 'text' } | { k: 'lit'; v: string };

interface Step {
  axis: 'child' | 'desc' | 'parent' | 'self';
  test: string;
  preds: Expr[];
}

interface PathExpr {
  steps: Step[];
  /** `(path)[n]` */
  outerPreds: Expr[];
}

class Parser {
  private i = 0;
  constructor(
    private toks: Tok[],
    private src: string,
  ) {}
  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private next(): Tok {
    const t = this.toks[this.i++];
    if (!t) throw new XPathError(`Unexpected end of XPath '${this.src}'.`);
    return t;
  }
  private expect(v: string): void {
    const t = this.next();
    if (t.v !== v) throw new XPathError(`Expected '${v}' but found '${t.v}' in XPath '${this.src}'.`);
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'op' && t.v === v;
  }

  parsePath(): PathExpr {
    if (this.isOp('(')) {
      this.next();
      const inner = this.parsePath();
      this.expect(')');
      const outerPreds: Expr[] = [];
      while (this.isOp('[')) outerPreds.push(this.parsePred());
      return { steps: inner.steps, outerPreds };
    }
    const steps: Step[] = [];
    let first = true;
    while (this.peek()) {
      let axis: Step['axis'] = 'child';
      if (this.isOp('//')) {
        this.next();
        axis = 'desc';
      } else if (this.isOp('/')) {
        this.next();
      } else if (!first) break;
      first = false;
      if (this.isOp('..')) {
        this.next();
        steps.push({ axis: 'parent', test: '*', preds: [] });
        continue;
      }
      if (this.isOp('.')) {
        this.next();
        steps.push({ axis: axis === 'desc' ? 'desc' : 'self', test: '*', preds: [] });
        continue;
      }
      const t = this.next();
      if (!(t.t === 'name' || (t.t === 'op' && t.v === '*')))
        throw new XPathError(`Expected a node test, found '${t.v}' in XPath '${this.src}'.`);
      const preds: Expr[] = [];
      while (this.isOp('[')) preds.push(this.parsePred());
      steps.push({ axis, test: t.v, preds });
      if (this.isOp(')')) break;
    }
    return { steps, outerPreds: [] };
  }

  private parsePred(): Expr {
    this.expect('[');
    const e = this.parseOr();
    this.expect(']');
    return e;
  }

  private parseOr(): Expr {
    let a = this.parseAnd();
    while (this.peek()?.t === 'name' && this.peek()!.v === 'or') {
      this.next();
      a = { k: 'or', a, b: this.parseAnd() };
    }
    return a;
  }

  private parseAnd(): Expr {
    let a = this.parseUnary();
    while (this.peek()?.t === 'name' && this.peek()!.v === 'and') {
      this.next();
      a = { k: 'and', a, b: this.parseUnary() };
    }
    return a;
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (t?.t === 'op' && t.v === '(') {
      this.next();
      const e = this.parseOr();
      this.expect(')');
      return e;
    }
    if (t?.t === 'num') {
      this.next();
      return { k: 'num', n: Number(t.v) };
    }
    if (
      t?.t === 'name' &&
      (t.v === 'not' || t.v === 'last' || t.v === 'contains' || t.v === 'starts-with' || t.v === 'ends-with') &&
      this.toks[this.i + 1]?.v === '('
    ) {
      this.next();
      this.expect('(');
      if (t.v === 'last') {
        this.expect(')');
        return { k: 'last' };
      }
      if (t.v === 'not') {
        const a = this.parseOr();
        this.expect(')');
        return { k: 'not', a };
      }
      const args: Value[] = [this.parseValue()];
      while (this.isOp(',')) {
        this.next();
        args.push(this.parseValue());
      }
      this.expect(')');
      return { k: 'fn', name: t.v, args };
    }
    const a = this.parseValue();
    if (this.isOp('=') || this.isOp('!=')) {
      const op = this.next().v as '=' | '!=';
      return { k: 'cmp', op, a, b: this.parseValue() };
    }
    return { k: 'exists', a };
  }

  private parseValue(): Value {
    const t = this.next();
    if (t.t === 'op' && t.v === '@') return { k: 'attr', name: this.next().v };
    if (t.t === 'str' || t.t === 'num') return { k: 'lit', v: t.v };
    if (t.t === 'name' && t.v === 'text' && this.isOp('(')) {
      this.next();
      this.expect(')');
      return { k: 'text' };
    }
    throw new XPathError(`Unsupported XPath token '${t.v}' in '${this.src}'.`);
  }
}

function value(v: Value, n: XNode): string | undefined {
  if (v.k === 'lit') return v.v;
  if (v.k === 'text') return n.attr('text');
  return n.attr(v.name);
}

function test(e: Expr, n: XNode, pos: number, size: number): boolean {
  switch (e.k) {
    case 'or':
      return test(e.a, n, pos, size) || test(e.b, n, pos, size);
    case 'and':
      return test(e.a, n, pos, size) && test(e.b, n, pos, size);
    case 'not':
      return !test(e.a, n, pos, size);
    case 'num':
      return pos === e.n;
    case 'last':
      return pos === size;
    case 'exists':
      return value(e.a, n) !== undefined;
    case 'cmp': {
      const a = value(e.a, n);
      const b = value(e.b, n);
      if (a === undefined || b === undefined) return e.op === '!=' && a !== b;
      return e.op === '=' ? a === b : a !== b;
    }
    case 'fn': {
      const [x, y] = e.args.map((arg) => value(arg, n) ?? '');
      if (e.name === 'contains') return (x ?? '').includes(y ?? '');
      if (e.name === 'starts-with') return (x ?? '').startsWith(y ?? '');
      return (x ?? '').endsWith(y ?? '');
    }
  }
}

function applyPreds(nodes: XNode[], preds: Expr[]): XNode[] {
  let out = nodes;
  for (const p of preds) out = out.filter((n, i) => test(p, n, i + 1, out.length));
  return out;
}

function descendants(n: XNode, out: XNode[]): void {
  for (const c of n.children) {
    out.push(c);
    descendants(c, out);
  }
}

/** Evaluates `src` against a document whose root node is `doc` (the virtual document node). */
export function evaluateXPath(src: string, doc: XNode, context: XNode = doc): XNode[] {
  const toks = tokenize(src.trim());
  if (toks.length === 0) throw new XPathError('Empty XPath.');
  const parser = new Parser(toks, src);
  const path = parser.parsePath();
  const absolute = src.trim().replace(/^\(+/, '').startsWith('/');
  let current: XNode[] = [absolute ? doc : context];
  for (const step of path.steps) {
    const next: XNode[] = [];
    const seen = new Set<XNode>();
    for (const n of current) {
      let candidates: XNode[];
      if (step.axis === 'child') candidates = n.children;
      else if (step.axis === 'parent') candidates = n.parent ? [n.parent] : [];
      else if (step.axis === 'self') candidates = [n];
      else {
        candidates = [];
        descendants(n, candidates);
      }
      const matched = candidates.filter((c) => step.test === '*' || c.tag === step.test);
      for (const c of applyPreds(matched, step.preds)) {
        if (!seen.has(c)) {
          seen.add(c);
          next.push(c);
        }
      }
    }
    current = next;
  }
  return applyPreds(current, path.outerPreds);
}
