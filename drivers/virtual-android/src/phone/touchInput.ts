/**
 * Touches: tap, long tap and element click. A tap is hit-tested against the
 * current render, takes its time (so what it posts, a toast say, counts its
 * duration from the end of the touch), then either dismisses the modal window
 * it fell outside of or runs the handler under the finger (a fault profile
 * may move it to a neighbour: mis-tap).
 */
import { POPUP_MENU_KEY } from '../framework/overflowMenu.ts';
import { foregroundTask, topEntry } from './backStack.ts';
import { focusNode } from './focus.ts';
import { hitTest } from './hitTest.ts';
import type { Phone } from './Phone.ts';
import { mustResolve } from './resolveHandle.ts';
import { elapse } from './elapse.ts';
import { INPUT_MS } from './inputTiming.ts';
import { runHandler } from './runHandler.ts';
import type { UiNode } from './UiNode.ts';

export function tap(phone: Phone, x: number, y: number): void {
  const target = hitTest(phone.render().windows, x, y);
  elapse(phone, INPUT_MS.tap);
  if (!target) return;
  if ('dismiss' in target) {
    if (target.dismiss.key === 'share') phone.state.systemDialog = null;
    else if (target.dismiss.key === 'dialog') phone.act(phone.state.foreground, true).closeDialog();
    else if (target.dismiss.key === 'popup') delete topEntry(foregroundTask(phone.state)).local[POPUP_MENU_KEY];
    else if (target.dismiss.key === 'fault') phone.faults.onOutsideTap();
    phone.invalidate();
    return;
  }
  phone.activate(phone.faults.misTap(target.node, target.window) ?? target.node, 'tap');
}

/** A press held for holdMs (a long press from Android's 400 ms timeout on), then its animation. */
export function longTap(phone: Phone, x: number, y: number, holdMs: number = INPUT_MS.longTapHold): void {
  const target = hitTest(phone.render().windows, x, y);
  elapse(phone, holdMs + INPUT_MS.longTapAnimation);
  if (!target || 'dismiss' in target) return;
  phone.activate(target.node, 'long');
}

/** Runs the handler of the node or its nearest ancestor that has one; a text field tapped gets focus first. */
export function activate(phone: Phone, node: UiNode, kind: 'tap' | 'long'): void {
  let n: UiNode | null = node;
  while (n) {
    const v = n.view;
    if (v && kind === 'long' && v.onLongTap) return runHandler(phone, n, v.onLongTap);
    if (v && kind === 'tap' && v.input) {
      focusNode(phone, n);
      if (v.onTap) runHandler(phone, n, v.onTap);
      return;
    }
    if (v && kind === 'tap' && v.onTap) return runHandler(phone, n, v.onTap);
    n = n.parent;
  }
}

/** Clicks an element as UiAutomator2 does: a tap at the centre of its visible bounds (whatever window is on top there gets it). */
export function click(phone: Phone, handle: string): void {
  const b = mustResolve(phone, handle).bounds;
  phone.tap(Math.floor((b.left + b.right) / 2), Math.floor((b.top + b.bottom) / 2));
}
