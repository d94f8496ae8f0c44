/**
 * What each calculator key does to the display, following Google
 * Calculator: operators replace a trailing operator, "." once per number,
 * ")" only when a "(" is open, "=" keeps the formula and shows the answer.
 */
import type { CalculatorState } from './state.ts';
import { CalcError, evaluate, formatNumber, isOperator } from './evaluate.ts';

type S = CalculatorState;

function preview(formula: string): string {
  if (!/[+−×÷^%√(]/.test(formula.replace(/^−/, ''))) return '';
  try {
    return formatNumber(evaluate(formula));
  } catch {
    return '';
  }
}

function openParens(f: string): number {
  return [...f].filter((c) => c === '(').length - [...f].filter((c) => c === ')').length;
}

function set(s: S, formula: string): void {
  s.formula = formula;
  s.evaluated = false;
  s.result = preview(formula);
}

/** Digits, ".", "π", "e", "√", "(" (things that start or extend an operand). */
export function pressOperand(s: S, key: string): void {
  let f = s.evaluated ? '' : s.formula;
  if (key === '.') {
    const number = /[0-9.]*$/.exec(f)![0];
    if (number.includes('.')) return;
    if (number === '') f += '0';
  }
  set(s, f + key);
}

export function pressOperator(s: S, op: string): void {
  let f = s.evaluated && s.result && !/[a-z]/i.test(s.result) ? s.result : s.formula;
  if (f === '' && op !== '−') return;
  const last = f.slice(-1);
  if (last === '(' && op !== '−') return;
  if (isOperator(last) || last === '^') {
    // "×−" starts a negative number; any other pair replaces the operator.
    if (op === '−' && (last === '×' || last === '÷' || last === '^')) {
      set(s, f + op);
      return;
    }
    f = f.slice(0, -1);
    if (isOperator(f.slice(-1))) f = f.slice(0, -1);
    if (f === '') return set(s, op === '−' ? op : '');
  }
  set(s, f + op);
}

export function pressPercent(s: S): void {
  const f = s.evaluated ? s.result : s.formula;
  if (f === '' || !/[0-9)πe]$/.test(f)) return;
  set(s, `${f}%`);
}

export function pressCloseParen(s: S): void {
  const f = s.formula;
  if (s.evaluated || openParens(f) <= 0 || /[(+−×÷^√]$/.test(f)) return;
  set(s, `${f})`);
}

export function pressClear(s: S): void {
  s.formula = '';
  s.result = '';
  s.evaluated = false;
}

export function pressBackspace(s: S): void {
  if (s.evaluated) return pressClear(s);
  set(s, s.formula.slice(0, -1));
}

/** "=": shows the answer (or an error) and records it in the history. */
export function pressEquals(s: S, now: number): void {
  if (s.formula === '' || s.evaluated) return;
  try {
    const value = formatNumber(evaluate(s.formula));
    const closed = s.formula + ')'.repeat(Math.max(0, openParens(s.formula)));
    s.formula = closed;
    s.result = value;
    s.evaluated = true;
    s.history.push({ formula: closed, result: value, time: now });
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    s.result = e.message;
    s.evaluated = false;
  }
}
