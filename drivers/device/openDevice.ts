/**
 * One call from "which device" to a ready Device: 'virtual' starts an Appium
 * server here and the virtual phone; a udid starts a server and drives that
 * phone with UiAutomator2; an http(s) URL joins a running Appium server.
 */
import {
  openSession,
  startAppiumServer,
  uiautomator2Capabilities,
  virtualCapabilities,
  type AppiumServerHandle,
} from '../appium/index.ts';
import type { Device } from './Device.ts';
import { VirtualDeviceControl } from './VirtualDeviceControl.ts';
import { WebdriverDevice } from './WebdriverDevice.ts';

export interface OpenDeviceOptions {
  /** 'virtual' (default), a device udid, or an Appium server URL. */
  device?: string;
  seed?: number;
  /** Fault profile name or object (virtual device only). */
  faults?: string | Record<string, unknown>;
  latencyMs?: number;
  /** For a URL: which driver the server should use (default virtual). */
  driver?: 'virtual' | 'uiautomator2';
  /** Extra capabilities merged over the preset. */
  capabilities?: Record<string, unknown>;
  /**
   * An Appium server already starting for a virtual or udid device (startAppiumInWorker, begun before the
   * caller's own imports); the opened device owns it and stops it on close. Default: start one here.
   */
  server?: Promise<AppiumServerHandle>;
}

export interface OpenedDevice {
  device: Device;
  /** Present on the virtual device only. */
  groundTruth?: VirtualDeviceControl;
  /** URL of the Appium server in use. */
  url: string;
  close(): Promise<void>;
}

export async function openDevice(options: OpenDeviceOptions = {}): Promise<OpenedDevice> {
  const target = options.device ?? 'virtual';
  const isUrl = /^https?:\/\//.test(target);
  const virtual = target === 'virtual' || (isUrl && (options.driver ?? 'virtual') === 'virtual');
  let server: AppiumServerHandle | null = null;
  const url = isUrl ? target : (server = await (options.server ?? startAppiumServer())).url;
  const base = virtual
    ? virtualCapabilities({ seed: options.seed, faults: options.faults, latencyMs: options.latencyMs })
    : uiautomator2Capabilities(isUrl ? undefined : target);
  let browser: WebdriverIO.Browser;
  try {
    browser = await openSession(url, { ...base, ...options.capabilities });
  } catch (error) {
    await server?.stop();
    throw error;
  }
  const control = virtual ? new VirtualDeviceControl(browser) : undefined;
  const device = new WebdriverDevice(browser, {
    description: virtual
      ? `virtual-android seed=${options.seed ?? 1} @ ${url}`
      : `uiautomator2 ${isUrl ? '' : target} @ ${url}`,
    onClose: async () => {
      await server?.stop();
    },
    // The virtual phone's clock moves with input only: a wait moves it by the time waited.
    ...(control
      ? { screenArea: { left: 0, top: 240, width: 1080, height: 1800 }, wait: (ms: number) => control.advanceClock(ms) }
      : {}),
  });
  const opened: OpenedDevice = { device, url, close: () => device.close() };
  if (control) opened.groundTruth = control;
  return opened;
}
