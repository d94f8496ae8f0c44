/**
 * The one layout every Settings subpage shares, as real Settings does:
 * a collapsing toolbar with the title and Navigate up, then a preference list.
 * Subpages differ only in title and rows.
 */
import type { Handler, ScreenDef, View } from '../../framework/types.ts';
import { listItem, screen, switchWidget, toolbar, list } from '../../framework/widgets.ts';
import type { SettingsState } from './state.ts';

export type S = SettingsState;

export interface Pref {
  title: string;
  summary?: string;
  onTap?: Handler<S>;
  /** A switch preference: the switch shows this value; tapping flips it. */
  toggle?: { checked: boolean; set: (a: Parameters<Handler<S>>[0], on: boolean) => void };
  id?: string;
  enabled?: boolean;
}

/** Preference titles are fixed words, so a row's title is its identity (the key, for evaluation only). */
export function prefRow(p: Pref): View<S> {
  const key = `pref/${p.title}`;
  if (p.toggle) {
    const t = p.toggle;
    const flip: Handler<S> = (a) => t.set(a, !t.checked);
    return listItem<S>({
      title: p.title,
      summary: p.summary,
      id: p.id,
      key,
      onTap: flip,
      trailing: switchWidget<S>(t.checked, { id: 'android:id/switch_widget', enabled: p.enabled }),
    });
  }
  return listItem<S>({ title: p.title, summary: p.summary, id: p.id, key, onTap: p.onTap });
}

/** A whole subpage: toolbar with `title` and the rows. */
export function preferencePage(
  title: string,
  rows: View<S>[],
  options: { up?: boolean; scrollKey?: string } = {},
): View<S> {
  return screen<S>([
    toolbar<S>(title, { up: options.up ?? true, id: 'collapsing_toolbar' }),
    list<S>(options.scrollKey ?? 'prefs', rows, { id: 'recycler_view' }),
  ]);
}

/** A ScreenDef from a title and a row builder, for the many simple subpages. */
export function subpage(title: string, rows: (state: S) => Pref[], activity = '.SubSettings'): ScreenDef<S> {
  return { activity, render: (r) => preferencePage(title, rows(r.state).map(prefRow)) };
}
