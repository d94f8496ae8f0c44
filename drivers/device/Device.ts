/**
 * The Device interface the agents use: a small required core of observation
 * and actions. One implementation over WebdriverIO serves both the virtual
 * device and real phones (UiAutomator2); only the capabilities differ.
 */
import type { Locator, Point } from '../screen/types.ts';

export interface Observation {
  /** Raw page source, as the device sent it. */
  pageSource: string;
  /** PNG bytes, only when asked for. */
  screenshot?: Buffer;
  package: string;
  activity: string;
  /** Milliseconds since epoch when the observation was taken. */
  takenAt: number;
}

export interface ObserveOptions {
  screenshot?: boolean;
}

/** Where an action lands: an element found by locator, or a raw point. */
export type Target = { locator: Locator } | { point: Point };

export type SwipeDirection = 'up' | 'down' | 'left' | 'right';

export interface Device {
  /** Human-readable description (driver, udid or URL) for logs. */
  readonly description: string;

  observe(options?: ObserveOptions): Promise<Observation>;

  tap(target: Target): Promise<void>;
  longPress(target: Target, durationMs?: number): Promise<void>;
  /** Types into the target (or the focused field when omitted); submit presses Enter after. */
  type(text: string, options?: { target?: Target; submit?: boolean }): Promise<void>;
  clear(target: Target): Promise<void>;
  /** Finger moves from `from` to `to`. */
  swipe(from: Point, to: Point, durationMs?: number): Promise<void>;
  /** Scrolls a scrollable element (or the screen) so content moves as when a finger swipes opposite to `direction`: direction is where you want to see more of. */
  scroll(direction: SwipeDirection, target?: Target): Promise<void>;
  back(): Promise<void>;
  home(): Promise<void>;
  recents(): Promise<void>;
  /** Starts an app by package (and activity when known). */
  openApp(pkg: string, activity?: string): Promise<void>;
  /** Stops the app and starts it fresh on its launch screen (what rollback's relaunch needs). */
  relaunchApp(pkg: string): Promise<void>;
  /** Presses the Enter / IME action key. */
  enter(): Promise<void>;
  wait(ms: number): Promise<void>;
  getClipboard(): Promise<string>;
  setClipboard(text: string): Promise<void>;

  /** Ends the session. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * The Device methods that act on the phone (everything but observe, wait,
 * getClipboard and close), in one list: the agent counts its device actions
 * per step with it and the benchmark's ground-truth recorder records the same
 * calls, so a step's actions and their true outcomes line up exactly.
 */
export const DEVICE_ACTION_METHODS = [
  'tap',
  'longPress',
  'type',
  'clear',
  'swipe',
  'scroll',
  'back',
  'home',
  'recents',
  'openApp',
  'relaunchApp',
  'enter',
  'setClipboard',
] as const satisfies ReadonlyArray<keyof Device>;

export type DeviceActionMethod = (typeof DEVICE_ACTION_METHODS)[number];
