/**
 * The calculator's arithmetic: a recursive-descent parser over the display
 * formula (digits, ".", "+", "−", "×", "÷", "%", "^", "√", "π", "e", "(", ")"), with the usual
 * precedence, unary minus, implicit multiplication before "(" and missing
 * closing parentheses added at the end, as Google Calculator does.
 */

export class CalcError extends Error {
  override name = 'CalcError';
  constructor(message: string) {
    super(message);
  }
}

const OPS = new Set(['+', '−', '×', '÷']);

export function isOperator(ch: string): boolean {
  return OPS.has(ch);
}

/** Evaluates a display formula; throws CalcError ("Can't divide by 0", "Bad expression"). */
export function evaluate(formula: string): number {
  const open = [...formula].filter((c) => c === '(').length - [...formula].filter((c) => c === ')').length;
  const src = formula + ')'.repeat(Math.max(0, open));
  let i = 0;
  const peek = (): string | undefined => src[i];
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '−') {
      const op = src[i++];
      const r = term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const term = (): number => {
    let v = power();
    for (;;) {
      const c = peek();
      if (c === '×' || c === '÷') {
        i++;
        const r = power();
        if (c === '÷' && r === 0) throw new CalcError("Can't divide by 0");
        v = c === '×' ? v * r : v / r;
      } else if (
        c === '(' ||
        c === '√' ||
        c === 'π' ||
        c === 'e' ||
        (c !== undefined && /[0-9.]/.test(c) && /[)πe]/.test(src[i - 1] ?? ''))
      ) {
        v *= power(); // "2(3)", "(1)(2)", "2π" multiply
      } else return v;
    }
  };
  // "^" binds tighter than "×" and to the right: 2^3^2 = 2^9.
  const power = (): number => {
    const base = factor();
    if (peek() !== '^') return base;
    i++;
    return base ** power();
  };
  const factor = (): number => {
    if (peek() === '−') {
      i++;
      return -power();
    }
    if (peek() === '√') {
      i++;
      const x = factor();
      if (x < 0) throw new CalcError('Bad expression');
      return Math.sqrt(x);
    }
    let v: number;
    if (peek() === 'π' || peek() === 'e') {
      v = src[i++] === 'π' ? Math.PI : Math.E;
    } else if (peek() === '(') {
      i++;
      v = expr();
      if (peek() !== ')') throw new CalcError('Bad expression');
      i++;
    } else {
      const m = /^[0-9]*\.?[0-9]*/.exec(src.slice(i))![0];
      if (m === '' || m === '.') throw new CalcError('Bad expression');
      i += m.length;
      v = Number(m);
    }
    while (peek() === '%') {
      i++;
      v /= 100;
    }
    return v;
  };
  if (src.length === 0) throw new CalcError('Bad expression');
  const value = expr();
  if (i !== src.length) throw new CalcError('Bad expression');
  if (!Number.isFinite(value)) throw new CalcError('Value too large');
  return value;
}

/** Up to 12 significant digits, no trailing zeros, "−" for negatives, exponent form when huge or tiny. */
export function formatNumber(n: number): string {
  if (Object.is(n, -0) || n === 0) return '0';
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1e12 || abs < 1e-9)
    s = n
      .toExponential(8)
      .replace(/\.?0+e/, 'E')
      .replace('E+', 'E');
  else s = String(Number(n.toPrecision(12)));
  return s.replace('-', '−');
}
