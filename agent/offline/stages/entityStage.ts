import { currentValue, fieldRole, textInputs } from '../formFields.ts';
import { groundWords } from '../groundElement.ts';
import { searchQuery } from '../searchQuery.ts';
import { relatedWords } from '../synonyms.ts';
import { sameWord, tokens } from '../words.ts';
import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * The thing the clause is about (a person, a product, a note): tap it where
 * it shows, else type it into the search field or open the toolbar search,
 * else look further down. When the screen has no search (or it was used) and
 * other words of the clause match, the later stages go that way instead.
 */
export function entityStage(ctx: StageContext): StageResult {
  const { clause, screen, stateKey, state, progress, act, tap, tried } = ctx;
  if (!clause.entity || progress.opened || (clause.creates && !clause.question) || clause.toggle) return NEXT;
  const entity = clause.entity;
  const want = tokens(entity);
  const kinds = new Map(screen.windows.map((w) => [w.id, w.kind]));
  const candidates = screen.elements
    .filter(
      (e) =>
        e.actionable &&
        e.role !== 'input' &&
        !e.flags.checkable &&
        kinds.get(e.window) !== 'keyboard' &&
        kinds.get(e.window) !== 'status_bar',
    )
    .map((e) => {
      const own = tokens(`${e.label} ${e.contentDesc}`);
      const n = want.filter((w) => own.some((o) => sameWord(o, w))).length;
      return { e, n, len: own.length };
    })
    .filter((x) => x.n === want.length || (want.length > 1 && x.n >= Math.ceil(want.length * 0.6)))
    .sort(
      (a, b) => b.n - a.n || (a.e.role === 'listitem' ? -1 : 0) - (b.e.role === 'listitem' ? -1 : 0) || a.len - b.len,
    );
  const hit = candidates.find((c) => !tried(c.e));
  if (hit) {
    progress.opened = true;
    for (const w of want) progress.consumed.add(w);
    return tap(hit.e, `"${hit.e.label}" is ${entity}`);
  }
  const query = searchQuery(clause);
  const hasSearch = screen.elements.some(
    (e) => e.actionable && /\bsearch\b/i.test(`${e.label} ${e.contentDesc} ${e.hint}`),
  );
  if (!hasSearch || progress.searched) {
    const remaining = clause.words.filter((w) => !progress.consumed.has(w));
    const g = groundWords(screen, [...remaining, ...relatedWords(remaining)]).filter(
      (x) => !tried(x.element) && x.element.role !== 'input',
    )[0];
    if (g) return NEXT;
  }
  const search = textInputs(screen).find(
    (e) =>
      fieldRole(e) === 'search' ||
      (textInputs(screen).length === 1 && /search/i.test(`${e.hint} ${e.text} ${e.resourceId}`)),
  );
  if (search && query && !progress.searched) {
    progress.searched = true;
    progress.typed = true;
    const prefix = currentValue(search);
    if (prefix && prefix.toLowerCase() !== query.toLowerCase())
      return act('clear', { element: search.id }, 'clear the search field', 'an empty search field');
    return act(
      'type',
      { element: search.id, text: query, submit: true },
      `search for "${query}"`,
      'results for the query',
    );
  }
  if (!progress.searched && !progress.searchOpened) {
    const opener = screen.elements.find(
      (e) => e.actionable && e.role !== 'input' && /\bsearch\b/i.test(`${e.label} ${e.contentDesc}`) && !tried(e),
    );
    if (opener) {
      progress.searchOpened = true;
      return tap(opener, `open search to find ${entity}`, 'a search field');
    }
  }
  const scrollable = screen.elements.find((e) => e.flags.scrollable);
  const scrolled = state.scrolls.get(stateKey) ?? 0;
  if (scrollable && scrolled < 3 && !progress.searched) {
    state.scrolls.set(stateKey, scrolled + 1);
    state.lastScrollKey = stateKey;
    return act(
      'scroll',
      { direction: 'down', element: scrollable.id },
      `look further down for ${entity}`,
      'more of the list',
    );
  }
  return NEXT;
}
