/**
 * Real device sources for the pool, as DeviceFactory + size:
 *   - virtualDevices(n): one Appium server started in this process, n
 *     sessions of the virtual device on it (slot i starts with seed i + 1;
 *     every task then resets to its own seed);
 *   - appiumUrls(urls, n): sessions on running Appium servers, slot i on
 *     urls[i % urls.length] — several phones behind several servers, or n
 *     sessions against one device-farm URL;
 *   - a Selenium Grid 4 hub: gridDevices.ts, over appiumUrls.
 */
import { startAppiumServer, type AppiumServerHandle } from '../../drivers/appium/startAppiumServer.ts';
import { openDevice } from '../../drivers/device/openDevice.ts';
import { BenchConfigError } from './errors.ts';
import { unreachable } from './unreachable.ts';
import type { DeviceFactory, DeviceSession, PoolDevices } from './types.ts';

/** A device source: what the pool needs (`PoolDevices`), plus how to describe and close it. */
export interface DeviceSource extends PoolDevices {
  factory: DeviceFactory;
  size: number;
  /** True when every slot is a virtual device (ground truth, reset with seeds). */
  virtual: boolean;
  describe: string;
  /** Stops what the source started (the in-process Appium server). */
  close(): Promise<void>;
}

export interface VirtualDevicesOptions {
  /** Simulated device latency per Appium command, ms. */
  latencyMs?: number;
  /** An already running server to use instead of starting one. */
  serverUrl?: string;
}

export async function virtualDevices(count: number, options: VirtualDevicesOptions = {}): Promise<DeviceSource> {
  if (!Number.isInteger(count) || count < 1)
    throw new BenchConfigError(`--devices must be a whole number >= 1, got ${count}`);
  let server: AppiumServerHandle | null = null;
  const url = options.serverUrl ?? (server = await startAppiumServer()).url;
  const factory: DeviceFactory = async (slot) => {
    const opened = await openDevice({
      device: url,
      driver: 'virtual',
      seed: slot + 1,
      ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    });
    const session: DeviceSession = { device: opened.device, close: () => opened.close() };
    if (opened.groundTruth) session.control = opened.groundTruth;
    return session;
  };
  return {
    factory,
    size: count,
    virtual: true,
    describe: `${count} virtual device(s) on ${url}${options.latencyMs ? `, ${options.latencyMs} ms latency` : ''}`,
    close: async () => {
      await server?.stop();
    },
  };
}

export interface AppiumUrlsOptions {
  /** Which driver the server runs: UiAutomator2 (phones, emulators; default) or the virtual device. */
  driver?: 'uiautomator2' | 'virtual';
  latencyMs?: number;
}

export function appiumUrls(urls: readonly string[], count: number, options: AppiumUrlsOptions = {}): DeviceSource {
  if (urls.length === 0) throw new BenchConfigError('give at least one --device <appium url>');
  for (const u of urls)
    if (!/^https?:\/\//.test(u))
      throw new BenchConfigError(`--device ${u}: expected an Appium / Selenium Grid URL such as http://127.0.0.1:4723`);
  const size = Math.max(count, urls.length);
  const driver = options.driver ?? 'uiautomator2';
  const factory: DeviceFactory = async (slot) => {
    const opened = await openDevice({
      device: urls[slot % urls.length] as string,
      driver,
      ...(driver === 'virtual' ? { seed: slot + 1 } : {}),
      ...(driver === 'virtual' && options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    });
    const session: DeviceSession = { device: opened.device, close: () => opened.close() };
    if (opened.groundTruth) session.control = opened.groundTruth;
    return session;
  };
  return {
    factory,
    size,
    virtual: driver === 'virtual',
    describe: `${size} session(s) (${driver}) on ${urls.join(', ')}`,
    unreachable: () => unreachable(urls, urls.length > 1 ? 'none of the Appium servers' : 'the Appium server'),
    close: async () => {},
  };
}
