/**
 * One pass over a Screen that yields what screen identity needs: the feature
 * set that makes the state key, the title, and a stable signature for every
 * element of the windows that count. Deterministic and free of effects.
 *
 * Rules (docs/fsm.md explains why each exists; IDENTITY_VERSION changes with them):
 * - windows: status bar, navigation bar, notification shade and keyboard are
 *   left out; so is any non-app window with nothing to act on (a toast);
 *   dialogs, popups and system windows count, their features prefixed, so a
 *   dialog over a screen is a state of its own; an open drawer inside the
 *   app's window counts the same way (`drw:`);
 * - package and activity (when the observer knows it);
 * - the title (findTitle), masked where it is content;
 * - controls by role, resource id and static label, whether or not they can
 *   be used this moment; inputs by their hint, never their typed text; tabs
 *   (by class or by structure, see tabStrips) with their selected flag;
 * - lists and scrollers do not count, nor do their rows: rows are content
 *   (what is listed, how far it is scrolled), and an empty list is often
 *   swapped for an "empty" message on the same screen; scrollers that hold a
 *   toolbar, tabs or a pager are page layout and are looked through. In a
 *   dialog or pop-up, a scroll view is looked through (the body and button
 *   bar of an AlertDialog are ScrollViews) and the rows of a list that shows
 *   all of them are the options offered (`opt:`);
 * - actionable elements with neither resource id nor static label (content
 *   cards) do not count;
 * - runs of >= 3 same-shape siblings elsewhere (icon grids, keypads without
 *   ids) count once;
 * - snackbars, progress spinners, loading panels and dynamic text never count.
 */
import type { Screen, UiElement, WindowKind } from '../../drivers/screen/types.ts';
import type { ElementSignature } from './elementSignature.ts';
import { shortResourceId } from './elementSignature.ts';
import { findTitle } from './findTitle.ts';
import {
  containerName,
  featureRole,
  isAdapterList,
  isControl,
  isFloatingActionButton,
  isListLike,
  isPager,
  isTab,
  isToolbar,
  LOADING_ID,
  ownId,
} from './layoutRules.ts';
import { findOpenDrawers } from './openDrawers.ts';
import { screenTree } from './screenTree.ts';
import { staticLabel } from './staticText.ts';
import { findTabStrips, tabName, type TabCell } from './tabStrips.ts';
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
  /** True when the app layer's title names the content shown (a contact, a place): masked in the key. */
  titleIsContent?: boolean;
  /** Static title of the topmost dialog/popup, when one is shown. */
  dialogTitle?: string;
  /** Caption of the selected tab of the app layer, when tabs show which page this is. */
  selectedTab?: string;
  /** Sorted, unique, human-readable: the key is a hash of exactly this. */
  features: string[];
  /** Element id -> signature, for the elements of counted windows. */
  signatures: Map<string, ElementSignature>;
  /** A dialog, popup, system window or open drawer is over the app. */
  hasOverlay: boolean;
  /** A progress spinner outside lists: the screen is still loading. */
  loading: boolean;
}

const DRAWER_PREFIX = 'drw:';

function windowPrefix(kind: WindowKind | undefined): string {
  if (kind === 'dialog') return 'dlg:';
  if (kind === 'popup') return 'pop:';
  if (kind === 'system') return 'sys:';
  return '';
}

export function analyzeScreen(screen: Screen, options: IdentityOptions = {}): ScreenAnalysis {
  const ignored = new Set(options.ignoredWindowKinds ?? DEFAULT_IGNORED_WINDOWS);
  const repeatThreshold = options.repeatThreshold ?? 3;
  const tree = screenTree(screen);
  const { children, shape } = tree;
  const elements = screen.elements;

  // Windows that count. A non-app window with nothing to act on is a toast or an overlay hint.
  const windowKind = new Map<string, WindowKind>();
  for (const w of screen.windows) windowKind.set(w.id, w.kind);
  const actionableWindows = new Set<string>();
  for (const e of elements) if (e.actionable) actionableWindows.add(e.window);
  // With no app screen under it (a dialog dumped as its own window), such a window is all there is: it counts.
  const hasBase = screen.windows.some((w) => w.kind === 'app' || w.kind === 'launcher');
  const counted = (windowId: string): boolean => {
    const kind = windowKind.get(windowId) ?? 'app';
    if (ignored.has(kind)) return false;
    if (kind !== 'app' && kind !== 'launcher' && !actionableWindows.has(windowId) && hasBase) return false;
    return true;
  };

  const tabCells = findTabStrips(tree);
  const drawers = findOpenDrawers(tree);
  const tabLike = (e: UiElement): boolean => isTab(e) || tabCells.has(e.id);

  // Bottom-up: does the subtree below hold a toolbar or a pager, or tabs (see isListContainer)?
  const holdsLayout = new Set<string>();
  const holdsTabs = new Set<string>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const e = elements[i]!;
    const kids = children.get(e.id);
    if (kids?.some((k) => holdsLayout.has(k.id) || isToolbar(k, screen.height) || isPager(k))) holdsLayout.add(e.id);
    if (kids?.some((k) => tabLike(k) || holdsTabs.has(k.id))) holdsTabs.add(e.id);
  }

  /** Kids that are list rows: full width, all of one shape, and several of them or a tappable one. */
  const listRows = (e: UiElement, kids: UiElement[] | undefined): boolean => {
    if (!kids || kids.length === 0) return false;
    const width = e.bounds.right - e.bounds.left;
    const first = shape.get(kids[0]!.id);
    return (
      (kids.length >= 2 || kids[0]!.actionable) &&
      kids.every((k) => k.bounds.right - k.bounds.left >= width * 0.9 && shape.get(k.id) === first)
    );
  };

  /**
   * A scroller holds content, except one that holds a toolbar, tabs or a pager: that is the page's layout (a
   * CoordinatorLayout reported as a ScrollView, a NestedScrollView around tabs and a pager). A list holding a
   * carousel or a grid is still a list. "Tabs" in full-width rows stacked in a list (a browser's tab switcher)
   * are rows named after their pages: content.
   */
  const isListContainer = (e: UiElement, kids: UiElement[] | undefined): boolean => {
    if (!isListLike(e) || holdsLayout.has(e.id)) return false;
    return !holdsTabs.has(e.id) || listRows(e, kids);
  };

  const features = new Set<string>();
  const signatures = new Map<string, ElementSignature>();
  const contentIds = new Set<string>(); // elements inside lists/repeats: content, not identity
  const layerOf = new Map<string, string>(); // element id -> layer prefix, for titles
  let loading = false;
  let hasOverlay = false;
  let selectedTab: string | undefined;

  features.add(`pkg:${screen.foregroundPackage}`);
  if (screen.activity) features.add(`act:${screen.activity}`);

  const visitContent = (e: UiElement, prefix: string, item: string, rowSignature: string | null): void => {
    contentIds.add(e.id);
    layerOf.set(e.id, prefix);
    const rowSig = rowSignature ?? `${prefix}item:${item}|${shape.get(e.id)}`;
    if (rowSignature === null) signatures.set(e.id, rowSig);
    else signatures.set(e.id, `${rowSig}>${e.role}|${shortResourceId(e.resourceId)}`);
    for (const k of children.get(e.id) ?? []) visitContent(k, prefix, item, rowSig);
  };

  // A text field's own buttons (send, clear, voice) come and go with its text: the field alone counts.
  const besideInput = new Set<string>();
  for (const e of elements) {
    if (e.role !== 'input' || !e.parent) continue;
    // Only a bar around the field (compose bar, search bar), not a whole page that happens to hold it.
    const bar = tree.byId.get(e.parent);
    if (
      !bar ||
      bar.bounds.bottom - bar.bounds.top > Math.max(3 * (e.bounds.bottom - e.bounds.top), screen.height * 0.12)
    )
      continue;
    for (const sibling of children.get(e.parent) ?? [])
      if (sibling.role !== 'input' && (sibling.actionable || sibling.flags.clickable || !sibling.flags.enabled))
        besideInput.add(sibling.id);
  }

  // Elements under a tab (its icon, its text) belong to the tab.
  const markInside = (e: UiElement, prefix: string, sig: string): void => {
    signatures.set(e.id, sig);
    layerOf.set(e.id, prefix);
    for (const k of children.get(e.id) ?? []) markInside(k, prefix, sig);
  };

  const visitTab = (e: UiElement, prefix: string, cell: TabCell | undefined): void => {
    const rid = shortResourceId(e.resourceId);
    const label = cell?.label ?? tabName(e.label || e.text || e.contentDesc);
    const selected = cell?.selected ?? e.flags.selected;
    features.add(`${prefix}tab:${label}${selected ? ' (selected)' : ''}`);
    if (selected && prefix === '' && label && selectedTab === undefined) selectedTab = label;
    markInside(e, prefix, `${prefix}tab|${rid}|${label}`);
  };

  /** In a dialog or pop-up, the rows of a list that shows them all are the options it offers. */
  const visitOptions = (list: UiElement, kids: UiElement[], prefix: string): void => {
    const name = containerName(list);
    signatures.set(list.id, `${prefix}list|${name}`);
    for (const row of kids) {
      const label = staticLabel(row.label || row.text || row.contentDesc);
      if (label) features.add(`${prefix}opt:${label}`);
      visitContent(row, prefix, name, null);
    }
  };

  const visit = (e: UiElement, prefix: string): void => {
    layerOf.set(e.id, prefix);
    if (/snackbar/i.test(e.resourceId) || /Snackbar/.test(e.className)) return;
    const kids = children.get(e.id);
    const rid = shortResourceId(e.resourceId);
    // Spinners and loading panels say the screen is not settled; they are not part of it.
    if (/ProgressBar/.test(e.className) || LOADING_ID.test(rid)) {
      loading = true;
      return;
    }
    if (drawers.has(e.id) && prefix === '') {
      hasOverlay = true;
      features.add(`${DRAWER_PREFIX}window`);
      visit(e, DRAWER_PREFIX);
      return;
    }

    const overlay = prefix !== '';
    if (isListContainer(e, kids)) {
      const name = containerName(e);
      signatures.set(e.id, `${prefix}list|${name}`);
      if (overlay && !isAdapterList(e)) {
        // A dialog's body and button bar are scroll views around a few fixed things: look through them.
        visitChildren(e, kids, prefix);
      } else if (overlay && !e.flags.scrollable && kids && kids.length > 0) {
        visitOptions(e, kids, prefix);
      } else {
        // Not a key feature: an empty list is often replaced by an "empty" message, and the screen is the same.
        // In an overlay a list that scrolls is still content, but that there is one tells overlays apart.
        if (overlay) features.add(`${prefix}list|${name}`);
        for (const k of kids ?? []) visitContent(k, prefix, name, null);
      }
      return;
    }

    if (tabLike(e)) {
      visitTab(e, prefix, tabCells.get(e.id));
      return;
    }
    if (isControl(e, rid)) {
      const raw = e.role === 'input' ? e.hint || e.contentDesc : e.label || e.text || e.contentDesc;
      const label = staticLabel(raw);
      // With neither id nor static label an element says nothing stable about the screen (a content card).
      // An app's own id names the element; its caption is then often state ("Pin"/"Unpin", "Start"/"Pause").
      // A field's hint is static, so inputs keep it.
      if ((rid || label) && !besideInput.has(e.id) && !isFloatingActionButton(e, rid))
        features.add(`${prefix}el:${featureRole(e)}|${rid}|${ownId(rid) && e.role !== 'input' ? '' : label}`);
      signatures.set(e.id, `${prefix}${e.role}|${rid}|${label}`);
    } else {
      if (e.text && HEADER_ID.test(rid)) {
        const label = staticLabel(e.text);
        if (label) features.add(`${prefix}hdr:${label}`);
      }
      signatures.set(e.id, `${prefix}${e.role}|${rid}|${staticLabel(e.text || e.contentDesc)}`);
    }
    visitChildren(e, kids, prefix);
  };

  /** Runs of same-shape siblings (icon grids, id-less keypads) count once; other children are visited. */
  const visitChildren = (e: UiElement, kids: UiElement[] | undefined, prefix: string): void => {
    if (!kids) return;
    const byShape = new Map<string, UiElement[]>();
    for (const k of kids) {
      const s = shape.get(k.id)!;
      const group = byShape.get(s);
      if (group) group.push(k);
      else byShape.set(s, [k]);
    }
    for (const k of kids) {
      const group = byShape.get(shape.get(k.id)!)!;
      if (group.length >= repeatThreshold && !tabLike(k) && !drawers.has(k.id)) {
        if (group[0] === k) features.add(`${prefix}rep:${containerName(e)}|${shape.get(k.id)}`);
        visitContent(k, prefix, `${containerName(e)}~rep`, null);
      } else visit(k, prefix);
    }
  };

  const countedWindows = new Set<string>();
  for (const root of tree.roots) {
    if (!counted(root.window)) continue;
    countedWindows.add(root.window);
    const prefix = windowPrefix(windowKind.get(root.window));
    if (prefix) {
      hasOverlay = true;
      features.add(`${prefix}window`);
    }
    visit(root, prefix);
  }

  // Titles: one for the app layer, one for the topmost overlay (an open drawer has none of its own).
  const byLayer = new Map<string, UiElement[]>();
  for (const e of elements) {
    const prefix = layerOf.get(e.id);
    if (!countedWindows.has(e.window) || contentIds.has(e.id) || prefix === undefined || prefix === DRAWER_PREFIX)
      continue;
    const layer = byLayer.get(prefix);
    if (layer) layer.push(e);
    else byLayer.set(prefix, [e]);
  }
  let title = '';
  let titleIsContent = false;
  let dialogTitle: string | undefined;
  for (const [prefix, layer] of byLayer) {
    const found = findTitle(tree, layer, contentIds, { wholeScreen: prefix === '' });
    if (!found) continue;
    const masked = found.content || isPlaceName(found.text, layer) ? CONTENT_MARK : titleFeature(found.text);
    features.add(`${prefix}title:${masked}`);
    if (prefix === '') {
      title = found.text;
      titleIsContent = masked !== found.text;
    } else dialogTitle = found.text;
  }

  const result: ScreenAnalysis = {
    package: screen.foregroundPackage,
    title,
    features: [...features].sort(),
    signatures,
    hasOverlay,
    loading,
  };
  if (titleIsContent) result.titleIsContent = true;
  if (screen.activity) result.activity = screen.activity;
  if (dialogTitle !== undefined) result.dialogTitle = dialogTitle;
  if (selectedTab !== undefined) result.selectedTab = selectedTab;
  return result;
}

const HEADER_ID = /(?:^|[_:])(?:header|heading|section_?header|section_?title)(?:$|_)/i;
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
