/**
 * Virtual device speed through the real Appium server and WebdriverIO:
 * page source round trip, tap + observe, a screenshot, and the ground-truth
 * state digest the benchmark runner takes after every action.
 */
import { openDevice } from '../drivers/device/index.ts';
import type { WebdriverDevice } from '../drivers/device/index.ts';
import { APPS, Phone, stateDigest } from '../drivers/virtual-android/src/index.ts';
import { round, summarize, timeSamples } from './stats.ts';
import type { BenchResult } from './types.ts';

async function timeAsync(fn: () => Promise<unknown>, iterations: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

function result(name: string, samples: number[], target?: string): BenchResult {
  const s = summarize(samples);
  return { name, unit: 'ms', p50: round(s.p50), p95: round(s.p95), n: s.n, ...(target ? { target } : {}) };
}

export async function runDeviceBench(iterations = 60): Promise<BenchResult[]> {
  const opened = await openDevice({ device: 'virtual', seed: 1 });
  try {
    const device = opened.device as WebdriverDevice;
    const browser = device.browser;
    await device.openApp('com.android.settings');
    await device.tap({ locator: { strategy: 'xpath', value: '//*[@text="Display"]' } });
    const source = await timeAsync(() => browser.getPageSource(), iterations);
    const toggle = { locator: { strategy: 'id' as const, value: 'android:id/switch_widget' } };
    const tapObserve = await timeAsync(async () => {
      await device.tap({ point: { x: 540, y: 700 } });
      await device.observe();
    }, iterations);
    const tapLocator = await timeAsync(async () => {
      await device.tap(toggle);
      await device.observe();
    }, iterations);
    const shot = await timeAsync(() => browser.takeScreenshot(), Math.max(10, Math.floor(iterations / 4)), 1);
    // After a few screens in a few apps, so stacks, drafts and every app's data are in the hashes.
    const control = opened.groundTruth!;
    await device.openApp('com.google.android.contacts');
    await device.tap({ locator: { strategy: 'accessibility id', value: 'Create contact' } });
    await device.type('Ada', { target: { locator: { strategy: 'id', value: 'first_name' } } });
    const digest = await timeAsync(() => control.stateDigest(), iterations);
    const uiState = await timeAsync(() => control.uiState(), iterations);
    // The same digest without Appium and HTTP: what the hashing itself costs (a fresh render each time).
    const phone = new Phone(APPS, { seed: 1 });
    phone.launch('com.google.android.contacts');
    const inProcess = timeSamples(() => {
      phone.invalidate();
      stateDigest(phone);
    }, iterations);
    return [
      result('device: page source round trip', source, 'p50 <= 10 ms'),
      result('device: tap (point) + observe', tapObserve, 'p50 <= 20 ms'),
      result('device: tap (locator) + observe', tapLocator),
      result('device: screenshot', shot),
      result('device: state digest round trip (mapleStateDigest)', digest, 'p50 <= 10 ms'),
      result('device: UI state round trip (mapleUiState)', uiState),
      result('device: state digest in process (render + hashes, no Appium)', inProcess),
    ];
  } finally {
    await opened.close();
  }
}
