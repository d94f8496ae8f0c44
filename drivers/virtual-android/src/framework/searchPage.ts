/**
 * The search screen the people apps share (Contacts, Messages, Mail,
 * Calendar, Notes): a toolbar with Navigate up and a search field whose text
 * lives in the screen entry's scratch (`r.local.query`), then the results for
 * the query, a "nothing found" line, or a prompt while the field is empty.
 */
import type { RenderCtx, View } from './types.ts';
import { editText, emptyState, imageButton, row, screen } from './widgets.ts';

export interface SearchPageOptions<S> {
  /** Resource id of the search field, as the real app names it. */
  fieldId: string;
  hint: string;
  /** The results for a trimmed, lower-cased, non-empty query; null when nothing matches. */
  results: (needle: string) => View<S> | null;
  noResults: string;
  /** Shown while the field is empty. */
  prompt: string;
}

export function searchPage<S>(r: RenderCtx<S>, o: SearchPageOptions<S>): View<S> {
  const query = String(r.local.query ?? '');
  const needle = query.trim().toLowerCase();
  const found = needle ? o.results(needle) : null;
  return screen<S>([
    row<S>({ cls: 'android.view.ViewGroup', id: 'toolbar', h: 168 }, [
      imageButton<S>('Navigate up', (a) => a.back(), { h: 168, w: 160 }),
      editText<S>(
        o.fieldId,
        o.hint,
        {
          value: query,
          onChange: (a, v) => {
            a.local.query = v;
          },
          // The list filters as the user types: Enter has nothing more to do.
          onSubmit: () => undefined,
        },
        { grow: 1, h: 150, pad: [0, 24, 0, 24] },
      ),
    ]),
    needle ? (found ?? emptyState<S>(o.noResults)) : emptyState<S>(o.prompt),
  ]);
}
