import { displayedResult, hasKeypad, keyFor } from '../calculatorKeys.ts';
import type { Clause } from '../parseClauses.ts';
import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * A calculator keypad and an expression to press: one key per decision; when
 * all are pressed (or a key is missing) the displayed result is remembered and
 * the clause is done.
 */
export function calculatorStage({ clause, screen, progress, act, remember }: StageContext): StageResult {
  const expression = clause.values.expression ?? carriedExpression(clause);
  if (!expression || !hasKeypad(screen)) return NEXT;
  if (progress.keys < expression.length) {
    const ch = expression[progress.keys]!;
    const key = keyFor(screen, ch);
    if (key) {
      progress.keys += 1;
      return act('tap', { element: key.id }, `press "${ch}" of ${expression}`, 'the display shows it');
    }
  }
  const result = displayedResult(screen);
  if (result) remember('result', result);
  return DONE;
}

/** "Work out each share with the calculator" with no numbers of its own: none (facts are typed, not computed). */
function carriedExpression(_clause: Clause): string | undefined {
  return undefined;
}
