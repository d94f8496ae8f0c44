/**
 * The true identity of every node on display, for evaluation only (agents never see it): which screen
 * entry it belongs to and where it sits in that entry's view tree, with list rows and grid cells named by
 * the item they show (View.key) instead of their position. So "the 06:45 alarm's row" keeps its identity
 * when the list is sorted, grown, shrunk or scrolled, and two rows that look alike stay two identities.
 *
 * Identity = `<page>|<path>`:
 *   page  the true screen id plus the entry's params ("contacts/details{id:3}"), then for a window other
 *         than the app's own its scope ("+clock/time_picker{mode:new}", "+keyboard", "+statusbar");
 *   path  one step per node from the window root: `<class>#<resource-id>[n]`, n counting siblings of the
 *         same class and id in the parent's full child list (rows scrolled out of view still count, so a
 *         scroll does not shift it), or `<class>{<key>}` for a keyed row or cell.
 */
import type { Json, JsonObject, View } from '../framework/types.ts';
import { foregroundTask, topEntry } from './backStack.ts';
import type { Phone } from './Phone.ts';
import type { RenderedWindow, UiNode } from './UiNode.ts';

export interface NodeKeys {
  /** The true screen id on display (mapleScreenId's `id`). */
  screen: string;
  /** What is on display, as a page: true screen id with the entry's params (and a dialog's, when one is open). */
  page: string;
  /** One identity per node of the page source, in document order. */
  nodes: string[];
  /** Scroll offsets of the screen entry's scrollers, by scroll key (tells a scrolled list from a changed one). */
  scroll: Record<string, number>;
}

/** Params as short, stable text: keys sorted, no quotes around simple keys. '' when there are none. */
function paramsText(params: JsonObject | undefined): string {
  if (!params) return '';
  const keys = Object.keys(params).sort();
  if (keys.length === 0) return '';
  const value = (v: Json | undefined): string => (typeof v === 'string' ? v : JSON.stringify(v));
  return `{${keys.map((k) => `${k}:${value(params[k])}`).join(',')}}`;
}

function step(node: UiNode): string {
  const view = node.view as View<unknown> | null;
  if (view?.key !== undefined) return `${node.cls}{${view.key}}`;
  const siblings = (node.parent?.view as View<unknown> | null)?.children;
  let n = node.index;
  if (view && siblings) {
    // Position among same-class, same-id siblings of the full child list (hidden rows included).
    n = 0;
    for (const s of siblings) {
      if (s === view) break;
      if (s.cls === view.cls && (s.id ?? '') === (view.id ?? '')) n++;
    }
  }
  return `${node.cls}#${node.resourceId}[${n}]`;
}

export function nodeKeys(phone: Phone): NodeKeys {
  const rendered = phone.render();
  const app = phone.app(phone.state.foreground);
  const entry = topEntry(foregroundTask(phone.state));
  const base = `${rendered.screenId.screen}${paramsText(entry.params)}`;
  const dialog = entry.dialog ? `+${app.id}/${entry.dialog.name}${paramsText(entry.dialog.params)}` : '';
  const scopeOf = (w: RenderedWindow): string => {
    if (w.key === 'app') return base;
    if (w.key === 'dialog') return `${base}${dialog}`;
    return `${base}+${w.key}`;
  };
  const nodes: string[] = [];
  for (const w of rendered.windows) {
    const scope = scopeOf(w);
    const visit = (node: UiNode, path: string): void => {
      const here = `${path}/${step(node)}`;
      nodes.push(`${scope}|${here}`);
      for (const c of node.children) visit(c, here);
    };
    visit(w.root, '');
  }
  // A menu, share sheet, fault or shade over the screen is part of the page too (without params: it has none).
  const shown = rendered.screenId.dialog;
  const over = shown && (!entry.dialog || shown !== `${app.id}/${entry.dialog.name}`) ? `+${shown}` : '';
  return { screen: rendered.screenId.id, page: `${base}${dialog}${over}`, nodes, scroll: { ...entry.scroll } };
}
