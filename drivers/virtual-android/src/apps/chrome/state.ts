/** Chrome data: open tabs, bookmarks, history and submitted searches. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';
import { PAGES } from '../../world/pages.ts';

export interface Tab {
  id: number;
  /** null = New tab page. */
  url: string | null;
  title: string;
}

export interface Bookmark {
  url: string;
  title: string;
}

export interface HistoryEntry {
  url: string;
  title: string;
  /** Virtual clock ms. */
  time: number;
}

export interface ChromeState {
  tabs: Tab[];
  activeTab: number;
  nextTabId: number;
  bookmarks: Bookmark[];
  history: HistoryEntry[];
  searches: { query: string; time: number }[];
}

const page = (url: string) => PAGES.find((p) => p.url === url)!;

export function initialChrome(s: Seeded): ChromeState {
  const bookmarkUrls = [
    'https://weather.example.com/riverside',
    'https://www.recipes.example.com/',
    'https://news.example.com/riverside-bridge-reopens',
    'https://rail.example.com/riverside-airport',
  ];
  const history: HistoryEntry[] = [];
  // Earlier browsing, oldest first, so the History list is longer than the screen.
  for (let k = 0; k < 16; k++) {
    const p = PAGES[s.int(0, PAGES.length - 1)]!;
    history.push({ url: p.url, title: p.title, time: s.now - (16 - k) * 3_300_000 });
  }
  const open = page('https://weather.example.com/riverside');
  return {
    tabs: [
      { id: 1, url: null, title: 'New tab' },
      { id: 2, url: open.url, title: open.title },
    ],
    activeTab: 1,
    nextTabId: 3,
    bookmarks: bookmarkUrls.map((u) => ({ url: u, title: page(u).title })),
    history,
    searches: [],
  };
}
