/**
 * Is the compact listing enough to act on this screen, or does the model need
 * to see it (`--screenshots auto`)? The listing is text from the UI
 * hierarchy; it says little when the app draws its content itself or
 * leaves its controls unnamed. A screenshot is asked for when:
 * - fewer than MIN_LABELLED elements of the app's windows have a label
 *   (a splash screen, a map, a photo viewer);
 * - at least as many actionable elements are unlabelled as labelled, and
 *   there are MIN_UNLABELLED of them (icon buttons the listing cannot name);
 * - a drawn view (SurfaceView, TextureView, a GL or game view, a Flutter or
 *   Unity canvas) covers a quarter of the screen or more;
 * - a web view covers a quarter of the screen or more and exposes fewer
 *   than MIN_LABELLED labels (web content without accessibility nodes).
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';

export const MIN_LABELLED = 3;
export const MIN_UNLABELLED = 3;
/** Share of the screen a drawn or web view must cover to matter. */
export const LARGE_VIEW_SHARE = 0.25;

const DRAWN_VIEW = /SurfaceView$|TextureView$|GLSurfaceView$|Canvas|UnityPlayer|FlutterView|GameView/;
const CONTENT_WINDOWS = new Set(['app', 'dialog', 'popup', 'launcher']);

function area(e: UiElement): number {
  return Math.max(0, e.bounds.right - e.bounds.left) * Math.max(0, e.bounds.bottom - e.bounds.top);
}

function inside(e: UiElement, box: UiElement): boolean {
  return (
    e.bounds.left >= box.bounds.left &&
    e.bounds.top >= box.bounds.top &&
    e.bounds.right <= box.bounds.right &&
    e.bounds.bottom <= box.bounds.bottom
  );
}

/** Why the model should see this screen, or undefined when the listing says enough. */
export function screenshotNeed(screen: Screen): string | undefined {
  const windows = new Set(screen.windows.filter((w) => CONTENT_WINDOWS.has(w.kind)).map((w) => w.id));
  const elements = screen.elements.filter((e) => windows.has(e.window));
  const labelled = elements.filter((e) => e.label.trim() !== '');
  const large = (e: UiElement): boolean => area(e) >= LARGE_VIEW_SHARE * screen.width * screen.height;
  const drawn = elements.find((e) => large(e) && DRAWN_VIEW.test(e.className));
  if (drawn) return `a drawn view (${drawn.className.split('.').pop()}) covers much of the screen`;
  const web = elements.find((e) => large(e) && e.role === 'webview');
  if (web && labelled.filter((e) => e !== web && inside(e, web)).length < MIN_LABELLED)
    return 'a web view exposes little text';
  if (labelled.length < MIN_LABELLED) return `only ${labelled.length} labelled elements`;
  const actionable = elements.filter((e) => e.actionable && e.role !== 'list' && e.role !== 'scroll');
  const unnamed = actionable.filter((e) => e.label.trim() === '').length;
  if (unnamed >= MIN_UNLABELLED && unnamed >= actionable.length - unnamed)
    return `${unnamed} of ${actionable.length} controls have no label`;
  return undefined;
}
