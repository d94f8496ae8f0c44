/**
 * Converts laid-out views into UiNodes with the flags Android would report:
 * clickable from handlers, resource ids qualified by package, empty text
 * fields showing their hint as text.
 */
import type { LaidOut } from '../framework/layout.ts';
import type { UiNode, WindowKey } from './UiNode.ts';

export function qualifyId(pkg: string, id: string | undefined): string {
  if (!id) return '';
  return id.includes(':') ? id : `${pkg}:id/${id}`;
}

export interface TreeOptions {
  pkg: string;
  window: WindowKey;
  /** Short id of the focused text field in this window, if any. */
  focusedField?: string;
}

export function toUiTree(
  laid: LaidOut<unknown>,
  opts: TreeOptions,
  handle: string,
  index: number,
  parent: UiNode | null,
): UiNode {
  const v = laid.view;
  const isInput = v.input !== undefined;
  const value = isInput ? v.input!.value : (v.text ?? '');
  const showingHint = isInput && value === '' && Boolean(v.hint);
  const node: UiNode = {
    cls: v.cls,
    pkg: opts.pkg,
    text: showingHint ? (v.hint ?? '') : value,
    desc: v.desc ?? '',
    resourceId: qualifyId(opts.pkg, v.id),
    hint: v.hint ?? '',
    showingHint,
    checkable: v.checkable ?? false,
    checked: v.checked ?? false,
    clickable: v.clickable ?? Boolean(v.onTap || v.input),
    enabled: v.enabled ?? true,
    focusable: v.focusable ?? Boolean(v.onTap || v.input),
    focused: isInput && opts.focusedField !== undefined && v.id === opts.focusedField,
    longClickable: v.longClickable ?? Boolean(v.onLongTap),
    password: v.password ?? false,
    scrollable: v.scrollKey !== undefined,
    selected: v.selected ?? false,
    heading: v.heading ?? false,
    bounds: laid.bounds,
    index,
    children: [],
    parent,
    handle,
    window: opts.window,
    view: v as LaidOut<unknown>['view'],
    scroll: laid.scroll,
  };
  node.children = laid.children.map((c, i) => toUiTree(c, opts, `${handle}/${i}`, i, node));
  return node;
}
