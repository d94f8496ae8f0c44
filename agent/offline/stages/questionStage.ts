import { groundWords } from '../groundElement.ts';
import { readAnswer } from '../readAnswer.ts';
import { tokens } from '../words.ts';
import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * A question (or a gathering clause) whose subject is open: one more tap on
 * a row the question names (at most two), then the answer read off the screen.
 */
export function questionStage({
  clause,
  screen,
  progress,
  remaining,
  tap,
  tried,
  remember,
}: StageContext): StageResult {
  if ((clause.question || clause.gather) && !clause.fact && (progress.opened || !clause.entity) && !clause.shares) {
    const more = groundWords(
      screen,
      remaining.filter((w) => !clause.entity || !tokens(clause.entity).includes(w)),
    ).filter((g) => !tried(g.element) && g.score >= 1.5 && g.element.role !== 'input')[0];
    if (more && progress.extraTaps < 2 && (progress.opened || !clause.entity)) {
      progress.extraTaps += 1;
      for (const w of more.matched) progress.consumed.add(w);
      return tap(more.element, `"${more.element.label}" is what the question asks about`);
    }
    if (progress.opened || remaining.length === 0 || progress.extraTaps > 0) {
      const answer = readAnswer(screen, clause.text);
      if (answer) {
        remember('answer', answer);
        return DONE;
      }
    }
  }
  return NEXT;
}
