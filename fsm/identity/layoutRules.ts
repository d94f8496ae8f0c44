/**
 * Small predicates screen identity uses to read layout: toolbars, lists,
 * tabs by class, floating action buttons, controls, feature roles. Each
 * says why it exists; docs/fsm.md lists the rules they implement.
 */
import type { ElementRole, UiElement } from '../../drivers/screen/types.ts';
import { shortClassName, shortResourceId } from './elementSignature.ts';

/** Adapter lists hold rows (content); scroll views hold one page. */
export const ADAPTER_LIST_CLASS = /RecyclerView|ListView|GridView|AbsListView/;
const PAGE_SCROLLER_CLASS = /ScrollView|WebView/;
const TOOLBAR_CLASS = /Toolbar|ActionBar/;
const TOOLBAR_ID = /(?:^|[_:])(?:toolbar|action_?bar|app_?bar|title_?bar)$/i;
export const LOADING_ID = /loading|progress|spinner|shimmer|skeleton/i;
const TAB_CLASS = /TabView|TabItem|\$Tab\b/;

export function isTab(e: UiElement): boolean {
  return e.role === 'tab' || TAB_CLASS.test(e.className);
}

export function isPager(e: UiElement): boolean {
  return /ViewPager/.test(e.className);
}

/** Scrolls, or is a class that scrolls: an adapter list, a scroll view, a web view. */
export function isListLike(e: UiElement): boolean {
  if (isPager(e)) return false; // a pager holds whole pages, not rows
  return (
    e.role === 'list' ||
    e.role === 'scroll' ||
    e.flags.scrollable ||
    ADAPTER_LIST_CLASS.test(e.className) ||
    PAGE_SCROLLER_CLASS.test(e.className)
  );
}

/** A list of rows from an adapter (not a scroll view around one page). */
export function isAdapterList(e: UiElement): boolean {
  return e.role === 'list' || ADAPTER_LIST_CLASS.test(e.className);
}

/** A toolbar is a bar: small next to the screen (an id like `action_bar_root` names the whole layout). */
export function isToolbar(e: UiElement, screenHeight: number): boolean {
  if (screenHeight > 0 && e.bounds.bottom - e.bounds.top > screenHeight * 0.25) return false;
  return e.role === 'toolbar' || TOOLBAR_CLASS.test(e.className) || TOOLBAR_ID.test(shortResourceId(e.resourceId));
}

/**
 * A floating action button comes and goes with the screen's state (hidden until a form has input,
 * hidden on scroll, swapped for another action): it is not part of what the screen is.
 */
export function isFloatingActionButton(e: UiElement, rid: string): boolean {
  return /FloatingActionButton/.test(e.className) || /(?:^|_)fab(?:$|_)/i.test(rid);
}

export function containerName(e: UiElement): string {
  return shortResourceId(e.resourceId) || shortClassName(e.className);
}

/** An app-specific resource id (not the framework's generic android:id/button1, text1...). */
export function ownId(rid: string): boolean {
  return rid !== '' && !rid.startsWith('android:');
}

const BUTTON_ROLES = new Set<ElementRole>(['button', 'switch', 'checkbox', 'radio', 'input', 'tab']);

/**
 * An element that is a control whether or not it can be used this very moment: actionable now, a disabled
 * control (Save before the form is valid), or an identified, described view (a launcher's search box that
 * flickers between clickable and not). Its presence, not its momentary state, is what the screen is.
 */
export function isControl(e: UiElement, rid: string): boolean {
  if (e.actionable) return true;
  if (!e.flags.enabled && (e.flags.clickable || BUTTON_ROLES.has(e.role))) return true;
  return ownId(rid) && e.contentDesc !== '' && e.text === '' && e.role !== 'text';
}

/**
 * The role a control is keyed by. Classes that decide a role keep it (input, switch, tab...); anything a user
 * taps is a button, whatever its class says this moment (a FrameLayout that is clickable only sometimes).
 */
export function featureRole(e: UiElement): ElementRole {
  switch (e.role) {
    case 'container':
    case 'other':
    case 'image':
    case 'text':
    case 'listitem':
      return 'button';
    default:
      return e.role;
  }
}
