/**
 * Small lookups over a Screen that the FSM, the agents and the virtual
 * device's tests share, so nobody re-implements them slightly differently.
 */
import type { Screen, ScreenWindow, UiElement } from './types.ts';

export function findElement(screen: Screen, predicate: (element: UiElement) => boolean): UiElement | undefined {
  return screen.elements.find(predicate);
}

export function findElements(screen: Screen, predicate: (element: UiElement) => boolean): UiElement[] {
  return screen.elements.filter(predicate);
}

/** Elements a user can act on (click, long-click, scroll, check, type), in document order. */
export function actionableElements(screen: Screen): UiElement[] {
  return screen.elements.filter((e) => e.actionable);
}

/** Element by its per-screen id ("e12"). */
export function elementById(screen: Screen, id: string): UiElement | undefined {
  // Ids are "e<index>", so the usual case is a direct hit.
  const k = /^e(\d+)$/.exec(id);
  if (k) {
    const hit = screen.elements[Number(k[1])];
    if (hit?.id === id) return hit;
  }
  return screen.elements.find((e) => e.id === id);
}

/** First element whose label, text or content-desc equals `label` (case-insensitive), actionable ones first. */
export function elementByLabel(screen: Screen, label: string): UiElement | undefined {
  const want = label.trim().toLowerCase();
  const matches = (e: UiElement): boolean =>
    e.label.toLowerCase() === want || e.text.toLowerCase() === want || e.contentDesc.toLowerCase() === want;
  return screen.elements.find((e) => e.actionable && matches(e)) ?? screen.elements.find(matches);
}

export function windowOf(screen: Screen, element: UiElement): ScreenWindow | undefined {
  return screen.windows.find((w) => w.id === element.window);
}

/** True when an on-screen keyboard window is showing. */
export function keyboardShown(screen: Screen): boolean {
  return screen.windows.some((w) => w.kind === 'keyboard');
}

/** What a text field holds: nothing while it shows its hint (real dumps report the hint as the text). */
export function fieldValue(field: UiElement): string {
  return field.hint && field.text === field.hint ? '' : field.text;
}
