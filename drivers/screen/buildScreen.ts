/**
 * RawHierarchy -> Screen: windows, the flat element list, labels, roles,
 * tap points, locators and signatures. One pre-order walk does the per-node
 * work; labels and locators are finished afterwards because they need facts
 * about the whole dump (folded descendants, uniqueness counts).
 */
import { classifyTopWindow, nestedWindowKind, windowPackage } from './classifyWindows.ts';
import { carryState } from './carryState.ts';
import { labelText } from './labelText.ts';
import { chooseLocator, LocatorIndex, type SelectorInstances } from './locators.ts';
import type { RawHierarchy, RawNode } from './RawNode.ts';
import { isInputClass, roleOf } from './roles.ts';
import { elementSignature } from './signature.ts';
import type { Bounds, ElementRole, Screen, ScreenWindow, UiElement, WindowKind } from './types.ts';

export interface BuildScreenOptions {
  /** Screen size when the caller knows it better than the dump (uiautomator dumps carry none). */
  width?: number;
  height?: number;
  /** Current activity, when the observer knows it. */
  activity?: string;
}

interface Frame {
  node: RawNode;
  depth: number;
  /** Index in `elements` of the nearest kept ancestor, or -1. */
  parent: number;
  /** Index in `windows`, or -1 before the top level assigns one. */
  window: number;
  /** Index in `elements` of the nearest kept tappable ancestor that text folds into, or -1. */
  foldTarget: number;
  /** Inside a displayed="false" subtree. */
  hidden: boolean;
}

interface Pending {
  node: RawNode;
  inst: SelectorInstances;
  folded: string[];
  /** A checkable or radio/checkbox/switch descendant that this tappable element stands for. */
  control: RawNode | null;
}

const CONTROL_ROLES = new Set<ElementRole>(['radio', 'checkbox', 'switch']);
const ABSORBING_ROLES = new Set<ElementRole>(['button', 'listitem', 'container', 'other', 'text', 'image']);

function screenSize(raw: RawHierarchy, options: BuildScreenOptions): { width: number; height: number } {
  let width = options.width ?? raw.width ?? 0;
  let height = options.height ?? raw.height ?? 0;
  if (width > 0 && height > 0) return { width, height };
  // uiautomator dumps have no size: the union of the windows' bounds is the screen.
  let maxRight = 0;
  let maxBottom = 0;
  const consider = (n: RawNode): void => {
    if (!n.bounds) return;
    maxRight = Math.max(maxRight, n.bounds.right);
    maxBottom = Math.max(maxBottom, n.bounds.bottom);
  };
  for (const root of raw.roots) {
    consider(root);
    if (!root.bounds) root.children.forEach(consider);
  }
  if (width <= 0) width = maxRight;
  if (height <= 0) height = maxBottom;
  return { width, height };
}

function isTappable(node: RawNode): boolean {
  return node.clickable || node.longClickable || isInputClass(node.className);
}

function clip(b: Bounds, w: number, h: number): Bounds {
  return {
    left: Math.max(b.left, 0),
    top: Math.max(b.top, 0),
    right: Math.min(b.right, w),
    bottom: Math.min(b.bottom, h),
  };
}

/** Removes the part of `v` hidden under a bottom-docked keyboard; null when nothing is left. */
function uncovered(v: Bounds, keyboards: Bounds[]): Bounds | null {
  let out = v;
  for (const k of keyboards) {
    const spans = k.left <= out.left && k.right >= out.right;
    if (!spans || k.top >= out.bottom || k.bottom <= out.top) continue;
    if (k.top <= out.top && k.bottom >= out.bottom) return null;
    if (k.top > out.top) out = { ...out, bottom: k.top };
  }
  return out;
}

export function buildScreen(raw: RawHierarchy, options: BuildScreenOptions = {}): Screen {
  const { width, height } = screenSize(raw, options);
  const windows: ScreenWindow[] = [];
  const elements: UiElement[] = [];
  const pending: Pending[] = [];
  const index = new LocatorIndex();

  // Keyboards cover what is under them; find them first so occlusion applies in one walk.
  const topKinds = raw.roots.map((root) => {
    const pkg = windowPackage(root);
    return { pkg, kind: classifyTopWindow(root, pkg, { width, height }) };
  });
  const keyboardRects: Bounds[] = [];
  raw.roots.forEach((root, k) => {
    if (topKinds[k]?.kind === 'keyboard' && root.bounds && root.displayed)
      keyboardRects.push(clip(root.bounds, width, height));
  });

  const addWindow = (kind: WindowKind, pkg: string, b: Bounds | null): number => {
    windows.push({
      id: `w${windows.length}`,
      kind,
      package: pkg,
      bounds: b ? clip(b, width, height) : { left: 0, top: 0, right: width, bottom: height },
    });
    return windows.length - 1;
  };

  const stack: Frame[] = [];
  for (let k = raw.roots.length - 1; k >= 0; k--) {
    stack.push({ node: raw.roots[k] as RawNode, depth: 0, parent: -1, window: -1, foldTarget: -1, hidden: false });
  }
  // Top-level windows must get ids in document order, so they are assigned when popped.
  let topIndex = 0;

  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    const inst = index.add(node);
    const hidden = frame.hidden || !node.displayed;
    let windowIdx = frame.window;
    let foldTarget = frame.foldTarget;
    const b = node.bounds;
    const hasArea = b !== null && b.right > b.left && b.bottom > b.top;

    if (frame.window === -1) {
      const top = topKinds[topIndex++] ?? { pkg: node.package, kind: 'app' as WindowKind };
      windowIdx = hidden ? -1 : addWindow(top.kind, top.pkg, b);
    } else if (!hidden && hasArea) {
      const nested = nestedWindowKind(node);
      if (nested) {
        windowIdx = addWindow(nested, node.package || (windows[frame.window]?.package ?? ''), b);
        foldTarget = -1;
      }
    }
    const win = windowIdx >= 0 ? windows[windowIdx] : undefined;

    let kept = false;
    let visible: Bounds | null = null;
    if (!hidden && hasArea && b && win) {
      const c = clip(b, width, height);
      if (c.right > c.left && c.bottom > c.top) {
        visible = win.kind === 'app' || win.kind === 'launcher' ? uncovered(c, keyboardRects) : c;
        kept = visible !== null;
      }
    }

    // Text-only, non-tappable nodes lend their words to the nearest tappable ancestor,
    // even when they are themselves cut off (a grid cell whose caption fell below the fold).
    const tappable = isTappable(node);
    if (!hidden && !tappable && foldTarget >= 0) {
      const p = pending[foldTarget] as Pending;
      const words = labelText(node.text) || labelText(node.contentDesc);
      // A selected child (the current tab of a bar) carries state of its own: it stays its own line.
      if (words && !node.selected) p.folded.push(words);
      if (!p.control && (node.checkable || CONTROL_ROLES.has(roleOf(node)))) p.control = node;
    }

    let elementIdx = -1;
    if (kept && visible && win && b) {
      elementIdx = elements.length;
      const parentEl = frame.parent >= 0 ? elements[frame.parent] : undefined;
      elements.push({
        id: `e${elementIdx}`,
        parent: parentEl ? parentEl.id : null,
        depth: parentEl ? parentEl.depth + 1 : 0,
        className: node.className,
        role: roleOf(node),
        package: node.package || win.package,
        window: win.id,
        resourceId: node.resourceId,
        // A field showing its hint holds no text: Android reports the hint as the text.
        text: node.showingHint ? '' : node.text,
        contentDesc: node.contentDesc,
        hint: node.showingHint ? node.hint || node.text : node.hint,
        bounds: b, // the raw tree is thrown away, so sharing the object is safe
        flags: {
          clickable: node.clickable,
          longClickable: node.longClickable,
          scrollable: node.scrollable,
          checkable: node.checkable,
          checked: node.checked,
          enabled: node.enabled,
          focusable: node.focusable,
          focused: node.focused,
          selected: node.selected,
          password: node.password,
          displayed: true,
        },
        actionable: false,
        label: '',
        tapPoint: {
          x: Math.floor((visible.left + visible.right) / 2),
          y: Math.floor((visible.top + visible.bottom) / 2),
        },
        locator: { strategy: 'xpath', value: '' },
        signature: '',
      });
      pending.push({ node, inst, folded: [], control: null });
    }

    const childFold = tappable ? elementIdx : foldTarget;
    const childParent = elementIdx >= 0 ? elementIdx : frame.parent;
    for (let k = node.children.length - 1; k >= 0; k--) {
      stack.push({
        node: node.children[k] as RawNode,
        depth: frame.depth + 1,
        parent: childParent,
        window: windowIdx === -1 ? -2 : windowIdx,
        foldTarget: childFold,
        hidden,
      });
    }
  }

  // Second pass: labels, roles absorbed from controls, actionability, locators, signatures.
  for (let k = 0; k < elements.length; k++) {
    const el = elements[k] as UiElement;
    const p = pending[k] as Pending;
    const node = p.node;
    const input = el.role === 'input';
    const text = labelText(el.text);
    const desc = labelText(el.contentDesc);
    const hint = labelText(el.hint);
    let label = input ? text || hint || desc : text || desc || hint;
    if (!label && p.folded.length > 0) label = foldWords(p.folded);
    el.label = label;

    if (p.control && ABSORBING_ROLES.has(el.role)) {
      // A settings row whose radio/switch is a child: the row is the control users tap.
      const controlRole = roleOf(p.control);
      el.role = CONTROL_ROLES.has(controlRole) ? controlRole : 'checkbox';
      if (p.control.checkable) {
        el.flags.checkable = true;
        el.flags.checked = el.flags.checked || p.control.checked;
      }
    }
    const tappable = isTappable(node);
    const underTappable = hasTappableAncestor(node);
    el.actionable = node.enabled && (tappable || node.scrollable || (node.checkable && !underTappable));
    el.locator = chooseLocator(node, index, p.inst);
    el.signature = elementSignature(el.className, el.resourceId, el.label);
  }
  carryState(
    elements,
    pending.map((p) => p.node),
  );

  return {
    format: raw.format,
    width,
    height,
    rotation: raw.rotation,
    foregroundPackage: foregroundPackage(windows),
    ...(options.activity ? { activity: options.activity } : {}),
    windows,
    elements,
  };
}

function hasTappableAncestor(node: RawNode): boolean {
  for (let up = node.parent; up; up = up.parent) if (isTappable(up)) return true;
  return false;
}

/** Joins folded words, skipping ones already said (a row's desc often repeats its children's text). */
function foldWords(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (out.includes(part)) continue;
    out = out ? `${out}, ${part}` : part;
  }
  return out;
}

const FOREGROUND_PRIORITY: Partial<Record<WindowKind, number>> = {
  dialog: 4,
  popup: 4,
  app: 3,
  launcher: 2,
  notification_shade: 1,
  system: 1,
};

/**
 * The window the user is working in: a dialog over an app, else the app, else
 * the launcher. A pop-up counts as much as a dialog when it belongs to the app
 * or launcher underneath (a menu); a floating window of another package (a
 * picture-in-picture video, a chat bubble) does not take the foreground.
 */
export function foregroundPackage(windows: ScreenWindow[]): string {
  const hosts = new Set(windows.filter((w) => w.kind === 'app' || w.kind === 'launcher').map((w) => w.package));
  let best: ScreenWindow | null = null;
  let bestScore = 0;
  for (const w of windows) {
    if (!w.package) continue;
    let score = FOREGROUND_PRIORITY[w.kind] ?? 0;
    if (w.kind === 'popup' && hosts.size > 0 && !hosts.has(w.package)) score = 1.5;
    // Later windows in the dump sit above earlier ones; ties go to the later one.
    if (score > 0 && score >= bestScore) {
      best = w;
      bestScore = score;
    }
  }
  if (best) return best.package;
  return windows.find((w) => w.package)?.package ?? '';
}
