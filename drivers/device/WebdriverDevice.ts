/**
 * The Device over a WebdriverIO session. Uses only standard WebDriver
 * commands and UiAutomator2's `mobile:` names, so the same code drives the
 * virtual device and a real phone or emulator.
 */
import type { Locator, Point } from '../screen/types.ts';
import type { Device, Observation, ObserveOptions, SwipeDirection, Target } from './Device.ts';
import { DeviceActionError } from './DeviceActionError.ts';

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export const KEYCODE = { BACK: 4, HOME: 3, APP_SWITCH: 187, ENTER: 66 } as const;

export interface WebdriverDeviceOptions {
  description: string;
  /** Runs after the session ends (e.g. stop the Appium server this device started). */
  onClose?: () => Promise<void>;
  /** Screen area scrolled when no target is given (below the status bar). */
  screenArea?: { left: number; top: number; width: number; height: number };
  /**
   * How time passes on this device during wait(ms). A real phone's clock runs
   * by itself, so the default sleeps; the virtual phone's clock moves only when
   * told, so openDevice passes its clock here (no sleep, same result every run).
   */
  wait?: (ms: number) => Promise<void>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class WebdriverDevice implements Device {
  readonly description: string;
  private closed = false;
  private area: { left: number; top: number; width: number; height: number } | null;

  constructor(
    readonly browser: WebdriverIO.Browser,
    private readonly options: WebdriverDeviceOptions,
  ) {
    this.description = options.description;
    this.area = options.screenArea ?? null;
  }

  private async run<T>(command: string, args: unknown, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof DeviceActionError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new DeviceActionError(command, args, message, error);
    }
  }

  private mobile<T = unknown>(name: string, args: Record<string, unknown> = {}): Promise<T> {
    return this.browser.execute(`mobile: ${name}`, args) as Promise<T>;
  }

  async observe(options: ObserveOptions = {}): Promise<Observation> {
    return this.run('observe', options, async () => {
      const [pageSource, pkg, activity, shot] = await Promise.all([
        this.browser.getPageSource(),
        this.mobile<string>('getCurrentPackage'),
        this.mobile<string>('getCurrentActivity'),
        options.screenshot ? this.browser.takeScreenshot() : Promise.resolve(undefined),
      ]);
      const obs: Observation = { pageSource, package: pkg, activity, takenAt: Date.now() };
      if (shot) obs.screenshot = Buffer.from(shot, 'base64');
      return obs;
    });
  }

  /** Finds the element a locator names; the raw WebDriver element id. */
  async find(locator: Locator): Promise<string> {
    const ref = (await this.browser.findElement(locator.strategy, locator.value)) as unknown as Record<
      string,
      string
    > & { error?: string; message?: string };
    const id = ref?.[ELEMENT_KEY] ?? ref?.ELEMENT;
    if (!id)
      throw new DeviceActionError(
        'find',
        locator,
        ref?.message ?? `no element matches ${locator.strategy} '${locator.value}'`,
      );
    return id;
  }

  async tap(target: Target): Promise<void> {
    await this.run('tap', target, async () => {
      if ('point' in target)
        await this.mobile('clickGesture', { x: Math.round(target.point.x), y: Math.round(target.point.y) });
      else await this.browser.elementClick(await this.find(target.locator));
    });
  }

  async longPress(target: Target, durationMs = 1000): Promise<void> {
    await this.run('longPress', target, async () => {
      const where =
        'point' in target
          ? { x: Math.round(target.point.x), y: Math.round(target.point.y) }
          : { elementId: await this.find(target.locator) };
      await this.mobile('longClickGesture', { ...where, duration: durationMs });
    });
  }

  async type(text: string, options: { target?: Target; submit?: boolean } = {}): Promise<void> {
    await this.run('type', { text, target: options.target, submit: options.submit }, async () => {
      let elementId: string;
      if (options.target && 'locator' in options.target) {
        elementId = await this.find(options.target.locator);
      } else {
        if (options.target && 'point' in options.target) await this.tap(options.target);
        elementId = await this.find({ strategy: 'xpath', value: '//*[@focused="true"]' });
      }
      await this.browser.elementSendKeys(elementId, text);
      if (options.submit) await this.enter();
    });
  }

  async clear(target: Target): Promise<void> {
    await this.run('clear', target, async () => {
      const elementId =
        'locator' in target
          ? await this.find(target.locator)
          : (await this.tap(target), await this.find({ strategy: 'xpath', value: '//*[@focused="true"]' }));
      await this.browser.elementClear(elementId);
    });
  }

  async swipe(from: Point, to: Point, durationMs = 300): Promise<void> {
    await this.run('swipe', { from, to, durationMs }, async () => {
      await this.browser.performActions([
        {
          type: 'pointer',
          id: 'finger1',
          parameters: { pointerType: 'touch' },
          actions: [
            { type: 'pointerMove', duration: 0, x: Math.round(from.x), y: Math.round(from.y), origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pause', duration: 50 },
            { type: 'pointerMove', duration: durationMs, x: Math.round(to.x), y: Math.round(to.y), origin: 'viewport' },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]);
      await this.browser.releaseActions();
    });
  }

  private async screenArea(): Promise<{ left: number; top: number; width: number; height: number }> {
    if (!this.area) {
      const r = await this.browser.getWindowRect();
      // Leave the status bar and the gesture area alone.
      this.area = { left: 0, top: Math.round(r.height * 0.1), width: r.width, height: Math.round(r.height * 0.75) };
    }
    return this.area;
  }

  async scroll(direction: SwipeDirection, target?: Target): Promise<void> {
    await this.run('scroll', { direction, target }, async () => {
      let where: Record<string, unknown>;
      if (target && 'locator' in target) where = { elementId: await this.find(target.locator) };
      else if (target && 'point' in target)
        where = {
          left: Math.max(0, Math.round(target.point.x) - 200),
          top: Math.max(0, Math.round(target.point.y) - 300),
          width: 400,
          height: 600,
        };
      else where = await this.screenArea();
      await this.mobile('scrollGesture', { ...where, direction, percent: 0.75 });
    });
  }

  private pressKey(keycode: number): Promise<void> {
    return this.run('pressKey', { keycode }, async () => {
      await this.mobile('pressKey', { keycode });
    });
  }

  back(): Promise<void> {
    return this.pressKey(KEYCODE.BACK);
  }

  home(): Promise<void> {
    return this.pressKey(KEYCODE.HOME);
  }

  recents(): Promise<void> {
    return this.pressKey(KEYCODE.APP_SWITCH);
  }

  enter(): Promise<void> {
    return this.pressKey(KEYCODE.ENTER);
  }

  async openApp(pkg: string, activity?: string): Promise<void> {
    await this.run('openApp', { pkg, activity }, async () => {
      if (activity) await this.mobile('startActivity', { intent: `${pkg}/${activity}` });
      else await this.mobile('activateApp', { appId: pkg });
    });
  }

  async relaunchApp(pkg: string): Promise<void> {
    await this.run('relaunchApp', { pkg }, async () => {
      await this.mobile('terminateApp', { appId: pkg });
      await this.mobile('activateApp', { appId: pkg });
    });
  }

  async wait(ms: number): Promise<void> {
    if (this.options.wait) await this.run('wait', { ms }, () => this.options.wait!(ms));
    else await sleep(ms);
  }

  async getClipboard(): Promise<string> {
    return this.run('getClipboard', {}, async () =>
      Buffer.from(await this.mobile<string>('getClipboard'), 'base64').toString('utf8'),
    );
  }

  async setClipboard(text: string): Promise<void> {
    await this.run('setClipboard', { text }, async () => {
      await this.mobile('setClipboard', {
        content: Buffer.from(text, 'utf8').toString('base64'),
        contentType: 'plaintext',
      });
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.browser.deleteSession();
    } finally {
      await this.options.onClose?.();
    }
  }
}
