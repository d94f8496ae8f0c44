/**
 * The layout engine: turns a View tree into boxes on the 1080x2400 screen.
 * Columns stack children by their fixed or intrinsic heights and share the
 * leftover among `grow` children; rows share width the same way; overlays
 * stack children on top of each other (floats pin to a corner). Scroll
 * containers lay out their whole content shifted by the entry's offset and
 * clip it: what falls outside is dropped, as UiAutomator2 drops it.
 */
import type { View } from './types.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ScrollInfo {
  key: string;
  offset: number;
  max: number;
}

export interface LaidOut<S = unknown> {
  view: View<S>;
  /** Visible part of the node (what page source reports). */
  bounds: Box;
  children: LaidOut<S>[];
  scroll?: ScrollInfo;
}

const LEAF_H = 64;

function padding(view: View<unknown>): [number, number, number, number] {
  const p = view.pad;
  if (p === undefined) return [0, 0, 0, 0];
  return typeof p === 'number' ? [p, p, p, p] : p;
}

export function intrinsicHeight(view: View<unknown>): number {
  if (view.h !== undefined) return view.h;
  const [t, , b] = padding(view);
  const kids = view.children ?? [];
  if (kids.length === 0) return LEAF_H + t + b;
  if (view.dir === 'row' || view.dir === 'overlay')
    return Math.max(...kids.filter((k) => !k.float).map(intrinsicHeight), 0) + t + b;
  const gap = (view.gap ?? 0) * Math.max(0, kids.length - 1);
  return kids.reduce((sum, k) => sum + intrinsicHeight(k), 0) + gap + t + b;
}

export function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

export function isEmpty(b: Box): boolean {
  return b.right <= b.left || b.bottom <= b.top;
}

export interface LayoutEnv {
  /** Scroll offsets of the screen entry, by scrollKey. */
  scroll: Record<string, number>;
}

export function layout<S>(view: View<S>, rect: Box, clip: Box, env: LayoutEnv): LaidOut<S> | null {
  const visible = intersect(rect, clip);
  if (isEmpty(visible)) return null;
  const [pt, pr, pb, pl] = padding(view as View<unknown>);
  const inner: Box = { left: rect.left + pl, top: rect.top + pt, right: rect.right - pr, bottom: rect.bottom - pb };
  const kids = view.children ?? [];
  const out: LaidOut<S> = { view, bounds: visible, children: [] };
  const gap = view.gap ?? 0;
  const place = (child: View<S>, box: Box, childClip: Box): void => {
    const laid = layout(child, box, childClip, env);
    if (laid) out.children.push(laid);
  };

  if (view.scrollKey !== undefined) {
    const heights = kids.map((k) => intrinsicHeight(k as View<unknown>));
    const total = heights.reduce((a, b) => a + b, 0) + gap * Math.max(0, kids.length - 1);
    const max = Math.max(0, total - (inner.bottom - inner.top));
    const offset = Math.min(max, Math.max(0, env.scroll[view.scrollKey] ?? 0));
    out.scroll = { key: view.scrollKey, offset, max };
    const childClip = intersect(clip, inner);
    let y = inner.top - offset;
    kids.forEach((k, i) => {
      const h = heights[i]!;
      place(k, { left: inner.left, top: y, right: inner.right, bottom: y + h }, childClip);
      y += h + gap;
    });
    return out;
  }

  if (view.dir === 'row') {
    const fixed = kids.reduce((sum, k) => sum + (k.w ?? 0), 0) + gap * Math.max(0, kids.length - 1);
    const growTotal = kids.reduce((sum, k) => sum + (k.w === undefined ? (k.grow ?? 1) : 0), 0);
    const leftover = Math.max(0, inner.right - inner.left - fixed);
    let x = inner.left;
    for (const k of kids) {
      const w = k.w ?? (growTotal > 0 ? Math.floor((leftover * (k.grow ?? 1)) / growTotal) : 0);
      const h =
        k.h !== undefined && k.grow === undefined ? Math.min(k.h, inner.bottom - inner.top) : inner.bottom - inner.top;
      const top = inner.top + Math.floor((inner.bottom - inner.top - h) / 2);
      place(k, { left: x, top, right: x + w, bottom: top + h }, clip);
      x += w + gap;
    }
    return out;
  }

  if (view.dir === 'overlay') {
    for (const k of kids) {
      if (k.float) {
        const f = k.float;
        place(
          k,
          {
            left: inner.right - f.right - f.w,
            top: inner.bottom - f.bottom - f.h,
            right: inner.right - f.right,
            bottom: inner.bottom - f.bottom,
          },
          clip,
        );
      } else {
        place(k, inner, clip);
      }
    }
    return out;
  }

  // column (default)
  const flow = kids.filter((k) => !k.float);
  const fixed =
    flow.reduce((sum, k) => sum + (k.grow ? 0 : intrinsicHeight(k as View<unknown>)), 0) +
    gap * Math.max(0, flow.length - 1);
  const growTotal = flow.reduce((sum, k) => sum + (k.grow ?? 0), 0);
  const leftover = Math.max(0, inner.bottom - inner.top - fixed);
  let y = inner.top;
  for (const k of kids) {
    if (k.float) {
      const f = k.float;
      place(
        k,
        {
          left: inner.right - f.right - f.w,
          top: inner.bottom - f.bottom - f.h,
          right: inner.right - f.right,
          bottom: inner.bottom - f.bottom,
        },
        clip,
      );
      continue;
    }
    const h = k.grow ? Math.floor((leftover * k.grow) / growTotal) : intrinsicHeight(k as View<unknown>);
    const w = k.w ?? inner.right - inner.left;
    place(k, { left: inner.left, top: y, right: inner.left + w, bottom: y + h }, clip);
    y += h + gap;
  }
  return out;
}
