/**
 * Scrolling and swipes. Scroll offsets live in the back-stack entry (or its
 * dialog) keyed by the scroller's scrollKey, so they survive re-renders and
 * snapshots. A swipe pulls the notification shade, changes tab, or scrolls,
 * in that order of precedence.
 */
import { foregroundTask, topEntry } from './backStack.ts';
import { hitTest } from './hitTest.ts';
import type { Phone } from './Phone.ts';
import { PhoneError } from './PhoneError.ts';
import { STATUS_BAR_H } from './phoneConstants.ts';
import { elapse } from './elapse.ts';
import { swipeMs } from './inputTiming.ts';
import { runHandler } from './runHandler.ts';
import type { UiNode, WindowKey } from './UiNode.ts';
import { walk } from './UiNode.ts';

/**
 * Moves a scroller: positive dy shows content further down. Returns whether it moved.
 * Takes durationMs of virtual time (default: a finger moving dy at the default speed, then the settle).
 */
export function scrollNode(phone: Phone, node: UiNode, dy: number, durationMs: number = swipeMs(dy)): boolean {
  if (!node.scroll) throw new PhoneError('NotScrollable', `Element ${node.cls} '${node.resourceId}' does not scroll.`);
  const scope = scrollScope(phone, node.window);
  const before = node.scroll.offset;
  const after = Math.max(0, Math.min(node.scroll.max, before + dy));
  scope[node.scroll.key] = after;
  elapse(phone, durationMs);
  return after !== before;
}

function scrollScope(phone: Phone, window: WindowKey): Record<string, number> {
  const entry = topEntry(foregroundTask(phone.state));
  if (window === 'dialog' && entry.dialog) return entry.dialog.scroll;
  return entry.scroll;
}

/** The scroller under a point, or the largest one on screen when none is. */
export function scrollableAt(phone: Phone, x: number, y: number): UiNode | null {
  const target = hitTest(phone.render().windows, x, y);
  if (target && !('dismiss' in target)) {
    for (let n: UiNode | null = target.node; n; n = n.parent) if (n.scroll) return n;
  }
  return phone.largestScrollable();
}

/** The biggest scroller in the topmost modal window, or in the app window when no modal one is above it. */
export function largestScrollable(phone: Phone): UiNode | null {
  let best: UiNode | null = null;
  let bestArea = 0;
  const wins = phone.render().windows;
  const top = [...wins].reverse().find((w) => w.modal || w.key === 'app');
  if (!top) return null;
  walk(top.root, (n) => {
    const area = (n.bounds.right - n.bounds.left) * (n.bounds.bottom - n.bounds.top);
    if (n.scroll && area > bestArea) {
      best = n;
      bestArea = area;
    }
  });
  return best;
}

/** A finger swipe; gestureMs is the finger's own time when the caller knows it (W3C actions do). */
export function swipe(phone: Phone, x1: number, y1: number, x2: number, y2: number, gestureMs?: number): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const ms = swipeMs(Math.hypot(dx, dy), gestureMs);
  // Down from the status bar pulls the shade; up while it is open puts it away.
  if (Math.abs(dy) >= Math.abs(dx) && ((y1 < STATUS_BAR_H && dy > 0) || (phone.state.shade && dy < 0))) {
    phone.state.shade = dy > 0;
    elapse(phone, ms);
    return;
  }
  if (Math.abs(dx) > Math.abs(dy) && !phone.state.shade && swipeTabs(phone, x1, y1, dx, ms)) return;
  if (Math.abs(dy) >= Math.abs(dx)) {
    const scroller = phone.scrollableAt(x1, y1);
    if (scroller) {
      // The finger moving up (dy < 0) shows content further down.
      phone.scrollNode(scroller, -dy, ms);
      return;
    }
  }
  elapse(phone, ms);
}

/** A horizontal swipe over an app screen with tabs selects the next (finger left) or previous tab. */
function swipeTabs(phone: Phone, x: number, y: number, dx: number, ms: number): boolean {
  const target = hitTest(phone.render().windows, x, y);
  if (!target || 'dismiss' in target || target.window.key !== 'app') return false;
  let strip: UiNode | null = null;
  walk(target.window.root, (n) => {
    if (!strip && n.cls === 'android.widget.HorizontalScrollView' && n.resourceId.endsWith(':id/tabs')) strip = n;
  });
  if (!strip) return false;
  const tabs = (strip as UiNode).children.filter((c) => c.view?.onTap);
  const current = tabs.findIndex((c) => c.selected);
  const next = tabs[current + (dx < 0 ? 1 : -1)];
  elapse(phone, ms);
  if (current < 0 || !next) return true;
  runHandler(phone, next, next.view!.onTap!);
  return true;
}
