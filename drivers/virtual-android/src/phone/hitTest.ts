/**
 * Which node a touch lands on: the topmost touchable window containing the
 * point, then the deepest node there. A touch outside a modal window hits
 * nothing but asks to dismiss it; outside a non-modal app dialog it is lost.
 */
import type { RenderedWindow, UiNode } from './UiNode.ts';
import { walk } from './UiNode.ts';

export type HitTarget = { window: RenderedWindow; node: UiNode } | { dismiss: RenderedWindow };

export function hitTest(wins: RenderedWindow[], x: number, y: number): HitTarget | null {
  for (let i = wins.length - 1; i >= 0; i--) {
    const w = wins[i]!;
    if (!w.touchable) continue;
    const b = w.root.bounds;
    const inside = x >= b.left && x < b.right && y >= b.top && y < b.bottom;
    if (!inside) {
      if (w.modal) return { dismiss: w };
      if (w.key === 'dialog') return null;
      continue;
    }
    let deepest: UiNode = w.root;
    walk(w.root, (n) => {
      const nb = n.bounds;
      if (x >= nb.left && x < nb.right && y >= nb.top && y < nb.bottom) deepest = n;
    });
    return { window: w, node: deepest };
  }
  return null;
}
