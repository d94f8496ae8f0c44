/**
 * Visits every screen reachable by taps from the launcher (breadth first,
 * restoring a snapshot before each tap), so tests can check all screens and
 * docs can list them. Deterministic for a given seed.
 */
import type { DeviceState } from './DeviceState.ts';
import type { Phone } from './Phone.ts';
import { walk } from './UiNode.ts';

export interface CrawledScreen {
  id: string;
  state: DeviceState;
  /** Screen id it was reached from, and the tapped node's label. */
  via: { from: string; label: string } | null;
}

export function crawlScreens(
  phone: Phone,
  options: { maxScreens?: number; packages?: string[] } = {},
): Map<string, CrawledScreen> {
  const maxScreens = options.maxScreens ?? 500;
  const start = phone.snapshot();
  const seen = new Map<string, CrawledScreen>();
  const queue: CrawledScreen[] = [];
  const add = (via: CrawledScreen['via']): void => {
    const r = phone.render();
    const id = r.screenId.id;
    if (
      options.packages &&
      !options.packages.includes(r.screenId.package) &&
      r.screenId.package !== 'com.android.launcher3'
    )
      return;
    if (seen.has(id) || seen.size >= maxScreens) return;
    const entry = { id, state: phone.snapshot(), via };
    seen.set(id, entry);
    queue.push(entry);
  };
  add(null);
  while (queue.length) {
    const cur = queue.shift()!;
    phone.restore(cur.state);
    const handles: { handle: string; label: string }[] = [];
    for (const w of phone.render().windows) {
      if (w.key === 'keyboard') continue;
      walk(w.root, (n) => {
        if (n.clickable || n.longClickable) handles.push({ handle: n.handle, label: n.text || n.desc || n.resourceId });
      });
    }
    for (const h of handles) {
      phone.restore(cur.state);
      const node = phone.resolve(h.handle);
      if (!node) continue;
      try {
        if (node.clickable) phone.click(h.handle);
        else phone.longTap(node.bounds.left + 1, node.bounds.top + 1);
      } catch {
        continue;
      }
      add({ from: cur.id, label: h.label });
      // Scrolled-down views of long lists can hold entries the first view lacks.
      const scroller = phone.largestScrollable();
      if (scroller?.scroll && scroller.scroll.max > 0) {
        phone.scrollNode(scroller, scroller.scroll.max);
        add({ from: cur.id, label: `${h.label} (scrolled)` });
      }
    }
    // Recents is reached by the app-switch key, not by a tap.
    phone.restore(cur.state);
    phone.recents();
    add({ from: cur.id, label: 'KEYCODE_APP_SWITCH' });
    phone.restore(cur.state);
    const scroller = phone.largestScrollable();
    if (scroller?.scroll && scroller.scroll.max > 0) {
      let guard = 0;
      while (
        phone.scrollNode(scroller.handle ? (phone.resolve(scroller.handle) ?? scroller) : scroller, 900) &&
        guard++ < 20
      ) {
        const snapshotId = phone.render().screenId.id;
        const scrolled = phone.snapshot();
        for (const w of phone.render().windows) {
          walk(w.root, (n) => {
            if (!n.clickable) return;
            phone.restore(scrolled);
            try {
              phone.click(n.handle);
            } catch {
              return;
            }
            add({ from: snapshotId, label: n.text || n.desc });
          });
        }
        phone.restore(scrolled);
      }
    }
  }
  phone.restore(start);
  return seen;
}
