/**
 * UiAutomator2's `mobile:` gestures (click, long click, double click, swipe,
 * scroll, fling) with its parameter names, as functions over the driver
 * installed as VirtualAndroidDriver methods. A gesture takes the virtual time
 * its finger takes (from `speed` or `duration` when given) plus the settle
 * (phone/inputTiming.ts).
 */
import { errors } from 'appium/driver.js';
import { INPUT_MS, swipeMs } from '../phone/inputTiming.ts';
import type { UiNode } from '../phone/UiNode.ts';
import type { VirtualAndroidDriver } from './VirtualAndroidDriver.ts';

type Direction = 'up' | 'down' | 'left' | 'right';

interface Area {
  elementId?: string;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
}

function point(driver: VirtualAndroidDriver, elementId?: string, x?: number, y?: number): { x: number; y: number } {
  if (elementId) {
    const b = driver.node(elementId).bounds;
    return { x: Math.floor((b.left + b.right) / 2), y: Math.floor((b.top + b.bottom) / 2) };
  }
  if (typeof x === 'number' && typeof y === 'number') return { x, y };
  throw new errors.InvalidArgumentError('Give either elementId or both x and y.');
}

function box(
  driver: VirtualAndroidDriver,
  a: Area,
): { left: number; top: number; right: number; bottom: number; node?: UiNode } {
  if (a.elementId) {
    const node = driver.node(a.elementId);
    return { ...node.bounds, node };
  }
  const { left, top, width, height } = a;
  if (typeof left === 'number' && typeof top === 'number' && typeof width === 'number' && typeof height === 'number')
    return { left, top, right: left + width, bottom: top + height };
  throw new errors.InvalidArgumentError('Give either elementId or left, top, width and height.');
}

function direction(value: unknown): Direction {
  const d = String(value ?? '').toLowerCase();
  if (d === 'up' || d === 'down' || d === 'left' || d === 'right') return d;
  throw new errors.InvalidArgumentError(`direction must be up, down, left or right; got '${String(value)}'.`);
}

/** The finger's time for a distance at a speed in px/s (UiAutomator2's `speed`); undefined: the default speed. */
function fingerMs(distancePx: number, speed: unknown): number | undefined {
  return typeof speed === 'number' && speed > 0 ? (distancePx / speed) * 1000 : undefined;
}

export async function mobileClickGesture(
  this: VirtualAndroidDriver,
  elementId?: string,
  x?: number,
  y?: number,
): Promise<void> {
  const p = point(this, elementId, x, y);
  this.device().tap(p.x, p.y);
}

export async function mobileLongClickGesture(
  this: VirtualAndroidDriver,
  elementId?: string,
  x?: number,
  y?: number,
  duration?: number,
): Promise<void> {
  const p = point(this, elementId, x, y);
  this.device().longTap(p.x, p.y, typeof duration === 'number' && duration >= 0 ? duration : undefined);
}

export async function mobileDoubleClickGesture(
  this: VirtualAndroidDriver,
  elementId?: string,
  x?: number,
  y?: number,
): Promise<void> {
  const p = point(this, elementId, x, y);
  this.device().tap(p.x, p.y);
  this.device().tap(p.x, p.y);
}

/** Finger swipe inside an area: 'up' moves the finger up (content scrolls down). */
export async function mobileSwipeGesture(
  this: VirtualAndroidDriver,
  elementId?: string,
  left?: number,
  top?: number,
  width?: number,
  height?: number,
  dir?: string,
  percent?: number,
  speed?: number,
): Promise<void> {
  const a = box(this, { elementId, left, top, width, height });
  const d = direction(dir);
  const pct = Math.max(0, Math.min(1, percent ?? 0.5));
  const cx = (a.left + a.right) / 2;
  const cy = (a.top + a.bottom) / 2;
  const dy = d === 'up' ? -1 : d === 'down' ? 1 : 0;
  const dx = d === 'left' ? -1 : d === 'right' ? 1 : 0;
  const hx = (((a.right - a.left) * pct) / 2) * dx;
  const hy = (((a.bottom - a.top) * pct) / 2) * dy;
  const distance = Math.hypot(2 * hx, 2 * hy);
  this.device().swipe(cx - hx, cy - hy, cx + hx, cy + hy, fingerMs(distance, speed));
}

/** Scroll inside an area: 'down' shows content further down. Returns whether it can scroll further. */
export async function mobileScrollGesture(
  this: VirtualAndroidDriver,
  elementId?: string,
  left?: number,
  top?: number,
  width?: number,
  height?: number,
  dir?: string,
  percent?: number,
  speed?: number,
): Promise<boolean> {
  const pct = Math.max(0, Math.min(1, percent ?? 0.5));
  return scrollArea(this, { elementId, left, top, width, height }, dir, pct, (px) => swipeMs(px, fingerMs(px, speed)));
}

/** A whole area's height at once, taking a fling's time. */
export async function mobileFlingGesture(
  this: VirtualAndroidDriver,
  elementId?: string,
  left?: number,
  top?: number,
  width?: number,
  height?: number,
  dir?: string,
): Promise<boolean> {
  return scrollArea(this, { elementId, left, top, width, height }, dir, 1, () => INPUT_MS.fling);
}

/** Scrolls the scroller in an area by pct of its height; returns whether it can scroll further that way. */
function scrollArea(
  driver: VirtualAndroidDriver,
  where: Area,
  dir: string | undefined,
  pct: number,
  durationMs: (distancePx: number) => number,
): boolean {
  const phone = driver.device();
  const a = box(driver, where);
  const d = direction(dir);
  let scroller = a.node?.scroll
    ? a.node
    : phone.scrollableAt(Math.floor((a.left + a.right) / 2), Math.floor((a.top + a.bottom) / 2));
  if (!scroller) scroller = phone.largestScrollable();
  const distance = (a.bottom - a.top) * pct;
  if (!scroller || d === 'left' || d === 'right') {
    // The finger still moved: the time passes even though nothing scrolled.
    phone.elapse(durationMs(distance));
    return false;
  }
  phone.scrollNode(scroller, d === 'down' ? distance : -distance, durationMs(distance));
  const again = phone.resolve(scroller.handle);
  if (!again?.scroll) return false;
  return d === 'down' ? again.scroll.offset < again.scroll.max : again.scroll.offset > 0;
}
