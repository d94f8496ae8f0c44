/**
 * One pass over a Screen that yields what screen identity needs: the feature
 * set that makes the state key, the title, and a stable signature for every
 * element of the windows that count. Deterministic and free of effects.
 *
 * Rules (docs/fsm.md explains why each exists):
 * - windows: status bar, navigation bar, notification shade and keyboard are
 *   left out; so is any non-app window with nothing to act on (a toast);
 *   dialogs, popups and system windows count, their features prefixed, so a
 *   dialog over a screen is a state of its own;
 * - package and activity (when the observer knows it);
 * - the title: the first static text of a toolbar, else a title/header
 *   resource id, else the tallest text near the top;
 * - interactive elements by role, resource id and static label; inputs by
 *   their hint, never their typed text; tabs with their selected flag;
 * - scrollable containers and lists do not count, nor do their rows: rows
 *   are content (what is listed, how far it is scrolled), and an empty list is
 *   often swapped for an "empty" message on the same screen; scrollers that
 *   hold a toolbar, tabs or a pager are page layout and are looked through;
 * - actionable elements with neither resource id nor static label (content
 *   cards) do not count;
 * - runs of >= 3 same-shape siblings elsewhere (icon grids, keypads without
 *   ids) count once;
 * - snackbars, progress spinners, loading panels and dynamic text never count.
 */
import type { Screen, UiElement, WindowKind } from '../../drivers/screen/types.ts';
import { fnv1a } from '../hash.ts';
import { type ElementSignature, shortClassName, shortResourceId } from './elementSignature.ts';
import { staticLabel } from './staticText.ts';
import { CONTENT_MARK, titleFeature } from './titleFeature.ts';

export interface IdentityOptions {
  /** Window kinds left out of identity. */
  ignoredWindowKinds?: readonly WindowKind[];
  /** Same-shape siblings outside lists collapse into one feature from this many on. */
  repeatThreshold?: number;
}

export const DEFAULT_IGNORED_WINDOWS: readonly WindowKind[] = [
  'status_bar',
  'navigation_bar',
  'notification_shade',
  'keyboard',
];

export interface ScreenAnalysis {
  package: string;
  activity?: string;
  /** Static title of the app layer ('' when none was found). */
  title: string;
  /** Static title of the topmost dialog/popup, when one is shown. */
  dialogTitle?: string;
  /** Sorted, unique, human-readable: the key is a hash of exactly this. */
  features: string[];
  /** Element id -> signature, for the elements of counted windows. */
  signatures: Map<string, ElementSignature>;
  /** A dialog, popup or system window is over the app. */
  hasOverlay: boolean;
  /** A progress spinner outside lists: the screen is still loading. */
  loading: boolean;
}

const LIST_CLASS = /RecyclerView|ListView|GridView|ScrollView|AbsListView|WebView/;
const TOOLBAR_CLASS = /Toolbar|ActionBar/;
const TOOLBAR_ID = /(?:^|[_:])(?:toolbar|action_?bar|app_?bar|title_?bar)$/i;
const LOADING_ID = /loading|progress|spinner|shimmer|skeleton/i;
const TITLE_ID =
  /(?:^|[_:])(?:title|toolbar_title|action_bar_title|alertTitle|page_title|screen_title|headline|header_title)$/i;
const HEADER_ID = /(?:^|[_:])(?:header|heading|section_?header|section_?title)(?:$|_)/i;
const TAB_CLASS = /TabView|TabItem|\$Tab\b/;

function windowPrefix(kind: WindowKind | undefined): string {
  if (kind === 'dialog') return 'dlg:';
  if (kind === 'popup') return 'pop:';
  if (kind === 'system') return 'sys:';
  return '';
}

function isTab(e: UiElement): boolean {
  return e.role === 'tab' || TAB_CLASS.test(e.className);
}

function isListLike(e: UiElement): boolean {
  if (/ViewPager/.test(e.className)) return false; // a pager holds whole pages, not rows
  return e.role === 'list' || e.role === 'scroll' || e.flags.scrollable || LIST_CLASS.test(e.className);
}

/**
 * A scroller holds content, except one that holds a toolbar, tabs or a pager:
 * that is the page's layout (a CoordinatorLayout reported as a ScrollView, a
 * NestedScrollView around tabs and a pager) and is looked through. A list
 * holding a carousel or a grid is still a list.
 */
function isListContainer(
  e: UiElement,
  kids: UiElement[] | undefined,
  holdsLayout: boolean,
  holdsTabs: boolean,
  shapeOf: (e: UiElement) => string | undefined,
): boolean {
  if (!isListLike(e) || holdsLayout) return false;
  // A horizontal tab strip (or bottom navigation) scrolls too, but its tabs are static labels. "Tabs" in
  // full-width rows stacked in a list (a browser's tab switcher) are rows named after their pages: content.
  return !holdsTabs || listRows(e, kids, shapeOf);
}

/** Kids that are list rows: full width, all of one shape, and several of them or a tappable one. */
function listRows(e: UiElement, kids: UiElement[] | undefined, shapeOf: (e: UiElement) => string | undefined): boolean {
  if (!kids || kids.length === 0) return false;
  const width = e.bounds.right - e.bounds.left;
  const shape = shapeOf(kids[0]!);
  return (
    (kids.length >= 2 || kids[0]!.actionable) &&
    kids.every((k) => k.bounds.right - k.bounds.left >= width * 0.9 && shapeOf(k) === shape)
  );
}

/**
 * A floating action button comes and goes with the screen's state (hidden until a form has input,
 * hidden on scroll, swapped for another action): it is not part of what the screen is.
 */
function isFloatingActionButton(e: UiElement, rid: string): boolean {
  return /FloatingActionButton/.test(e.className) || /(?:^|_)fab(?:$|_)/i.test(rid);
}

/** A toolbar is a bar: small next to the screen (an id like `action_bar_root` names the whole layout). */
function isToolbar(e: UiElement, screenHeight: number): boolean {
  if (screenHeight > 0 && e.bounds.bottom - e.bounds.top > screenHeight * 0.25) return false;
  return e.role === 'toolbar' || TOOLBAR_CLASS.test(e.className) || TOOLBAR_ID.test(shortResourceId(e.resourceId));
}

function containerName(e: UiElement): string {
  return shortResourceId(e.resourceId) || shortClassName(e.className);
}

export function analyzeScreen(screen: Screen, options: IdentityOptions = {}): ScreenAnalysis {
  const ignored = new Set(options.ignoredWindowKinds ?? DEFAULT_IGNORED_WINDOWS);
  const repeatThreshold = options.repeatThreshold ?? 3;
  const elements = screen.elements;

  // Windows that count. A non-app window with nothing to act on is a toast or an overlay hint.
  const windowKind = new Map<string, WindowKind>();
  for (const w of screen.windows) windowKind.set(w.id, w.kind);
  const actionableWindows = new Set<string>();
  for (const e of elements) if (e.actionable) actionableWindows.add(e.window);
  const counted = (windowId: string): boolean => {
    const kind = windowKind.get(windowId) ?? 'app';
    if (ignored.has(kind)) return false;
    if (kind !== 'app' && kind !== 'launcher' && !actionableWindows.has(windowId)) return false;
    return true;
  };

  const children = new Map<string, UiElement[]>();
  const roots: UiElement[] = [];
  for (const e of elements) {
    if (e.parent === null) roots.push(e);
    else {
      const list = children.get(e.parent);
      if (list) list.push(e);
      else children.set(e.parent, [e]);
    }
  }

  // Shapes bottom-up (children come after parents in document order): class, id, actionability, child shapes; no text.
  const shape = new Map<string, string>();
  // Also bottom-up: does the subtree below hold a toolbar or a pager, or tabs (see isListContainer)?
  const holdsLayout = new Set<string>();
  const holdsTabs = new Set<string>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const e = elements[i]!;
    const kids = children.get(e.id);
    const inner = kids ? kids.map((k) => shape.get(k.id) ?? '').join(',') : '';
    shape.set(e.id, fnv1a(`${shortClassName(e.className)}#${e.resourceId}${e.actionable ? '!' : ''}(${inner})`));
    if (kids?.some((k) => holdsLayout.has(k.id) || isToolbar(k, screen.height) || /ViewPager/.test(k.className)))
      holdsLayout.add(e.id);
    if (kids?.some((k) => isTab(k) || holdsTabs.has(k.id))) holdsTabs.add(e.id);
  }

  const features = new Set<string>();
  const signatures = new Map<string, ElementSignature>();
  const contentIds = new Set<string>(); // elements inside lists/repeats: content, not identity
  let loading = false;
  let hasOverlay = false;

  features.add(`pkg:${screen.foregroundPackage}`);
  if (screen.activity) features.add(`act:${screen.activity}`);

  const visitContent = (e: UiElement, prefix: string, item: string, rowSignature: string | null): void => {
    contentIds.add(e.id);
    const rowSig = rowSignature ?? `${prefix}item:${item}|${shape.get(e.id)}`;
    if (rowSignature === null) signatures.set(e.id, rowSig);
    else signatures.set(e.id, `${rowSig}>${e.role}|${shortResourceId(e.resourceId)}`);
    for (const k of children.get(e.id) ?? []) visitContent(k, prefix, item, rowSig);
  };

  // A text field's own buttons (send, clear, voice) come and go with its text: the field alone counts.
  const besideInput = new Set<string>();
  const elementById = new Map(elements.map((e) => [e.id, e]));
  for (const e of elements) {
    if (e.role !== 'input' || !e.parent) continue;
    // Only a bar around the field (compose bar, search bar), not a whole page that happens to hold it.
    const bar = elementById.get(e.parent);
    if (
      !bar ||
      bar.bounds.bottom - bar.bounds.top > Math.max(3 * (e.bounds.bottom - e.bounds.top), screen.height * 0.12)
    )
      continue;
    for (const sibling of children.get(e.parent) ?? [])
      if (sibling.role !== 'input' && sibling.actionable) besideInput.add(sibling.id);
  }

  const visit = (e: UiElement, prefix: string): void => {
    if (/snackbar/i.test(e.resourceId) || /Snackbar/.test(e.className)) return;
    const kids = children.get(e.id);
    const rid = shortResourceId(e.resourceId);
    // Spinners and loading panels say the screen is not settled; they are not part of it.
    if (/ProgressBar/.test(e.className) || LOADING_ID.test(rid)) {
      loading = true;
      return;
    }

    if (isListContainer(e, kids, holdsLayout.has(e.id), holdsTabs.has(e.id), (x) => shape.get(x.id))) {
      // Not a key feature: an empty list is often replaced by an "empty" message, and the screen is the same.
      const name = containerName(e);
      signatures.set(e.id, `${prefix}list|${name}`);
      for (const k of kids ?? []) visitContent(k, prefix, name, null);
      return;
    }

    if (isTab(e)) {
      // Tab descriptions carry badges after the name ("Home. New items", "Chats, 3 unread"): keep the name.
      const label = staticLabel((e.label || e.text || e.contentDesc).split(/[.,;]\s/)[0]!);
      features.add(`${prefix}tab:${label}${e.flags.selected ? ' (selected)' : ''}`);
      signatures.set(e.id, `${prefix}tab|${rid}|${label}`);
      for (const k of kids ?? []) markInside(k, prefix, `${prefix}tab|${rid}|${label}`);
      return;
    } else if (e.actionable) {
      const raw = e.role === 'input' ? e.hint || e.contentDesc : e.label || e.text || e.contentDesc;
      const label = staticLabel(raw);
      const sig = `${prefix}${e.role}|${rid}|${label}`;
      // With neither id nor static label an element says nothing stable about the screen (a content card).
      // An app's own id names the element; its caption is then often state ("Pin"/"Unpin", "Start"/"Pause").
      // A field's hint is static, so inputs keep it.
      if ((rid || label) && !besideInput.has(e.id) && !isFloatingActionButton(e, rid))
        features.add(`${prefix}el:${e.role}|${rid}|${ownId(rid) && e.role !== 'input' ? '' : label}`);
      signatures.set(e.id, sig);
    } else {
      if (e.text && HEADER_ID.test(rid)) {
        const label = staticLabel(e.text);
        if (label) features.add(`${prefix}hdr:${label}`);
      }
      signatures.set(e.id, `${prefix}${e.role}|${rid}|${staticLabel(e.text || e.contentDesc)}`);
    }

    if (!kids) return;
    // Runs of same-shape siblings (icon grids, id-less keypads) count once.
    const byShape = new Map<string, UiElement[]>();
    for (const k of kids) {
      const s = shape.get(k.id)!;
      const group = byShape.get(s);
      if (group) group.push(k);
      else byShape.set(s, [k]);
    }
    for (const k of kids) {
      const group = byShape.get(shape.get(k.id)!)!;
      if (group.length >= repeatThreshold && !isTab(k)) {
        if (group[0] === k) features.add(`${prefix}rep:${containerName(e)}|${shape.get(k.id)}`);
        visitContent(k, prefix, `${containerName(e)}~rep`, null);
      } else visit(k, prefix);
    }
  };

  // Elements under a tab (its icon, its text) belong to the tab.
  const markInside = (e: UiElement, _prefix: string, sig: string): void => {
    signatures.set(e.id, sig);
    for (const k of children.get(e.id) ?? []) markInside(k, _prefix, sig);
  };

  const countedWindows = new Set<string>();
  for (const root of roots) {
    if (!counted(root.window)) continue;
    countedWindows.add(root.window);
    const kind = windowKind.get(root.window);
    const prefix = windowPrefix(kind);
    if (prefix) {
      hasOverlay = true;
      features.add(`${prefix}window`);
    }
    visit(root, prefix);
  }

  // Titles: one for the app layer, one for the topmost overlay.
  const byLayer = new Map<string, UiElement[]>();
  for (const e of elements) {
    if (!countedWindows.has(e.window) || contentIds.has(e.id)) continue;
    const prefix = windowPrefix(windowKind.get(e.window));
    const layer = byLayer.get(prefix);
    if (layer) layer.push(e);
    else byLayer.set(prefix, [e]);
  }
  let title = '';
  let dialogTitle: string | undefined;
  for (const [prefix, layer] of byLayer) {
    const found = findTitle(layer, children, screen.height, contentIds);
    if (!found) continue;
    features.add(`${prefix}title:${isPlaceName(found, layer) ? CONTENT_MARK : titleFeature(found)}`);
    if (prefix === '') title = found;
    else dialogTitle = found;
  }

  const result: ScreenAnalysis = {
    package: screen.foregroundPackage,
    title,
    features: [...features].sort(),
    signatures,
    hasOverlay,
    loading,
  };
  if (screen.activity) result.activity = screen.activity;
  if (dialogTitle !== undefined) result.dialogTitle = dialogTitle;
  return result;
}

const PATH_SEPARATOR = /\s*[›»>/\\]\s*/;

/**
 * A title that ends a path shown on the same screen ("Internal storage › Podcasts") names the place being
 * browsed (a folder, a category), which is content: every folder is the same screen.
 */
function isPlaceName(title: string, layer: UiElement[]): boolean {
  for (const e of layer) {
    const parts = e.text.split(PATH_SEPARATOR).map((p) => p.trim());
    if (parts.length >= 2 && staticLabel(parts.at(-1)!) === title) return true;
  }
  return false;
}

/** An app-specific resource id (not the framework's generic android:id/button1, text1...). */
function ownId(rid: string): boolean {
  return rid !== '' && !rid.startsWith('android:');
}

/** The static title of one layer's elements (document order, list content excluded). */
function findTitle(
  layer: UiElement[],
  children: Map<string, UiElement[]>,
  screenHeight: number,
  contentIds: Set<string>,
): string {
  // 1. The first static text inside the first toolbar that has one.
  for (const e of layer) {
    if (!isToolbar(e, screenHeight)) continue;
    const found = firstStaticText(e, children, contentIds);
    if (found) return found;
  }
  // 2. A title/header resource id, topmost first.
  let best: UiElement | undefined;
  for (const e of layer) {
    if (e.text && e.role !== 'input' && TITLE_ID.test(shortResourceId(e.resourceId)) && staticLabel(e.text)) {
      if (!best || e.bounds.top < best.bounds.top) best = e;
    }
  }
  if (best) return staticLabel(best.text);
  // 3. The tallest static text in the top third, topmost on ties; not a button's caption.
  const limit = screenHeight > 0 ? screenHeight * 0.35 : Infinity;
  const byId = new Map(layer.map((e) => [e.id, e]));
  const insideActionable = (e: UiElement): boolean => {
    for (let p = e.parent ? byId.get(e.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined)
      if (p.actionable && !p.flags.scrollable) return true;
    return false;
  };
  let tallest: UiElement | undefined;
  let tallestHeight = 0;
  for (const e of layer) {
    if (!e.text || e.actionable || e.role === 'input' || e.bounds.top >= limit) continue;
    // A line with a count in it ("3 results for …") is a status line, not a title.
    if (!staticLabel(e.text) || /\d/.test(e.text) || insideActionable(e)) continue;
    const h = e.bounds.bottom - e.bounds.top;
    if (h > tallestHeight || (h === tallestHeight && tallest && e.bounds.top < tallest.bounds.top)) {
      tallest = e;
      tallestHeight = h;
    }
  }
  return tallest ? staticLabel(tallest.text) : '';
}

function firstStaticText(root: UiElement, children: Map<string, UiElement[]>, contentIds: Set<string>): string {
  const stack = [...(children.get(root.id) ?? [])].reverse();
  while (stack.length > 0) {
    const e = stack.pop()!;
    // A tappable text in a bar is a control (a search pill, a spinner), not the bar's title.
    if (contentIds.has(e.id) || e.actionable) continue;
    if (e.text && e.role !== 'input') {
      const label = staticLabel(e.text);
      if (label) return label;
    }
    const kids = children.get(e.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return '';
}
