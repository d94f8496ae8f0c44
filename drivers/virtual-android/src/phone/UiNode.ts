/**
 * One node of the rendered phone as UiAutomator2 reports it. The driver's
 * page source, finders and screenshot all read this one tree, so they can
 * never disagree.
 */
import type { Box, ScrollInfo } from '../framework/layout.ts';
import type { View } from '../framework/types.ts';

export type WindowKey = 'app' | 'dialog' | 'statusbar' | 'share' | 'keyboard' | 'toast' | 'popup' | 'fault' | 'shade';

export interface UiNode {
  cls: string;
  pkg: string;
  text: string;
  desc: string;
  resourceId: string;
  hint: string;
  showingHint: boolean;
  checkable: boolean;
  checked: boolean;
  clickable: boolean;
  enabled: boolean;
  focusable: boolean;
  focused: boolean;
  longClickable: boolean;
  password: boolean;
  scrollable: boolean;
  selected: boolean;
  heading: boolean;
  bounds: Box;
  index: number;
  children: UiNode[];
  parent: UiNode | null;
  /** Stable address: window key + child indices ("app/0/2/1"); the element id clients hold. */
  handle: string;
  window: WindowKey;
  view: View<unknown> | null;
  scroll?: ScrollInfo;
}

export interface RenderedWindow {
  key: WindowKey;
  pkg: string;
  root: UiNode;
  /** Takes touches; modal windows swallow taps outside their bounds. */
  touchable: boolean;
  modal: boolean;
}

export function walk(node: UiNode, visit: (n: UiNode) => void): void {
  visit(node);
  for (const c of node.children) walk(c, visit);
}
