/**
 * Panels drawn over a screen inside its own window: an open navigation
 * drawer slides over the content it belongs to and is a state of its own
 * (Bookmarks with the drawer open is not Bookmarks), though the dump shows
 * one window. Found by structure: a later child of a layout, anchored to its
 * left or right edge, as tall as it, 40-90% of its width, lying over an
 * earlier child that fills the layout, with controls in it.
 */
import type { Bounds, UiElement } from '../../drivers/screen/types.ts';
import { type ScreenTree, descendants } from './screenTree.ts';

function width(b: Bounds): number {
  return b.right - b.left;
}
function height(b: Bounds): number {
  return b.bottom - b.top;
}

function fills(inner: Bounds, outer: Bounds): boolean {
  return width(inner) * height(inner) >= width(outer) * height(outer) * 0.9;
}

function isDrawerPanel(tree: ScreenTree, panel: UiElement, layout: UiElement): boolean {
  const p = panel.bounds;
  const l = layout.bounds;
  const anchored = Math.abs(p.left - l.left) <= 4 || Math.abs(p.right - l.right) <= 4;
  if (!anchored || height(p) < height(l) * 0.9) return false;
  if (width(p) < width(l) * 0.4 || width(p) > width(l) * 0.9) return false;
  return descendants(tree, panel).filter((d) => d.actionable).length >= 2;
}

/** Ids of the panels that are open drawers. */
export function findOpenDrawers(tree: ScreenTree): Set<string> {
  const found = new Set<string>();
  for (const [layoutId, kids] of tree.children) {
    if (kids.length < 2) continue;
    const layout = tree.byId.get(layoutId)!;
    const base = kids[0]!;
    if (!fills(base.bounds, layout.bounds)) continue;
    for (const k of kids.slice(1)) if (isDrawerPanel(tree, k, layout)) found.add(k.id);
  }
  return found;
}
