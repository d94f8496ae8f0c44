/**
 * The Appium driver for the virtual phone (automationName VirtualAndroid).
 * It answers the commands the real UiAutomator2 path uses, with the same
 * `mobile:` names, plus `mobile: maple*` commands for ground truth,
 * reset, snapshots and faults. The `mobile:` gestures live in
 * gestureCommands.ts and the maple commands in mapleCommands.ts.
 */
import { BaseDriver, errors } from 'appium/driver.js';
import { APPS } from '../apps/registry.ts';
import type { JsonObject } from '../framework/types.ts';
import type { DeviceState } from '../phone/DeviceState.ts';
import { pageSource } from '../phone/pageSource.ts';
import { Phone, SCREEN_H, SCREEN_W } from '../phone/Phone.ts';
import { PhoneError } from '../phone/PhoneError.ts';
import { FaultProfileError } from '../phone/faults/index.ts';
import { screenshotPng } from '../phone/screenshot.ts';
import type { UiNode } from '../phone/UiNode.ts';
import { performW3CActions, type W3CActionSequence } from './actions.ts';
import { findNodes } from './find.ts';
import { executeMethodMap } from './executeMethodMap.ts';
import { commandKind } from './commandKind.ts';
import * as gestures from './gestureCommands.ts';
import * as maple from './mapleCommands.ts';

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

const CONSTRAINTS = {
  platformName: { presence: true, isString: true },
  automationName: { isString: true },
  deviceName: { isString: true },
} as const;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class VirtualAndroidDriver extends BaseDriver<typeof CONSTRAINTS> {
  static executeMethodMap = executeMethodMap;

  phone: Phone | null = null;
  /** This session's snapshots by id (mapleSnapshot / mapleRestore). */
  readonly snapshots = new Map<string, DeviceState>();
  private latencyMs = 0;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(opts: any = {}, shouldValidateCaps = true) {
    super(opts, shouldValidateCaps);
    this.desiredCapConstraints = CONSTRAINTS;
    this.locatorStrategies = ['xpath', 'id', 'accessibility id', 'class name', '-android uiautomator'];
  }

  // ------------------------------------------------------------ session

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async createSession(...args: any[]): Promise<any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await (super.createSession as any)(...args);
    const caps = this.caps as Record<string, unknown>;
    const pick = (name: string): unknown => caps[`maple:${name}`] ?? caps[name];
    const seed = Number(pick('seed') ?? 1);
    if (!Number.isInteger(seed) || seed < 0)
      throw new errors.SessionNotCreatedError(
        `maple:seed must be a non-negative integer, got ${String(pick('seed'))}.`,
      );
    this.latencyMs = Number(pick('latencyMs') ?? 0) || 0;
    this.phone = new Phone(APPS, { seed });
    try {
      this.phone.faults.configure(pick('faults') ?? null);
    } catch (error) {
      this.phone = null;
      if (error instanceof FaultProfileError) throw new errors.SessionNotCreatedError(`maple:faults: ${error.message}`);
      throw error;
    }
    return result;
  }

  override async deleteSession(sessionId?: string | null): Promise<void> {
    this.phone = null;
    this.snapshots.clear();
    await super.deleteSession(sessionId);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async executeCommand(cmd: string, ...args: any[]): Promise<any> {
    const latency = Math.max(this.latencyMs, this.phone?.faults.latencyMs() ?? 0);
    if (latency > 0 && cmd !== 'createSession' && cmd !== 'deleteSession' && cmd !== 'getStatus') await sleep(latency);
    // Faults see each input command as one step: arrivals are judged after it, slow loads count page sources.
    const kind = commandKind(cmd, args);
    const phone = this.phone;
    if (kind === 'input') phone?.faults.beforeInput();
    if (kind === 'observe') phone?.faults.beforeObserve();
    try {
      return await super.executeCommand(cmd, ...args);
    } catch (error) {
      throw toAppiumError(error);
    } finally {
      if (kind === 'input' && phone === this.phone) phone?.faults.afterInput();
    }
  }

  /** The session's phone; NoSuchDriver when no session runs. */
  device(): Phone {
    if (!this.phone) throw new errors.NoSuchDriverError('No virtual device session is running.');
    return this.phone;
  }

  // ------------------------------------------------------------ observe

  override async getPageSource(): Promise<string> {
    return pageSource(this.device().render());
  }

  async getScreenshot(): Promise<string> {
    return screenshotPng(this.device().render()).toString('base64');
  }

  async getWindowRect(): Promise<{ x: number; y: number; width: number; height: number }> {
    return { x: 0, y: 0, width: SCREEN_W, height: SCREEN_H };
  }

  async getWindowSize(): Promise<{ width: number; height: number }> {
    return { width: SCREEN_W, height: SCREEN_H };
  }

  async getOrientation(): Promise<string> {
    return 'PORTRAIT';
  }

  async getCurrentActivity(): Promise<string> {
    return this.device().render().activity;
  }

  async getCurrentPackage(): Promise<string> {
    return this.device().render().screenId.package;
  }

  // ------------------------------------------------------------ elements

  /**
   * The handle plus the class and resource id (so a different node at the same
   * place reads as stale), in characters that survive any URL path: a Selenium
   * Grid router decodes a percent-escape the client made, so `%2F` in an id
   * would reach the node as a `/` and the command route would not match.
   */
  private elementId(node: UiNode): string {
    const safe = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
    return `${node.handle.replace(/\//g, '.')}~${safe(node.cls)}~${safe(node.resourceId)}`;
  }

  /** The node an element id names now; StaleElementReference when it is gone. */
  node(elementId: string): UiNode {
    const [handle, cls, rid] = elementId.split('~');
    const node = this.device().resolve((handle ?? '').replace(/\./g, '/'));
    const text = (s: string | undefined): string => Buffer.from(s ?? '', 'base64url').toString('utf8');
    if (!node || node.cls !== text(cls) || node.resourceId !== text(rid)) {
      throw new errors.StaleElementReferenceError(`Element ${elementId} is no longer on screen; find it again.`);
    }
    return node;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async findElOrEls(strategy: string, selector: string, mult: boolean, context?: any): Promise<any> {
    const phone = this.device();
    const ctx = context ? this.node(String(context)) : undefined;
    const nodes = findNodes(phone, strategy, selector, ctx);
    const wrap = (n: UiNode): Record<string, string> => ({
      [ELEMENT_KEY]: this.elementId(n),
      ELEMENT: this.elementId(n),
    });
    if (mult) return nodes.map(wrap);
    const first = nodes[0];
    if (!first)
      throw new errors.NoSuchElementError(
        `No element matches ${strategy} '${selector}' on ${phone.render().screenId.package}.`,
      );
    return wrap(first);
  }

  async click(elementId: string): Promise<void> {
    this.device().click(this.node(elementId).handle);
  }

  async setValue(value: string | string[], elementId: string): Promise<void> {
    const text = Array.isArray(value) ? value.join('') : String(value);
    this.device().setValue(this.node(elementId).handle, text);
  }

  async replaceValue(value: string | string[], elementId: string): Promise<void> {
    const node = this.node(elementId);
    this.device().clear(node.handle);
    await this.setValue(value, elementId);
  }

  async clear(elementId: string): Promise<void> {
    this.device().clear(this.node(elementId).handle);
  }

  async getText(elementId: string): Promise<string> {
    return this.node(elementId).text;
  }

  async getName(elementId: string): Promise<string> {
    return this.node(elementId).cls;
  }

  async getAttribute(name: string, elementId: string): Promise<string | null> {
    const n = this.node(elementId);
    const b = n.bounds;
    const attrs: Record<string, string> = {
      text: n.text,
      'content-desc': n.desc,
      contentDescription: n.desc,
      'resource-id': n.resourceId,
      resourceId: n.resourceId,
      class: n.cls,
      className: n.cls,
      package: n.pkg,
      hint: n.hint,
      checkable: String(n.checkable),
      checked: String(n.checked),
      clickable: String(n.clickable),
      enabled: String(n.enabled),
      focusable: String(n.focusable),
      focused: String(n.focused),
      'long-clickable': String(n.longClickable),
      longClickable: String(n.longClickable),
      password: String(n.password),
      scrollable: String(n.scrollable),
      selected: String(n.selected),
      displayed: 'true',
      bounds: `[${b.left},${b.top}][${b.right},${b.bottom}]`,
      index: String(n.index),
      'showing-hint': String(n.showingHint),
    };
    return attrs[name] ?? null;
  }

  async getElementRect(elementId: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const b = this.node(elementId).bounds;
    return { x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top };
  }

  async elementDisplayed(elementId: string): Promise<boolean> {
    this.node(elementId);
    return true;
  }

  async elementEnabled(elementId: string): Promise<boolean> {
    return this.node(elementId).enabled;
  }

  async elementSelected(elementId: string): Promise<boolean> {
    const n = this.node(elementId);
    return n.selected || n.checked;
  }

  async active(): Promise<Record<string, string>> {
    const phone = this.device();
    const nodes = findNodes(phone, 'xpath', '//*[@focused="true"]');
    const n = nodes[0];
    if (!n) throw new errors.NoSuchElementError('No element has focus.');
    return { [ELEMENT_KEY]: this.elementId(n), ELEMENT: this.elementId(n) };
  }

  // ------------------------------------------------------------ gestures

  async performActions(actions: W3CActionSequence[]): Promise<void> {
    performW3CActions(this.device(), actions, (id) => this.node(id));
  }

  async releaseActions(): Promise<void> {}

  // `mobile:` gestures (driver/gestureCommands.ts)

  mobileClickGesture = gestures.mobileClickGesture;
  mobileLongClickGesture = gestures.mobileLongClickGesture;
  mobileDoubleClickGesture = gestures.mobileDoubleClickGesture;
  mobileSwipeGesture = gestures.mobileSwipeGesture;
  mobileScrollGesture = gestures.mobileScrollGesture;
  mobileFlingGesture = gestures.mobileFlingGesture;

  // ------------------------------------------------------------ keys, apps

  async mobilePressKey(keycode: number): Promise<void> {
    this.device().pressKey(Number(keycode));
  }

  async back(): Promise<void> {
    this.device().back();
  }

  async activateApp(appId: string): Promise<void> {
    this.device().launch(appId);
  }

  async mobileActivateApp(appId: string): Promise<void> {
    this.device().launch(appId);
  }

  async terminateApp(appId: string): Promise<boolean> {
    return this.device().terminate(appId);
  }

  async mobileTerminateApp(appId: string): Promise<boolean> {
    return this.device().terminate(appId);
  }

  async queryAppState(appId: string): Promise<number> {
    return this.device().appState(appId);
  }

  async mobileQueryAppState(appId: string): Promise<number> {
    return this.device().appState(appId);
  }

  async mobileIsAppInstalled(appId: string): Promise<boolean> {
    return this.device().apps.has(appId);
  }

  async isAppInstalled(appId: string): Promise<boolean> {
    return this.device().apps.has(appId);
  }

  async mobileStartActivity(intent?: string, appPackage?: string, appActivity?: string): Promise<void> {
    let pkg = appPackage;
    let activity = appActivity;
    if (intent) [pkg, activity] = intent.split('/');
    if (!pkg) throw new errors.InvalidArgumentError("Give intent 'package/.Activity' (or appPackage and appActivity).");
    if (!activity) this.device().launch(pkg);
    else this.device().startActivity(pkg, activity);
  }

  async mobileGetCurrentActivity(): Promise<string> {
    return this.getCurrentActivity();
  }

  async mobileGetCurrentPackage(): Promise<string> {
    return this.getCurrentPackage();
  }

  async isKeyboardShown(): Promise<boolean> {
    return this.device().isKeyboardShown();
  }

  async hideKeyboard(): Promise<boolean> {
    return this.device().hideKeyboard();
  }

  async mobileIsKeyboardShown(): Promise<boolean> {
    return this.device().isKeyboardShown();
  }

  async mobileHideKeyboard(): Promise<boolean> {
    return this.device().hideKeyboard();
  }

  /** Base64, as UiAutomator2 returns it. */
  async mobileGetClipboard(): Promise<string> {
    return Buffer.from(this.device().state.clipboard, 'utf8').toString('base64');
  }

  async mobileSetClipboard(content: string): Promise<void> {
    this.device().setClipboard(Buffer.from(String(content), 'base64').toString('utf8'));
  }

  async getClipboard(): Promise<string> {
    return this.mobileGetClipboard();
  }

  async setClipboard(content: string): Promise<void> {
    return this.mobileSetClipboard(content);
  }

  async mobileGetDeviceTime(): Promise<string> {
    return new Date(this.device().state.clock).toISOString();
  }

  async mobileDeviceInfo(): Promise<JsonObject> {
    return {
      manufacturer: 'MAPLE',
      model: 'Virtual Pixel',
      platformVersion: '14',
      apiVersion: '34',
      realDisplaySize: `${SCREEN_W}x${SCREEN_H}`,
      displayDensity: 420,
    };
  }

  // ------------------------------------------------------------ maple (driver/mapleCommands.ts)

  mapleGroundTruth = maple.mapleGroundTruth;
  mapleScreenId = maple.mapleScreenId;
  mapleStateDigest = maple.mapleStateDigest;
  mapleAppData = maple.mapleAppData;
  mapleUiState = maple.mapleUiState;
  mapleReset = maple.mapleReset;
  mapleSnapshot = maple.mapleSnapshot;
  mapleRestore = maple.mapleRestore;
  mapleSetFaults = maple.mapleSetFaults;
  mapleFaultLog = maple.mapleFaultLog;
  mapleAdvanceClock = maple.mapleAdvanceClock;
  mapleDeviceState = maple.mapleDeviceState;
  mapleNodeKeys = maple.mapleNodeKeys;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async execute(script: string, args: any[]): Promise<unknown> {
    if (!script.trim().startsWith('mobile:'))
      throw new errors.NotImplementedError("The virtual device runs only 'mobile: …' scripts.");
    return await this.executeMethod(script.trim().replace(/^mobile:\s*/, 'mobile: '), args ?? []);
  }
}

/** Maps phone errors to the Appium error a real driver would send. */
function toAppiumError(error: unknown): unknown {
  if (!(error instanceof PhoneError)) {
    if (error instanceof Error && (error.name === 'XPathError' || error.name === 'UiSelectorError'))
      return new errors.InvalidSelectorError(error.message);
    return error;
  }
  switch (error.code) {
    case 'StaleElement':
      return new errors.StaleElementReferenceError(error.message);
    case 'InvalidElementState':
    case 'NoFocusedField':
    case 'NotScrollable':
      return new errors.InvalidElementStateError(error.message);
    case 'NoSuchApp':
    case 'NoSuchActivity':
      return new errors.InvalidArgumentError(error.message);
    default:
      return new errors.UnknownError(error.message);
  }
}
