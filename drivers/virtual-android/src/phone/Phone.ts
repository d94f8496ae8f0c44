/**
 * The virtual phone: owns the DeviceState, renders it into windows of
 * UiNodes, and turns input (taps, swipes, keys, text) into app handler calls.
 * Every input advances the virtual clock by what it takes on a phone (a tap
 * with its animation, typing by the character, an app start: inputTiming.ts),
 * so time-dependent content (clock, stopwatch, toasts) moves deterministically
 * with actions and never with wall time.
 *
 * This class is the public face the driver, tests and crawler call; the
 * behaviour lives in one module per concern (navigation, buildAct,
 * renderPhone, touchInput, textInput, scrollInput), which call back through
 * these methods, so a change of state always goes through invalidate().
 */
import { nextRandom } from '../framework/rng.ts';
import { formatClock } from '../framework/time.ts';
import type { Act, AnyApp, DeviceInfo, InstalledApp, Json, JsonObject } from '../framework/types.ts';
import { foregroundTask, topEntry } from './backStack.ts';
import { buildAct } from './buildAct.ts';
import type { DeviceState } from './DeviceState.ts';
import { deviceInfo } from './deviceInfo.ts';
import { elapse } from './elapse.ts';
import { FaultEngine } from './faults/FaultEngine.ts';
import { initialDeviceState } from './initialDeviceState.ts';
import { INPUT_MS } from './inputTiming.ts';
import { keyCodeChar } from './keyCodeChar.ts';
import * as navigation from './navigation.ts';
import { PhoneError } from './PhoneError.ts';
import { LAUNCHER_PACKAGE } from './phoneConstants.ts';
import type { Rendered } from './Rendered.ts';
import { renderPhone } from './renderPhone.ts';
import { resolveHandle } from './resolveHandle.ts';
import * as scrollInput from './scrollInput.ts';
import * as textInput from './textInput.ts';
import * as touchInput from './touchInput.ts';
import type { UiNode } from './UiNode.ts';

// Re-exported so existing importers of Phone.ts keep one place to get them from.
export {
  SCREEN_W,
  SCREEN_H,
  STATUS_BAR_H,
  KEYBOARD_TOP,
  LAUNCHER_PACKAGE,
  SETTINGS_PACKAGE,
} from './phoneConstants.ts';
export type { Rendered, ScreenIdentity } from './Rendered.ts';
export { keyCodeChar } from './keyCodeChar.ts';

export interface PhoneOptions {
  seed?: number;
}

export class Phone {
  state!: DeviceState;
  readonly apps: Map<string, AnyApp>;
  /** Seeded fault injection (off until configured). */
  readonly faults = new FaultEngine(this);
  /** The last render; dropped by invalidate() on every state change. */
  private cache: Rendered | null = null;

  constructor(apps: AnyApp[], options: PhoneOptions = {}) {
    this.apps = new Map(apps.map((a) => [a.package, a]));
    if (!this.apps.has(LAUNCHER_PACKAGE))
      throw new PhoneError('InvalidRegistry', `The app registry has no launcher (${LAUNCHER_PACKAGE}).`);
    this.reset(options.seed ?? 1);
  }

  // ---------------------------------------------------------------- state

  reset(seed: number): void {
    this.state = initialDeviceState(this.apps.values(), seed);
    this.invalidate();
  }

  snapshot(): DeviceState {
    return structuredClone(this.state);
  }

  restore(state: DeviceState): void {
    this.state = structuredClone(state);
    this.invalidate();
  }

  invalidate(): void {
    this.cache = null;
  }

  groundTruth(): JsonObject {
    const r = this.render();
    return {
      seed: this.state.seed,
      clock: this.state.clock,
      time: formatClock(this.state.clock),
      foreground: this.state.foreground,
      screen: r.screenId.id,
      clipboard: this.state.clipboard,
      keyboardShown: r.screenId.keyboard,
      recents: this.state.tasks.map((t) => t.package),
      apps: structuredClone(this.state.apps) as JsonObject,
      notifications: structuredClone(this.state.notifications ?? []),
      faults: {
        profile: this.state.faults.profile,
        step: this.state.faults.step,
        log: structuredClone(this.state.faults.log),
      } as unknown as JsonObject,
    };
  }

  // ---------------------------------------------------------------- apps and navigation

  app(pkg: string): AnyApp {
    const app = this.apps.get(pkg);
    if (!app)
      throw new PhoneError(
        'NoSuchApp',
        `No app with package '${pkg}' is installed. Installed: ${[...this.apps.keys()].join(', ')}.`,
      );
    return app;
  }

  /** Where the user is: foreground package, its top back-stack entry and true screen name ("settings/wifi"). */
  place(): { pkg: string; entryId: number; screen: string } {
    const entry = topEntry(foregroundTask(this.state));
    return {
      pkg: this.state.foreground,
      entryId: entry.id,
      screen: `${this.app(this.state.foreground).id}/${entry.screen}`,
    };
  }

  /** Brings an app to the front (resuming its task) or starts it. */
  launch(pkg: string, screen?: string, params: JsonObject = {}): void {
    navigation.launch(this, pkg, screen, params);
  }

  /** Starts a fresh task on the screen that declares this activity. */
  startActivity(pkg: string, activity: string): void {
    navigation.startActivity(this, pkg, activity);
  }

  terminate(pkg: string): boolean {
    return navigation.terminate(this, pkg);
  }

  /** 4 running in foreground, 3 in background (has a task), 1 not running. */
  appState(pkg: string): number {
    return navigation.appRunState(this, pkg);
  }

  home(): void {
    navigation.home(this);
  }

  recents(): void {
    navigation.recents(this);
  }

  back(): void {
    navigation.back(this);
  }

  // ---------------------------------------------------------------- contexts

  deviceInfo(): DeviceInfo {
    return deviceInfo(this.state);
  }

  installed(): InstalledApp[] {
    return [...this.apps.values()]
      .filter((a) => !a.hidden)
      .map((a) => ({ package: a.package, label: a.label, id: a.id, icon: a.icon, acceptsShare: Boolean(a.share) }));
  }

  /** The device's random stream (kept in the state, so snapshots replay it). */
  random(): number {
    const [value, next] = nextRandom(this.state.rng);
    this.state.rng = next;
    return value;
  }

  /** The action context for the top entry (or its dialog) of an app's task. */
  act(pkg: string, inDialog: boolean): Act<unknown> {
    return buildAct(this, pkg, inDialog);
  }

  // ---------------------------------------------------------------- render and lookup

  render(): Rendered {
    if (this.cache) return this.cache;
    this.cache = renderPhone(this);
    return this.cache;
  }

  /** Resolves an element handle in the current render; null when it no longer exists. */
  resolve(handle: string): UiNode | null {
    return resolveHandle(this.render().windows, handle);
  }

  // ---------------------------------------------------------------- input

  tap(x: number, y: number): void {
    touchInput.tap(this, x, y);
  }

  /** A press held for holdMs (default 500 ms, Appium's), then released. */
  longTap(x: number, y: number, holdMs?: number): void {
    touchInput.longTap(this, x, y, holdMs);
  }

  /** Runs the handler of the node or its nearest ancestor that has one. */
  activate(node: UiNode, kind: 'tap' | 'long'): void {
    touchInput.activate(this, node, kind);
  }

  /** Clicks an element as UiAutomator2 does: a tap at the centre of its visible bounds. */
  click(handle: string): void {
    touchInput.click(this, handle);
  }

  /** Types at the focused field (as the keyboard does). */
  typeText(text: string): void {
    textInput.typeText(this, text);
  }

  /** Appends text to a field element (Appium setValue), focusing it first. */
  setValue(handle: string, text: string): void {
    textInput.setValue(this, handle, text);
  }

  clear(handle: string): void {
    textInput.clear(this, handle);
  }

  deleteChar(): void {
    textInput.deleteChar(this);
  }

  submit(): void {
    textInput.submit(this);
  }

  hideKeyboard(): boolean {
    return textInput.hideKeyboard(this);
  }

  isKeyboardShown(): boolean {
    return this.render().screenId.keyboard;
  }

  /** Moves a scroller: positive dy shows content further down. Returns whether it moved. */
  scrollNode(node: UiNode, dy: number, durationMs?: number): boolean {
    return scrollInput.scrollNode(this, node, dy, durationMs);
  }

  /** The scroller under a point, or the largest one on screen when none is. */
  scrollableAt(x: number, y: number): UiNode | null {
    return scrollInput.scrollableAt(this, x, y);
  }

  largestScrollable(): UiNode | null {
    return scrollInput.largestScrollable(this);
  }

  /** A finger swipe; gestureMs is how long the finger moved, when the caller knows it. */
  swipe(x1: number, y1: number, x2: number, y2: number, gestureMs?: number): void {
    scrollInput.swipe(this, x1, y1, x2, y2, gestureMs);
  }

  /** Lets virtual time pass (an agent's wait, `mobile: mapleAdvanceClock`); toasts and snackbars run out. */
  elapse(ms: number): void {
    elapse(this, ms);
  }

  /** Android key codes: Back 4, Home 3, recents 187, Enter 66/160, Del 67, else a character key. */
  pressKey(code: number): void {
    if (code === 4) return this.back();
    if (code === 3) return this.home();
    if (code === 187) return this.recents();
    if (code === 66 || code === 160) return this.submit();
    if (code === 67) return this.deleteChar();
    const ch = keyCodeChar(code);
    if (ch !== null) return this.typeText(ch);
    // Unknown keys still take a key press's time, like any other command.
    elapse(this, INPUT_MS.key);
  }

  setClipboard(text: string): void {
    this.state.clipboard = text;
    this.invalidate();
  }

  /** Runs a named app action (snackbar buttons). */
  runAction(pkg: string, name: string, payload: Json | undefined): void {
    const fn = this.app(pkg).actions?.[name];
    if (!fn) throw new PhoneError('NoSuchAction', `App ${pkg} has no action '${name}'.`);
    fn(this.act(pkg, false), payload);
    this.invalidate();
  }
}
