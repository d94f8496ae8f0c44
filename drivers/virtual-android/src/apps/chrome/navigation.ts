/** What the address bar and links do: open a page (recording history and the tab) or search. */
import type { Act } from '../../framework/types.ts';
import { pageByUrl, type WebPage } from '../../world/pages.ts';
import type { ChromeState } from './state.ts';

type S = ChromeState;

export function openPage(a: Act<S>, page: WebPage, replace = false): void {
  a.state.history.push({ url: page.url, title: page.title, time: a.device.now });
  const tab = a.state.tabs.find((t) => t.id === a.state.activeTab);
  if (tab) Object.assign(tab, { url: page.url, title: page.title });
  if (replace) a.replace('page', { url: page.url });
  else a.navigate('page', { url: page.url });
}

export function search(a: Act<S>, query: string, replace = false): void {
  a.state.searches.push({ query, time: a.device.now });
  const tab = a.state.tabs.find((t) => t.id === a.state.activeTab);
  if (tab)
    Object.assign(tab, {
      url: `https://www.google.com/search?q=${encodeURIComponent(query)}`,
      title: `${query} - Google Search`,
    });
  if (replace) a.replace('results', { query });
  else a.navigate('results', { query });
}

/** Address bar submit: a known URL opens its page, anything else is a search. */
export function go(a: Act<S>, raw: string, replace = false): void {
  const input = raw.trim();
  if (!input) return;
  const page = pageByUrl(input);
  if (page) return openPage(a, page, replace);
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(input) || /^https?:\/\//i.test(input)) {
    a.toast("This site can't be reached");
    return;
  }
  search(a, input, replace);
}
