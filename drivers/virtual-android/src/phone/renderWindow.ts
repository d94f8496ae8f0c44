/** Lays out one window's view in its rectangle and turns it into a UiNode tree. */
import { layout, type Box } from '../framework/layout.ts';
import type { View } from '../framework/types.ts';
import { PhoneError } from './PhoneError.ts';
import { toUiTree } from './toUiTree.ts';
import type { RenderedWindow, WindowKey } from './UiNode.ts';

export function renderWindow(
  key: WindowKey,
  pkg: string,
  view: View<unknown>,
  rect: Box,
  scroll: Record<string, number>,
  focusedField: string | undefined,
  touchable: boolean,
  modal: boolean,
): RenderedWindow {
  const laid = layout(view, rect, rect, { scroll });
  if (!laid) throw new PhoneError('LayoutError', `Window ${key} has no visible area.`);
  const root = toUiTree(laid, { pkg, window: key, focusedField }, key, 0, null);
  return { key, pkg, root, touchable, modal };
}
