/**
 * The contract between apps and the phone: a view tree that screens return,
 * the render context they read, and the action context their handlers write
 * through. App data is plain JSON so that ground truth, snapshots and
 * restores are a structuredClone away.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Drawing hints for screenshots only; page source never shows them. */
export interface ViewStyle {
  bg?: string;
  color?: string;
  size?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  radius?: number;
  border?: string;
}

/** A text field's binding: the value shown and what to do when it changes. */
export interface InputBinding<S = unknown> {
  value: string;
  onChange: (a: Act<S>, value: string) => void;
  /** IME action (Enter on the keyboard, or `submit` in Device.type). */
  onSubmit?: Handler<S>;
  multiline?: boolean;
}

export type Handler<S = unknown> = (a: Act<S>) => void;

/** One node of a screen. Omitted flags are false (enabled defaults to true). */
export interface View<S = unknown> {
  /** Android class name, e.g. android.widget.TextView. */
  cls: string;
  /** Short id ("title" becomes "<package>:id/title"); ids containing ":" are kept as they are. */
  id?: string;
  text?: string;
  desc?: string;
  hint?: string;
  clickable?: boolean;
  longClickable?: boolean;
  checkable?: boolean;
  checked?: boolean;
  enabled?: boolean;
  focusable?: boolean;
  selected?: boolean;
  password?: boolean;
  heading?: boolean;
  /**
   * Evaluation-only identity of a list row or grid cell: the id of the item it shows (an alarm's id, a
   * contact's id, a key's name). Unique among its siblings. Page source never shows it; the device's true
   * node identity (`mobile: mapleNodeKeys`) uses it in place of the row's position, so a row keeps its
   * identity when the list is sorted, grown, shrunk or scrolled.
   */
  key?: string;
  /** Makes this container a vertical scroller; its offset is kept per screen entry under this key. */
  scrollKey?: string;
  // layout
  dir?: 'col' | 'row' | 'overlay';
  /** Fixed height / width in px. */
  h?: number;
  w?: number;
  /** Share of leftover space along the parent's axis. */
  grow?: number;
  /** Padding: all sides, or [top, right, bottom, left]. */
  pad?: number | [number, number, number, number];
  gap?: number;
  /** Absolute placement inside the parent (a FAB): distances from its right and bottom edges. */
  float?: { right: number; bottom: number; w: number; h: number };
  style?: ViewStyle;
  children?: View<S>[];
  onTap?: Handler<S>;
  onLongTap?: Handler<S>;
  input?: InputBinding<S>;
  /** Items of the popup menu this view opens (set by `overflowMenu`); the phone draws the popup window. */
  menu?: { id: string; items: MenuItem<S>[] };
}

/** One row of a popup (overflow) menu. */
export interface MenuItem<S = unknown> {
  label: string;
  onTap: Handler<S>;
  enabled?: boolean;
}

export interface DeviceInfo {
  width: number;
  height: number;
  darkMode: boolean;
  keyboardShown: boolean;
  /** Virtual clock, ms since epoch; its UTC fields are the phone's local time. */
  now: number;
}

export interface InstalledApp {
  package: string;
  label: string;
  id: string;
  icon: string;
  acceptsShare: boolean;
}

export interface RecentTask {
  package: string;
  label: string;
  title: string;
}

/** What a render function may read. Reading only: mutate in handlers. */
export interface RenderCtx<S = unknown> {
  state: S;
  params: JsonObject;
  /** Per-screen-entry scratch state (form drafts, selected tab): lives on the back stack entry. */
  local: JsonObject;
  device: DeviceInfo;
  apps: InstalledApp[];
  recents: RecentTask[];
  pkg: string;
  /** Formats the clock as the phone shows it ("9:41"). */
  time(ms?: number): string;
}

/** Toast.LENGTH_SHORT or LENGTH_LONG (durations in phone/shell/toast.ts). */
export type ToastLength = 'short' | 'long';

/** Snackbar.LENGTH_SHORT, LENGTH_LONG or LENGTH_INDEFINITE (durations in phone/shell/snackbar.ts). */
export type SnackbarLength = 'short' | 'long' | 'indefinite';

export interface SnackbarAction {
  label: string;
  /** Name of an entry in the app's `actions`, so the snackbar stays JSON. */
  run: string;
  payload?: Json;
}

/** What a handler may do. Mutate `state` and `local` directly. */
export interface Act<S = unknown> {
  state: S;
  local: JsonObject;
  params: JsonObject;
  device: DeviceInfo;
  pkg: string;
  navigate(screen: string, params?: JsonObject): void;
  /** Replaces the top screen (tab switches, redirects). */
  replace(screen: string, params?: JsonObject): void;
  back(): void;
  /** Pops until `screen` is on top (or the root). */
  popTo(screen: string): void;
  showDialog(name: string, params?: JsonObject): void;
  closeDialog(): void;
  /** A toast over whatever the app shows; 'short' (2 s) unless told. Gone when another app comes to the front. */
  toast(text: string, length?: ToastLength): void;
  /** A snackbar on the current screen; 'long' (2.75 s) unless told. Gone when the screen or the app is left. */
  snackbar(text: string, action?: SnackbarAction, length?: SnackbarLength): void;
  /** Opens the share sheet with this text; the chosen app's `share` target receives it. */
  share(text: string): void;
  openApp(pkg: string, screen?: string, params?: JsonObject): void;
  /** Deterministic random number in [0, 1) from the device's seeded stream. */
  random(): number;
  getClipboard(): string;
  setClipboard(text: string): void;
  /** Another app's data (read-only by convention), e.g. a contact for a message. */
  appState<T = unknown>(pkg: string): T | undefined;
  /** Posts a notification to the shade (swipe down from the status bar); tapping it opens this app. */
  notify(title: string, text: string): void;
  /** Shell-only powers (launcher, recents). */
  system: SystemActions;
}

export interface SystemActions {
  launch(pkg: string): void;
  clearRecents(): void;
  removeTask(pkg: string): void;
}

export interface ScreenDef<S> {
  /** Activity reported while this screen is on top (defaults to the app's launch activity). */
  activity?: string;
  render(r: RenderCtx<S>): View<S>;
}

export interface DialogDef<S> {
  /** Tapping outside or Back closes it (default true). */
  cancelable?: boolean;
  render(r: RenderCtx<S>): View<S>;
}

/** Seeded tools for building an app's initial data. */
export interface Seeded {
  seed: number;
  random(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** Virtual clock at reset. */
  now: number;
}

export interface AppDef<S> {
  /** Short name used in screen ids: "settings" -> "settings/wifi". */
  id: string;
  package: string;
  label: string;
  /** One or two characters drawn on the launcher icon. */
  icon: string;
  launchActivity: string;
  /** First screen of a fresh task. */
  home: string;
  initialState(seed: Seeded): S;
  screens: Record<string, ScreenDef<S>>;
  dialogs?: Record<string, DialogDef<S>>;
  /** Named state changes snackbars (e.g. Undo) can run. */
  actions?: Record<string, (a: Act<S>, payload: Json | undefined) => void>;
  /** Receives shared text: opens `screen` with `params(text)`. */
  share?: { screen: string; params(text: string): JsonObject };
  /** Called each time the app comes to the foreground: new messages, refreshed content. */
  onResume?: Handler<S>;
  /** Hidden from the launcher (the launcher itself). */
  hidden?: boolean;
}

/** Erases the state type so apps of different S fit one registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyApp = AppDef<any>;

export function defineApp<S>(def: AppDef<S>): AppDef<S> {
  return def;
}
