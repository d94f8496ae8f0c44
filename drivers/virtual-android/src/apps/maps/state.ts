/** Maps data: saved places (by list), recent searches, the last route asked for. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';

export const LISTS = ['Favorites', 'Want to go', 'Starred places'] as const;
export type ListName = (typeof LISTS)[number];

export interface SavedPlace {
  placeId: string;
  name: string;
  list: ListName;
  /** Virtual clock ms. */
  savedAt: number;
}

export type TravelMode = 'driving' | 'transit' | 'walking' | 'cycling';

export interface MapsState {
  saved: SavedPlace[];
  recentSearches: string[];
  /** Set when the user taps Start on the directions screen. */
  navigation: { placeId: string; name: string; mode: TravelMode; minutes: number; startedAt: number } | null;
}

export function initialMaps(s: Seeded): MapsState {
  return {
    saved: [{ placeId: 'riverside-park', name: 'Riverside Park', list: 'Favorites', savedAt: s.now - 20 * 86_400_000 }],
    recentSearches: [s.pick(['coffee', 'pizza', 'museum']), 'train station'],
    navigation: null,
  };
}
