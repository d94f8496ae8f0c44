/**
 * Chrome screens: the New tab page, search results, a web page, the tab
 * switcher, bookmarks and history. The first three share the toolbar with
 * the address bar, tab count and the overflow menu.
 */
import type { RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import { formatDate, formatHm } from '../../framework/time.ts';
import {
  button,
  column,
  editText,
  emptyState,
  heading,
  imageButton,
  list,
  listItem,
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import { displayHost, pageByUrl, searchPages } from '../../world/pages.ts';
import { go, openPage, search } from './navigation.ts';
import type { ChromeState } from './state.ts';

type S = ChromeState;
const TRENDING = [
  'riverside jazz festival',
  'banana bread recipe',
  'lisbon population',
  'city art museum opening hours',
  'catan board game',
];

/** Height for wrapped text: about 44 characters per 64 px line at body size. */
function wrapH(value: string, perLine = 44, lineH = 60): number {
  return Math.max(1, Math.ceil(value.length / perLine)) * lineH + 24;
}

function locationBar(r: RenderCtx<S>, shown: string, replace: boolean): View<S> {
  return row<S>({ id: 'toolbar', h: 170, pad: [12, 12, 12, 24], gap: 8 }, [
    editText<S>(
      'url_bar',
      'Search or type web address',
      {
        value: String(r.local.draft ?? shown),
        onChange: (a, v) => {
          a.local.draft = v;
        },
        onSubmit: (a) => go(a, String(a.local.draft ?? shown), replace),
      },
      { grow: 1, h: 140, pad: [0, 40, 0, 40], style: { bg: '#eef1f8', radius: 70 } },
    ),
    {
      cls: 'android.widget.ImageButton',
      id: 'tab_switcher_button',
      desc: `Switch or close tabs, ${r.state.tabs.length} open tabs`,
      text: '',
      clickable: true,
      focusable: true,
      w: 140,
      h: 146,
      onTap: (a) => a.navigate('tabs'),
      children: [
        text<S>(String(r.state.tabs.length), {
          id: 'tab_count',
          grow: 1,
          h: undefined,
          style: { align: 'center', bold: true },
        }),
      ],
    },
    imageButton<S>(
      'More options',
      (a) => {
        const url = typeof a.params.url === 'string' ? a.params.url : null;
        a.showDialog('menu', url ? { url } : {});
      },
      { id: 'menu_button', w: 120, h: 146 },
    ),
  ]);
}

/** Web content: Chrome reports it as a WebView whose nodes are android.view.View without ids. */
function webView(key: string, children: View<S>[]): View<S> {
  return {
    cls: 'android.webkit.WebView',
    dir: 'col',
    scrollKey: key,
    grow: 1,
    focusable: true,
    pad: [0, 48, 0, 48],
    children,
  };
}

const webText = (value: string, props: Partial<View<S>> = {}): View<S> => ({
  cls: 'android.view.View',
  text: value,
  h: wrapH(value),
  ...props,
});

export const screens: Record<string, ScreenDef<S>> = {
  ntp: {
    activity: 'org.chromium.chrome.browser.ChromeTabbedActivity',
    render: (r) =>
      screen<S>([
        locationBar(r, '', false),
        text<S>('Google', {
          id: 'search_provider_logo',
          h: 260,
          style: { size: 110, align: 'center', bold: true, color: '#4285f4' },
        }),
        list<S>(
          'ntp',
          [
            heading<S>('Trending searches'),
            ...TRENDING.map((q) => listItem<S>({ title: q, id: 'suggestion_item', onTap: (a) => search(a, q) })),
            heading<S>('Bookmarks'),
            ...r.state.bookmarks.slice(0, 4).map((b) =>
              listItem<S>({
                title: b.title,
                summary: displayHost(b.url),
                id: 'tile_view',
                key: `bookmark/${b.url}`,
                onTap: (a) => {
                  const p = pageByUrl(b.url);
                  if (p) openPage(a, p);
                },
              }),
            ),
          ],
          { id: 'ntp_content' },
        ),
      ]),
  },
  results: {
    activity: 'org.chromium.chrome.browser.ChromeTabbedActivity',
    render: (r) => {
      const query = String(r.params.query ?? '');
      const found = searchPages(query);
      const items: View<S>[] = found.map((p) => ({
        cls: 'android.view.View',
        key: `result/${p.url}`,
        dir: 'col',
        h: 70 + 70 + wrapH(p.snippet, 48, 52) + 30,
        pad: [20, 0, 10, 0],
        clickable: true,
        focusable: true,
        onTap: (a) => openPage(a, p),
        children: [
          { cls: 'android.view.View', text: displayHost(p.url), h: 60, style: { size: 28, color: '#5f6368' } },
          { cls: 'android.view.View', text: p.title, h: 70, style: { size: 38, color: '#1a0dab' } },
          { cls: 'android.view.View', text: p.snippet, h: wrapH(p.snippet, 48, 52), style: { size: 30 } },
        ],
      }));
      return screen<S>([
        locationBar(r, query, true),
        webView('results', [
          webText(
            found.length ? `About ${found.length} results` : `Your search - ${query} - did not match any documents.`,
            { style: { size: 28, color: '#5f6368' } },
          ),
          ...items,
        ]),
      ]);
    },
  },
  page: {
    activity: 'org.chromium.chrome.browser.ChromeTabbedActivity',
    render: (r) => {
      const p = pageByUrl(String(r.params.url ?? ''));
      if (!p)
        return screen<S>([
          locationBar(r, String(r.params.url ?? ''), true),
          emptyState<S>("This site can't be reached"),
        ]);
      const links = p.links.map((u) => pageByUrl(u)).filter((x) => x !== undefined);
      return screen<S>([
        locationBar(r, p.url.replace(/^https:\/\//, ''), true),
        webView('page', [
          {
            cls: 'android.view.View',
            text: p.title,
            heading: true,
            h: wrapH(p.title, 30, 80),
            style: { size: 52, bold: true },
          },
          ...p.paragraphs.map((t) => webText(t)),
          ...(links.length ? [webText('See also', { heading: true, style: { bold: true } })] : []),
          ...links.map((l) =>
            webText(l.title, {
              clickable: true,
              focusable: true,
              onTap: (a) => openPage(a, l),
              style: { color: '#1a0dab' },
            }),
          ),
        ]),
      ]);
    },
  },
  tabs: {
    activity: 'org.chromium.chrome.browser.ChromeTabbedActivity',
    render: (r) =>
      screen<S>([
        toolbar<S>(`${r.state.tabs.length} open tabs`, {
          up: true,
          actions: [
            imageButton<S>(
              'New tab',
              (a) => {
                const id = a.state.nextTabId++;
                a.state.tabs.push({ id, url: null, title: 'New tab' });
                a.state.activeTab = id;
                a.popTo('ntp');
              },
              { id: 'new_tab_button' },
            ),
          ],
        }),
        r.state.tabs.length
          ? list<S>(
              'tabs',
              r.state.tabs.map((t) =>
                row<S>(
                  {
                    id: 'tab_item',
                    key: `tab/${t.id}`,
                    h: 220,
                    pad: [10, 48, 10, 48],
                    selected: t.id === r.state.activeTab,
                    clickable: true,
                    focusable: true,
                    onTap: (a) => {
                      a.state.activeTab = t.id;
                      a.popTo('ntp');
                      const p = t.url ? pageByUrl(t.url) : undefined;
                      if (p) a.navigate('page', { url: p.url });
                      else if (t.url?.includes('/search?q='))
                        a.navigate('results', { query: decodeURIComponent(t.url.split('q=')[1]!) });
                    },
                  },
                  [
                    column<S>({ grow: 1 }, [
                      text<S>(t.title, { id: 'tab_title', h: 80, style: { bold: true } }),
                      text<S>(t.url ? displayHost(t.url) : 'chrome://newtab', {
                        id: 'tab_url',
                        h: 60,
                        style: { color: '#5f6368' },
                      }),
                    ]),
                    imageButton<S>(
                      `Close ${t.title} tab`,
                      (a) => {
                        a.state.tabs = a.state.tabs.filter((x) => x.id !== t.id);
                        if (a.state.tabs.length === 0)
                          a.state.tabs.push({ id: a.state.nextTabId++, url: null, title: 'New tab' });
                        if (!a.state.tabs.some((x) => x.id === a.state.activeTab))
                          a.state.activeTab = a.state.tabs[0]!.id;
                      },
                      { id: 'close_tab', h: 200 },
                    ),
                  ],
                ),
              ),
              { id: 'tab_list' },
            )
          : emptyState<S>('No open tabs'),
      ]),
  },
  bookmarks: {
    activity: 'org.chromium.chrome.browser.bookmarks.BookmarkActivity',
    render: (r) =>
      screen<S>([
        toolbar<S>('Mobile bookmarks', { up: true }),
        r.state.bookmarks.length
          ? list<S>(
              'bookmarks',
              r.state.bookmarks.map((b) =>
                listItem<S>({
                  title: b.title,
                  summary: displayHost(b.url),
                  id: 'bookmark_item',
                  key: `bookmark/${b.url}`,
                  titleId: 'title',
                  summaryId: 'description',
                  onTap: (a) => {
                    const p = pageByUrl(b.url);
                    if (p) openPage(a, p);
                  },
                  onLongTap: (a) => {
                    a.state.bookmarks = a.state.bookmarks.filter((x) => x.url !== b.url);
                    a.snackbar('Bookmark deleted', { label: 'Undo', run: 'restoreBookmark', payload: { ...b } });
                  },
                }),
              ),
              { id: 'bookmark_list' },
            )
          : emptyState<S>('Your bookmarks will appear here'),
      ]),
  },
  history: {
    activity: 'org.chromium.chrome.browser.history.HistoryActivity',
    render: (r) =>
      screen<S>([
        toolbar<S>('History', { up: true }),
        button<S>('Clear browsing data…', (a) => a.showDialog('clear_history'), {
          id: 'clear_browsing_data_button',
          h: 120,
          enabled: r.state.history.length > 0,
          style: { color: '#0b57d0', align: 'left' },
        }),
        r.state.history.length
          ? list<S>(
              'history',
              [...r.state.history].reverse().map((h) =>
                listItem<S>({
                  title: h.title,
                  summary: `${displayHost(h.url)} · ${formatDate(h.time)} ${formatHm(Math.floor((h.time % 86_400_000) / 60_000))}`,
                  id: 'history_item',
                  key: `history/${h.time}/${h.url}`,
                  titleId: 'title',
                  summaryId: 'description',
                  onTap: (a) => {
                    const p = pageByUrl(h.url);
                    if (p) openPage(a, p);
                  },
                }),
              ),
              { id: 'history_list' },
            )
          : emptyState<S>('Sites you visit appear here'),
      ]),
  },
};
