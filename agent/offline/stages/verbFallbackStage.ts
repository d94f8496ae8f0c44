import { groundWords } from '../groundElement.ts';
import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/** Words to try when a clause's own words match nothing: what the verb usually looks like on screen. */
const VERB_FALLBACK: Array<{ verb: RegExp; words: string[] }> = [
  { verb: /\bsearch\b/i, words: ['search'] },
  { verb: /\b(send|text|message|email|mail|compose|write)\b/i, words: ['compose', 'new', 'add', 'start', 'create'] },
  { verb: /\b(add|create|new|make|set)\b/i, words: ['add', 'new', 'create', 'plus'] },
];

/** Nothing matches: tap what the clause's verb usually looks like (a search icon, a compose button), twice at most. */
export function verbFallbackStage({ clause, screen, progress, tap, tried }: StageContext): StageResult {
  const fallback = VERB_FALLBACK.find((f) => f.verb.test(clause.text));
  if (fallback && progress.fallbackTried < 2) {
    const g = groundWords(screen, fallback.words).filter((x) => !tried(x.element) && x.element.role !== 'input')[0];
    if (g) {
      progress.fallbackTried += 1;
      return tap(
        g.element,
        `"${g.element.label}" is how this app starts to ${fallback.words[0]}`,
        'an input or a new screen',
      );
    }
  }
  return NEXT;
}
