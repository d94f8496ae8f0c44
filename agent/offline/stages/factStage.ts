import type { Screen } from '../../../drivers/screen/types.ts';
import { extractFact } from '../extractFact.ts';
import { sameWord, tokens } from '../words.ts';
import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * A fact to read (price, rating, ...) once the screen shows the clause's words
 * (or its entity was opened). A clause that must type and submit first (a
 * search) reads only after typing; a gathering clause is not read here.
 */
export function factStage({ clause, screen, progress, remaining, remember }: StageContext): StageResult {
  const textFirst = Boolean(clause.typeText) && !progress.typed && clause.submit;
  if (clause.fact && !textFirst && !clause.gather) {
    const onScreen = remaining.filter((w) => screenHasWord(screen, w));
    if (remaining.length === 0 || onScreen.length === remaining.length || (clause.entity && progress.opened)) {
      const value = extractFact(screen, clause.fact, clause.words);
      if (value) {
        remember(clause.fact, value);
        return DONE;
      }
    }
  }
  return NEXT;
}

function screenHasWord(screen: Screen, word: string): boolean {
  return screen.elements.some((e) => tokens(`${e.text} ${e.contentDesc}`).some((t) => sameWord(t, word)));
}
