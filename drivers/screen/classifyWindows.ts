/**
 * Telling windows apart. Multi-window dumps put one top-level node per window
 * under <hierarchy>; single-window dumps still carry in-window pop-ups (a
 * launcher's long-press menu, a dialog fragment drawn in the app's own
 * window). Kinds come from the package, known resource ids and geometry.
 */
import { looksLikeDialog } from './dialogStructure.ts';
import type { RawNode } from './RawNode.ts';
import type { Bounds, WindowKind } from './types.ts';

/** Input-method packages we know by name; anything containing "inputmethod" or "keyboard" counts too. */
const KEYBOARD_PACKAGES = new Set([
  'com.maple.keyboard',
  'com.google.android.inputmethod.latin',
  'com.android.inputmethod.latin',
  'com.touchtype.swiftkey',
  'com.samsung.android.honeyboard',
  'com.sohu.inputmethod.sogou',
  'com.baidu.input',
  'com.iflytek.inputmethod',
  'com.google.android.apps.inputmethod.hindi',
]);

export function isKeyboardPackage(pkg: string): boolean {
  return KEYBOARD_PACKAGES.has(pkg) || /inputmethod|keyboard|honeyboard|swiftkey/i.test(pkg);
}

const LAUNCHER_PACKAGES = new Set([
  'com.maple.launcher',
  'com.google.android.apps.nexuslauncher',
  'com.android.launcher',
  'com.android.launcher2',
  'com.android.launcher3',
  'com.miui.home',
  'com.sec.android.app.launcher',
  'com.huawei.android.launcher',
  'com.oppo.launcher',
  'com.bbk.launcher2',
  'com.teslacoilsw.launcher',
]);

export function isLauncherPackage(pkg: string): boolean {
  return LAUNCHER_PACKAGES.has(pkg) || /launcher/i.test(pkg);
}

const SYSTEM_UI = 'com.android.systemui';

/** Resource ids that mark a dialog (AlertDialog, chooser/resolver, permission prompts). */
const DIALOG_ID =
  /^android:id\/(parentPanel|alertTitle|topPanel|buttonPanel|resolver_list|chooser_header|chooser_list|contentPanel_resolver)$|:id\/(alertTitle|parentPanel|resolver_list|chooser_[a-z_]+|grant_dialog|permission_message|dialog_container|design_bottom_sheet)$/;

/** Resource ids that mark an in-window pop-up (long-press menus, dropdowns, snackbars are not pop-ups). */
const POPUP_ID =
  /:id\/(popup_container|deep_shortcuts_container|system_shortcuts_container|popup_menu|dropdown_menu|popup_window)$/;

const SHADE_ID =
  /^com\.android\.systemui:id\/(notification_panel|notification_stack_scroller|qs_frame|quick_settings_panel|quick_settings_container|expanded_qs_scroll_view)$/;

function area(b: Bounds): number {
  return Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
}

/** Searches a subtree (bounded, to stay cheap on huge dumps) for a resource id. */
function subtreeHasId(root: RawNode, pattern: RegExp, budget = 400): boolean {
  const todo: RawNode[] = [root];
  let seen = 0;
  while (todo.length > 0 && seen < budget) {
    const n = todo.pop() as RawNode;
    seen++;
    if (n.resourceId && pattern.test(n.resourceId)) return true;
    for (let k = n.children.length - 1; k >= 0; k--) todo.push(n.children[k] as RawNode);
  }
  return false;
}

/** Package of a window: its root's, else the first descendant that names one. */
export function windowPackage(root: RawNode): string {
  if (root.package) return root.package;
  const todo: RawNode[] = [root];
  while (todo.length > 0) {
    const n = todo.shift() as RawNode;
    if (n.package) return n.package;
    todo.push(...n.children);
  }
  return '';
}

/**
 * A window of an input-method package that starts near the top and fills most of the height is one of the IME's
 * own activities (its settings, a theme picker): an app screen. A keyboard is docked at the bottom.
 */
function isImeActivity(b: Bounds, screen: { width: number; height: number }): boolean {
  return b.top <= screen.height * 0.25 && b.bottom - b.top >= screen.height * 0.6;
}

/** Kind of a top-level window. */
export function classifyTopWindow(root: RawNode, pkg: string, screen: { width: number; height: number }): WindowKind {
  const b = root.bounds ?? { left: 0, top: 0, right: screen.width, bottom: screen.height };
  const screenArea = Math.max(1, screen.width * screen.height);
  const h = b.bottom - b.top;
  if (isKeyboardPackage(pkg)) return root.bounds && isImeActivity(root.bounds, screen) ? 'app' : 'keyboard';
  if (pkg === SYSTEM_UI) {
    if (subtreeHasId(root, SHADE_ID)) return 'notification_shade';
    if (/status_bar|statusBar/.test(root.resourceId) || (b.top <= 0 && h > 0 && h <= screen.height * 0.12))
      return 'status_bar';
    if (
      /navigation_bar|navigationBar/.test(root.resourceId) ||
      (b.bottom >= screen.height && h > 0 && h <= screen.height * 0.12)
    )
      return 'navigation_bar';
    if (area(b) >= screenArea * 0.6) return 'notification_shade';
    return 'system';
  }
  if (subtreeHasId(root, DIALOG_ID)) return 'dialog';
  if (isLauncherPackage(pkg)) return 'launcher';
  // By structure: a panel that does not fill the screen, ending in a bar of one to three buttons.
  if (looksLikeDialog(root, screen)) return 'dialog';
  // A window much smaller than the screen and narrower than it floats over something else
  // (split-screen halves span the full width and stay apps).
  if (area(b) > 0 && area(b) < screenArea * 0.7 && b.right - b.left < screen.width * 0.95) return 'popup';
  return 'app';
}

/** Kind of an in-window pop-up rooted at `node`, or null when the node does not start one. */
export function nestedWindowKind(node: RawNode): WindowKind | null {
  const id = node.resourceId;
  if (!id) return null;
  if (POPUP_ID.test(id)) return 'popup';
  return null;
}
