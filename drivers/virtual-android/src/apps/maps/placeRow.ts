/** A place in a results or saved list: name, rating with review count, category and distance, open status. */
import type { Handler, View } from '../../framework/types.ts';
import { column, text } from '../../framework/widgets.ts';
import { openStatus, type Place } from '../../world/places.ts';
import type { MapsState } from './state.ts';

type S = MapsState;

export function ratingLine(p: Place): string {
  return `${p.rating.toFixed(1)} ★ (${p.reviews.toLocaleString('en-US')})`;
}

export function placeRow(p: Place, now: number, onTap: Handler<S>, extra?: string): View<S> {
  return column<S>(
    { id: 'place_item', key: `place/${p.id}`, h: 290, pad: [16, 48, 16, 48], clickable: true, focusable: true, onTap },
    [
      text<S>(p.name, { id: 'place_title', h: 66, style: { size: 38, bold: true } }),
      text<S>(ratingLine(p), { id: 'place_rating', h: 56, style: { size: 30 } }),
      text<S>(`${p.category} · ${p.distanceKm.toFixed(1)} km`, {
        id: 'place_category',
        h: 56,
        style: { size: 30, color: '#5f6368' },
      }),
      text<S>(extra ?? openStatus(p, now), {
        id: 'place_status',
        h: 56,
        style: { size: 30, color: (extra ?? openStatus(p, now)).startsWith('Closed') ? '#b3261e' : '#146c2e' },
      }),
    ],
  );
}
