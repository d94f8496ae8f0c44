import { DONE, type StageContext, type StageResult } from './Stage.ts';

/**
 * The last resort: scroll for more (three times per screen state, fewer when
 * a scroll did nothing), then go back (twice per clause), then give up on
 * the clause (recorded: the run then ends as not done).
 */
export function exploreStage({ clause, screen, stateKey, state, remaining, act }: StageContext): StageResult {
  const scrollable = screen.elements.find((e) => e.flags.scrollable);
  const scrolled = state.scrolls.get(stateKey) ?? 0;
  if (scrollable && scrolled < 3) {
    state.scrolls.set(stateKey, scrolled + 1);
    state.lastScrollKey = stateKey;
    return act(
      'scroll',
      { direction: 'down', element: scrollable.id },
      `look further down for ${remaining.join(', ') || 'the field'}`,
      'more of the list',
    );
  }
  if (state.backs < 2) {
    state.backs += 1;
    return act('back', {}, `nothing here matches ${remaining.join(', ')}; go back`, 'the previous screen');
  }
  // Given up: the run must not end as if this clause were done.
  if (!state.gaveUp.includes(clause.text)) state.gaveUp.push(clause.text);
  return DONE;
}
