/**
 * Recognising a dialog by its structure rather than by a few resource ids:
 * a panel that does not fill the screen (the window itself, or a panel
 * floating in a full-screen window over a scrim) whose lowest row of
 * controls is a button bar: one to three buttons side by side, each much
 * narrower than the panel, in the panel's lower half. Menus (full-width
 * option rows) and toasts (no buttons) are not dialogs.
 */
import type { RawNode } from './RawNode.ts';
import type { Bounds } from './types.ts';

/** Nodes looked at per window: enough for any dialog, cheap on a 5,000-node dump. */
const BUDGET = 600;

function area(b: Bounds): number {
  return Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
}

function hasArea(b: Bounds | null): b is Bounds {
  return b !== null && b.right > b.left && b.bottom > b.top;
}

function near(a: Bounds, b: Bounds, tolerance = 4): boolean {
  return (
    Math.abs(a.left - b.left) <= tolerance &&
    Math.abs(a.top - b.top) <= tolerance &&
    Math.abs(a.right - b.right) <= tolerance &&
    Math.abs(a.bottom - b.bottom) <= tolerance
  );
}

function shown(children: RawNode[]): RawNode[] {
  return children.filter((c) => c.displayed && hasArea(c.bounds));
}

/**
 * What a window actually draws: descend through single children that fill their parent, then take the union of
 * the children (a full-screen window with a scrim holds one smaller panel).
 */
export function contentExtent(root: RawNode): Bounds | null {
  let node = root;
  for (;;) {
    const kids = shown(node.children);
    if (kids.length === 1 && hasArea(node.bounds) && near(kids[0]!.bounds!, node.bounds)) node = kids[0]!;
    else break;
  }
  const kids = shown(node.children);
  if (kids.length === 0) return hasArea(node.bounds) ? node.bounds : null;
  const out = { ...kids[0]!.bounds! };
  for (const k of kids) {
    const b = k.bounds!;
    out.left = Math.min(out.left, b.left);
    out.top = Math.min(out.top, b.top);
    out.right = Math.max(out.right, b.right);
    out.bottom = Math.max(out.bottom, b.bottom);
  }
  return out;
}

/**
 * True when the panel does not fill the screen: a floating card, a dialog, a bottom sheet, a menu. A panel that
 * spans the width from the top is an app laid out above the on-screen keyboard (or the upper half of a split
 * screen), not a floating one.
 */
export function isFloating(panel: Bounds, screen: { width: number; height: number }): boolean {
  const screenArea = Math.max(1, screen.width * screen.height);
  const fromTop = panel.top <= screen.height * 0.05 && panel.right - panel.left >= screen.width * 0.95;
  return area(panel) < screenArea * 0.65 && !fromTop;
}

function isTappable(n: RawNode): boolean {
  return n.clickable || n.longClickable;
}

/** The words a button shows: its own, else its text-only descendants'. */
function caption(n: RawNode, depth = 0): string {
  if (n.text || n.contentDesc) return n.text || n.contentDesc;
  if (depth > 3) return '';
  for (const c of n.children) {
    const words = caption(c, depth + 1);
    if (words) return words;
  }
  return '';
}

/**
 * A button bar at the bottom of the panel: the lowest tappable controls (none of them inside another tappable),
 * 1 to 3 of them in one row, each with a caption, each narrower than 60% of the panel, in the panel's lower half.
 */
export function hasButtonBar(root: RawNode, panel: Bounds): boolean {
  const tappables: RawNode[] = [];
  const todo: RawNode[] = [root];
  let seen = 0;
  while (todo.length > 0 && seen < BUDGET) {
    const n = todo.pop()!;
    seen++;
    if (!n.displayed) continue;
    if (isTappable(n) && hasArea(n.bounds)) {
      tappables.push(n);
      continue; // what is inside a tappable is part of it
    }
    for (let k = n.children.length - 1; k >= 0; k--) todo.push(n.children[k]!);
  }
  if (tappables.length === 0) return false;
  const lowest = Math.max(...tappables.map((t) => t.bounds!.bottom));
  const row = tappables.filter((t) => Math.abs(t.bounds!.bottom - lowest) <= 12);
  if (row.length > 3) return false;
  const panelWidth = panel.right - panel.left;
  const panelHeight = panel.bottom - panel.top;
  return row.every((t) => {
    const b = t.bounds!;
    return (
      caption(t) !== '' &&
      b.right - b.left < panelWidth * 0.6 &&
      b.top >= panel.top + panelHeight * 0.45 &&
      // Side by side: every button of the bar shares its line with the others.
      row.every((o) => Math.abs(o.bounds!.top - b.top) <= 12)
    );
  });
}

/** A window (or the panel floating in it) that is a dialog by structure. */
export function looksLikeDialog(root: RawNode, screen: { width: number; height: number }): boolean {
  const panel = contentExtent(root);
  if (!panel || !isFloating(panel, screen)) return false;
  return hasButtonBar(root, panel);
}
