import { groundWords } from '../groundElement.ts';
import { relatedWords } from '../synonyms.ts';
import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * Ground the clause's remaining words: tap the best matching element not yet
 * tried here (after a form was touched, only a strong match, so typing is not
 * interrupted). When nothing is named, tap where such things usually live
 * (Wi-Fi under Internet, hours behind an hours row).
 */
export function groundStage({ clause, screen, progress, remaining, tap, tried }: StageContext): StageResult {
  const grounded = groundWords(screen, remaining).filter((g) => !tried(g.element) && g.element.role !== 'input');
  const best = grounded[0];
  if (best && !(progress.formTouched && best.score < 1.5)) {
    for (const w of best.matched) progress.consumed.add(w);
    if (clause.question || clause.gather) progress.opened = true;
    return tap(best.element, `"${best.element.label}" matches ${best.matched.join(', ')}`);
  }
  const lookFor = clause.toggle ? clause.words : remaining;
  if (!progress.formTouched && lookFor.length > 0) {
    const related = groundWords(screen, relatedWords(lookFor)).filter(
      (g) => !tried(g.element) && g.element.role !== 'input',
    )[0];
    if (related) {
      for (const w of lookFor) if (relatedWords([w]).some((r) => related.matched.includes(r))) progress.consumed.add(w);
      return tap(related.element, `"${related.element.label}" is where ${lookFor.join(' ')} usually is`);
    }
  }
  return NEXT;
}
