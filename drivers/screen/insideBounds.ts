import type { UiElement } from './types.ts';

/** Whether `inner` lies wholly within `outer`'s bounds (a row's caption inside the row, a tab's label in the tab). */
export function insideBounds(outer: UiElement, inner: UiElement): boolean {
  const a = outer.bounds;
  const b = inner.bounds;
  return b.left >= a.left && b.right <= a.right && b.top >= a.top && b.bottom <= a.bottom;
}
