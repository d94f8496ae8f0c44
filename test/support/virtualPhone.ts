/**
 * One virtual phone per e2e test file, through the real Appium server and
 * WebdriverIO: opened once, snapshotted, and restored before every test so
 * tests do not see each other's changes. Plus the locator shorthands the
 * device tests use.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDevice, type OpenedDevice } from '../../drivers/device/index.ts';

export const acc = (value: string) => ({ locator: { strategy: 'accessibility id' as const, value } });
export const xpath = (value: string) => ({ locator: { strategy: 'xpath' as const, value } });
export const id = (value: string) => ({ locator: { strategy: 'id' as const, value } });
export const textIs = (value: string) => xpath(`//*[@text="${value}"]`);

export interface VirtualPhone {
  /** The open device; valid inside tests (set in beforeAll). */
  readonly opened: OpenedDevice;
  /** The page source the device shows now. */
  source(): Promise<string>;
  /** The true screen id (ground truth, for tests only). */
  screen(): Promise<string>;
  /** Every app's ground-truth data, typed by the caller. */
  apps<T>(): Promise<T>;
  /** Back to the state the phone was opened in (done before every test; also within one). */
  restore(): Promise<void>;
}

export function useVirtualPhone(seed: number): VirtualPhone {
  let opened: OpenedDevice | undefined;
  let base = '';
  const phone: VirtualPhone = {
    get opened(): OpenedDevice {
      if (!opened) throw new Error('the virtual phone is not open yet: use it inside a test');
      return opened;
    },
    source: async () => (await phone.opened.device.observe()).pageSource,
    screen: async () => (await phone.opened.groundTruth!.screenId()).id,
    apps: async <T>() => (await phone.opened.groundTruth!.groundTruth()).apps as unknown as T,
    restore: () => phone.opened.groundTruth!.restore(base),
  };
  beforeAll(async () => {
    opened = await openDevice({ device: 'virtual', seed });
    base = await opened.groundTruth!.snapshot();
  });
  afterAll(async () => {
    await opened?.close();
  });
  beforeEach(async () => {
    await phone.restore();
  });
  return phone;
}
