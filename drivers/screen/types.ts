/**
 * The Screen model: what one observation of a device shows, parsed from page
 * source. This file is the contract between perception (drivers/screen), the
 * FSM (fsm/) and the agents (agent/). Change it with care: all three read it.
 */

/** Pixel rectangle, left/top inclusive, right/bottom exclusive (Android's convention). */
export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** What kind of window an element lives in. Real dumps put several windows under one root. */
export type WindowKind =
  | 'app'
  | 'status_bar'
  | 'navigation_bar'
  | 'notification_shade'
  | 'keyboard'
  | 'dialog'
  | 'popup'
  | 'launcher'
  | 'system';

export interface ScreenWindow {
  /** Stable within the screen: "w0", "w1", ... in document order. */
  id: string;
  kind: WindowKind;
  package: string;
  bounds: Bounds;
}

/** How a client finds the element again through Appium: best first. */
export type Locator =
  | { strategy: 'id'; value: string }
  | { strategy: 'accessibility id'; value: string }
  | { strategy: '-android uiautomator'; value: string }
  | { strategy: 'xpath'; value: string };

export interface ElementFlags {
  clickable: boolean;
  longClickable: boolean;
  scrollable: boolean;
  checkable: boolean;
  checked: boolean;
  enabled: boolean;
  focusable: boolean;
  focused: boolean;
  selected: boolean;
  password: boolean;
  displayed: boolean;
}

/** A coarse role, derived from class and flags, that a model can read. */
export type ElementRole =
  | 'button'
  | 'text'
  | 'input'
  | 'image'
  | 'checkbox'
  | 'switch'
  | 'radio'
  | 'tab'
  | 'list'
  | 'listitem'
  | 'scroll'
  | 'toolbar'
  | 'container'
  | 'webview'
  | 'other';

export interface UiElement {
  /** Stable within one screen: "e0", "e1", ... in document order of kept nodes. */
  id: string;
  /** Index of the parent element in Screen.elements, or null for top-level. */
  parent: string | null;
  depth: number;
  className: string;
  role: ElementRole;
  package: string;
  /** Id of the ScreenWindow this element belongs to. */
  window: string;
  resourceId: string;
  text: string;
  contentDesc: string;
  hint: string;
  bounds: Bounds;
  flags: ElementFlags;
  /** True when a user can act on it (click, long-click, scroll, check, type). */
  actionable: boolean;
  /** Human label: own text/desc/hint, else text folded from text-only descendants. */
  label: string;
  /** Where a tap lands: the centre of the visible part of bounds. */
  tapPoint: Point;
  /** The best Appium locator, unique on this screen where possible. */
  locator: Locator;
  /**
   * Stays the same across observations of the same screen: class, resource-id
   * and the static part of the label (dynamic text such as times and counts removed).
   */
  signature: string;
}

export interface Screen {
  /** Source format the page source came in. */
  format: 'uiautomator' | 'appium';
  width: number;
  height: number;
  /** 0, 1, 2, 3 as Android reports it (quarter turns). */
  rotation: number;
  /** Package of the topmost app window (not status bar or keyboard). */
  foregroundPackage: string;
  /** Activity when the observer knows it (page source alone does not carry it). */
  activity?: string;
  windows: ScreenWindow[];
  /** Flat, document order; invisible, zero-size and off-screen nodes dropped. */
  elements: UiElement[];
}
