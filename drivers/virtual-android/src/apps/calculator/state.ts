/** Calculator data: the display (formula and result) and the history. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';
import { evaluate, formatNumber } from './evaluate.ts';

export interface HistoryEntry {
  formula: string;
  result: string;
  /** Virtual clock ms. */
  time: number;
}

export interface CalculatorState {
  /** What the formula line shows ("12×(3+4)"). */
  formula: string;
  /** The result line: a live preview while typing, the answer after "=", or an error text. */
  result: string;
  /** True right after "=": the next digit starts a new formula, an operator continues from the result. */
  evaluated: boolean;
  history: HistoryEntry[];
  theme: 'System default' | 'Light' | 'Dark';
}

export function initialCalculator(s: Seeded): CalculatorState {
  const history: HistoryEntry[] = [];
  const ops = ['+', '−', '×', '÷'];
  // Older calculations, newest last, spread over the past days.
  for (let k = 0; k < 14; k++) {
    const formula = `${s.int(2, 250)}${s.pick(ops)}${s.int(2, 40)}`;
    history.push({ formula, result: formatNumber(evaluate(formula)), time: s.now - (14 - k) * 5_400_000 });
  }
  return { formula: '', result: '', evaluated: false, history, theme: 'System default' };
}
