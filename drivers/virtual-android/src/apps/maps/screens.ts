/**
 * Maps screens: explore (search bar, category chips, nearby), search
 * results, place details, directions with travel-mode tabs, saved places.
 */
import type { Act, JsonObject, RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import {
  button,
  editText,
  emptyState,
  heading,
  imageButton,
  list,
  listItem,
  row,
  screen,
  tabs,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import { PLACES, openStatus, placeById, searchPlaces, travelMinutes, type Place } from '../../world/places.ts';
import { placeRow, ratingLine } from './placeRow.ts';
import type { MapsState, TravelMode } from './state.ts';

type S = MapsState;
const CHIPS: [string, string][] = [
  ['Restaurants', 'restaurant'],
  ['Coffee', 'coffee'],
  ['Museums', 'museum'],
  ['Parks', 'park'],
  ['Shopping', 'shopping'],
];
const MODES: [TravelMode, string][] = [
  ['driving', 'Driving'],
  ['transit', 'Transit'],
  ['walking', 'Walking'],
  ['cycling', 'Cycling'],
];

export function placeShareText(p: Place): string {
  return `${p.name}\n${p.address}\nhttps://maps.google.com/?q=${encodeURIComponent(p.name)}`;
}

function runSearch(a: Act<S>, raw: string, replace = false): void {
  const query = raw.trim();
  if (!query) return;
  a.state.recentSearches = [
    query,
    ...a.state.recentSearches.filter((q) => q.toLowerCase() !== query.toLowerCase()),
  ].slice(0, 5);
  const found = searchPlaces(query);
  // One exact hit opens the place, as Maps does for a precise name.
  const target = found.length === 1 ? 'place' : 'results';
  const params: JsonObject = found.length === 1 ? { id: found[0]!.id } : { query };
  if (replace) a.replace(target, params);
  else a.navigate(target, params);
}

function searchBar(r: RenderCtx<S>, initial: string, replace: boolean, up: boolean): View<S> {
  const children: View<S>[] = [];
  if (up) children.push(imageButton<S>('Navigate up', (a) => a.back(), { h: 150, w: 140 }));
  children.push(
    editText<S>(
      'search_omnibox_text',
      'Search here',
      {
        value: String(r.local.draft ?? initial),
        onChange: (a, v) => {
          a.local.draft = v;
        },
        onSubmit: (a) => runSearch(a, String(a.local.draft ?? initial), replace),
      },
      { grow: 1, h: 140, pad: [0, 40, 0, 40], style: { border: '#dadce0', radius: 70 } },
    ),
  );
  children.push(
    imageButton<S>('Search', (a) => runSearch(a, String(a.local.draft ?? initial), replace), {
      id: 'search_button',
      h: 150,
    }),
  );
  return row<S>({ id: 'search_omnibox_container', h: 170, pad: [10, 20, 10, 20] }, children);
}

function bottomNav(current: 'explore' | 'saved'): View<S> {
  return tabs<S>(
    [
      { label: 'Explore', selected: current === 'explore', onTap: (a) => a.replace('explore') },
      { label: 'Saved', selected: current === 'saved', onTap: (a) => a.replace('saved') },
    ],
    { id: 'bottom_navigation', h: 180 },
  );
}

function missing(): View<S> {
  return screen<S>([toolbar<S>('Maps', { up: true }), emptyState<S>('Place not found')]);
}

export const screens: Record<string, ScreenDef<S>> = {
  explore: {
    activity: 'com.google.android.maps.MapsActivity',
    render: (r) => {
      const nearby = [...PLACES].sort((x, y) => y.rating - x.rating || x.distanceKm - y.distanceKm).slice(0, 6);
      return screen<S>([
        searchBar(r, '', false, false),
        {
          cls: 'android.widget.HorizontalScrollView',
          id: 'chips',
          dir: 'row',
          h: 130,
          pad: [10, 20, 10, 20],
          gap: 16,
          children: CHIPS.map(([label, q]) =>
            button<S>(label, (a) => a.navigate('results', { query: q, title: label }), {
              id: 'chip',
              h: 110,
              style: { border: '#dadce0', radius: 55, align: 'center' },
            }),
          ),
        },
        { cls: 'android.view.View', id: 'map', desc: 'Map', h: 560, style: { bg: '#e6f4ea' } },
        list<S>(
          'explore',
          [
            heading<S>('Popular nearby', { key: 'heading/nearby' }),
            ...nearby.map((p) => placeRow(p, r.device.now, (a) => a.navigate('place', { id: p.id }))),
            ...(r.state.recentSearches.length
              ? [
                  heading<S>('Recent', { key: 'heading/recent' }),
                  ...r.state.recentSearches.map((q) =>
                    listItem<S>({ title: q, id: 'recent_search', key: `recent/${q}`, onTap: (a) => runSearch(a, q) }),
                  ),
                ]
              : []),
          ],
          { id: 'explore_list' },
        ),
        bottomNav('explore'),
      ]);
    },
  },
  results: {
    activity: 'com.google.android.maps.MapsActivity',
    render: (r) => {
      const query = String(r.params.query ?? '');
      const found = searchPlaces(query);
      return screen<S>([
        searchBar(r, String(r.params.title ?? query), true, true),
        found.length
          ? list<S>(
              'results',
              found.map((p) => placeRow(p, r.device.now, (a) => a.navigate('place', { id: p.id }))),
              { id: 'results_list' },
            )
          : emptyState<S>(`No results for "${query}"`),
      ]);
    },
  },
  place: {
    activity: 'com.google.android.maps.MapsActivity',
    render: (r) => {
      const p = placeById(String(r.params.id));
      if (!p) return missing();
      const saved = r.state.saved.find((x) => x.placeId === p.id);
      const action = (label: string, desc: string, id: string, onTap: (a: Act<S>) => void): View<S> =>
        button<S>(label, onTap, { id, desc, h: 130, style: { border: '#dadce0', radius: 65, align: 'center' } });
      const today = p.hours[new Date(r.device.now).getUTCDay()]!;
      return screen<S>([
        toolbar<S>(p.name, {
          up: true,
          actions: [imageButton<S>('Share', (a) => a.share(placeShareText(p)), { id: 'share_button' })],
        }),
        list<S>(
          'place',
          [
            text<S>(p.name, {
              id: 'place_title',
              h: 120,
              pad: [20, 48, 0, 48],
              heading: true,
              style: { size: 52, bold: true },
            }),
            text<S>(ratingLine(p), { id: 'place_rating', pad: [0, 48, 0, 48] }),
            text<S>(`${p.category}${p.priceLevel ? ` · ${'$'.repeat(p.priceLevel)}` : ''}`, {
              id: 'place_category',
              pad: [0, 48, 0, 48],
              style: { color: '#5f6368' },
            }),
            row<S>({ h: 170, pad: [20, 30, 20, 30], gap: 16 }, [
              action('Directions', 'Directions', 'directions_button', (a) => a.navigate('directions', { id: p.id })),
              action(saved ? 'Saved' : 'Save', saved ? `Saved in ${saved.list}` : 'Save', 'save_button', (a) => {
                const existing = a.state.saved.find((x) => x.placeId === p.id);
                if (existing) {
                  a.state.saved = a.state.saved.filter((x) => x.placeId !== p.id);
                  a.toast(`Removed from ${existing.list}`);
                } else a.showDialog('save_to_list', { id: p.id });
              }),
              action('Share', 'Share place', 'share_place', (a) => a.share(placeShareText(p))),
              action('Call', `Call ${p.phone}`, 'call_button', (a) => a.toast(`Calling ${p.phone}`)),
            ]),
            text<S>(p.description, {
              id: 'place_description',
              h: 64 * Math.ceil(p.description.length / 42),
              pad: [0, 48, 0, 48],
            }),
            listItem<S>({ title: p.address, summary: 'Address', id: 'address_row', titleId: 'address' }),
            listItem<S>({
              title: openStatus(p, r.device.now),
              summary: `Today: ${today} · Tap for all hours`,
              id: 'hours_row',
              titleId: 'open_status',
              onTap: (a) => a.showDialog('hours', { id: p.id }),
            }),
            listItem<S>({ title: p.phone, summary: 'Phone', id: 'phone_row', titleId: 'phone' }),
            listItem<S>({ title: p.website, summary: 'Website', id: 'website_row', titleId: 'website' }),
            listItem<S>({
              title: `${p.distanceKm.toFixed(1)} km from your location`,
              summary: `${travelMinutes(p, 'driving')} min by car`,
              id: 'distance_row',
            }),
          ],
          { id: 'place_details' },
        ),
      ]);
    },
  },
  directions: {
    activity: 'com.google.android.maps.MapsActivity',
    render: (r) => {
      const p = placeById(String(r.params.id));
      if (!p) return missing();
      const mode = (r.local.mode as TravelMode | undefined) ?? 'driving';
      const minutes = travelMinutes(p, mode);
      const km = mode === 'walking' ? p.distanceKm * 1.1 : mode === 'driving' ? p.distanceKm * 1.3 : p.distanceKm * 1.2;
      const arrive = new Date(r.device.now + minutes * 60_000);
      return screen<S>([
        toolbar<S>('Directions', { up: true }),
        listItem<S>({ title: 'Your location', summary: 'Start', id: 'directions_start', titleId: 'start_text' }),
        listItem<S>({ title: p.name, summary: p.address, id: 'directions_end', titleId: 'destination_text' }),
        tabs<S>(
          MODES.map(([m, label]) => ({
            label: `${label} ${travelMinutes(p, m)} min`,
            selected: m === mode,
            onTap: (a: Act<S>) => {
              a.local.mode = m;
            },
          })),
          { id: 'travel_modes' },
        ),
        list<S>(
          'route',
          [
            text<S>(`${minutes} min (${km.toFixed(1)} km)`, {
              id: 'route_duration',
              h: 120,
              pad: [20, 48, 0, 48],
              style: { size: 56, bold: true },
            }),
            text<S>(`Arrive at ${arrive.getUTCHours()}:${String(arrive.getUTCMinutes()).padStart(2, '0')}`, {
              id: 'route_arrival',
              pad: [0, 48, 0, 48],
            }),
            text<S>(
              mode === 'transit'
                ? 'Bus 12 from Market Street, every 10 min'
                : mode === 'driving'
                  ? 'Fastest route, the usual traffic'
                  : 'Mostly flat route',
              { id: 'route_summary', pad: [0, 48, 0, 48], style: { color: '#5f6368' } },
            ),
          ],
          { id: 'route_list' },
        ),
        button<S>(
          'Start',
          (a) => {
            a.state.navigation = { placeId: p.id, name: p.name, mode, minutes, startedAt: a.device.now };
            a.toast(`Navigating to ${p.name}`);
          },
          { id: 'start_navigation', h: 150 },
        ),
      ]);
    },
  },
  saved: {
    activity: 'com.google.android.maps.MapsActivity',
    render: (r) => {
      const rows = [...r.state.saved]
        .reverse()
        .map((sp): View<S> | null => {
          const p = placeById(sp.placeId);
          if (!p) return null;
          const row = placeRow(p, r.device.now, (a) => a.navigate('place', { id: p.id }), `Saved in ${sp.list}`);
          return { ...row, key: `saved/${sp.list}/${p.id}` };
        })
        .filter((v): v is View<S> => v !== null);
      return screen<S>([
        toolbar<S>('Saved'),
        rows.length ? list<S>('saved', rows, { id: 'saved_list' }) : emptyState<S>('No saved places yet'),
        bottomNav('saved'),
      ]);
    },
  },
};
