/** Chrome (com.android.chrome): address bar search over the offline web, pages with links, tabs, bookmarks, history. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialChrome, type Bookmark, type ChromeState } from './state.ts';

export type { ChromeState };

export default defineApp<ChromeState>({
  id: 'chrome',
  package: 'com.android.chrome',
  label: 'Chrome',
  icon: 'Ch',
  launchActivity: 'com.google.android.apps.chrome.Main',
  home: 'ntp',
  initialState: initialChrome,
  screens,
  dialogs,
  actions: {
    restoreBookmark: (a, payload) => {
      const b = payload as unknown as Bookmark | undefined;
      if (b && !a.state.bookmarks.some((x) => x.url === b.url)) a.state.bookmarks.push(b);
    },
  },
});
