/** Chrome dialogs: the overflow menu (same menu over every browsing screen) and the clear-history confirmation. */
import type { DialogDef } from '../../framework/types.ts';
import { alert, listItem } from '../../framework/widgets.ts';
import { pageByUrl } from '../../world/pages.ts';
import type { ChromeState } from './state.ts';

type S = ChromeState;

export const dialogs: Record<string, DialogDef<S>> = {
  menu: {
    render: (r) => {
      const url = typeof r.params.url === 'string' ? r.params.url : null;
      const page = url ? pageByUrl(url) : undefined;
      const marked = page ? r.state.bookmarks.some((b) => b.url === page.url) : false;
      const item = (title: string, onTap: Parameters<typeof listItem<S>>[0]['onTap']) =>
        listItem<S>({ title, id: 'menu_item', titleId: 'menu_item_text', onTap });
      const items = [
        item('New tab', (a) => {
          const id = a.state.nextTabId++;
          a.state.tabs.push({ id, url: null, title: 'New tab' });
          a.state.activeTab = id;
          a.popTo('ntp');
        }),
        item('History', (a) => a.navigate('history')),
        item('Bookmarks', (a) => a.navigate('bookmarks')),
      ];
      if (page) {
        items.push(
          item(marked ? 'Remove bookmark' : 'Add bookmark', (a) => {
            const on = a.state.bookmarks.some((b) => b.url === page.url);
            if (on) a.state.bookmarks = a.state.bookmarks.filter((b) => b.url !== page.url);
            else a.state.bookmarks.push({ url: page.url, title: page.title });
            a.closeDialog();
            a.toast(on ? 'Bookmark removed' : 'Bookmarked');
          }),
          item('Share…', (a) => {
            a.closeDialog();
            a.share(`${page.title}\n${page.url}`);
          }),
          item('Copy link', (a) => {
            a.setClipboard(page.url);
            a.closeDialog();
            a.toast('Link copied');
          }),
        );
      }
      return alert<S>({ body: items });
    },
  },
  clear_history: {
    render: () =>
      alert<S>({
        title: 'Clear browsing data?',
        message: 'Clears your browsing history on this device.',
        positive: {
          label: 'Clear data',
          onTap: (a) => {
            a.state.history = [];
            a.closeDialog();
            a.toast('Browsing data cleared');
          },
        },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      }),
  },
};
