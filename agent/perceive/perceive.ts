/** Device.observe() + parse: design steps 1 and 2, timed apart. */
import type { Device } from '../../drivers/device/Device.ts';
import { parsePageSource } from '../../drivers/screen/index.ts';
import type { Perception } from './Perception.ts';
import { screenFingerprint } from './screenFingerprint.ts';

export async function perceive(device: Device, options: { screenshot?: boolean } = {}): Promise<Perception> {
  const t0 = performance.now();
  const observation = await device.observe({ screenshot: options.screenshot ?? false });
  const t1 = performance.now();
  const screen = parsePageSource(observation.pageSource, { activity: observation.activity });
  // The page source names the top window's package; the device's own answer wins when they differ
  // only by system windows (keyboard, toasts) which parsePageSource already skips.
  const fingerprint = screenFingerprint(screen);
  const t2 = performance.now();
  const perception: Perception = { observation, screen, fingerprint, observeMs: t1 - t0, perceiveMs: t2 - t1 };
  if (!observation.screenshot) perception.captureScreenshot = () => captureSame(device, fingerprint);
  return perception;
}

/** A screenshot taken now, kept only when the screen still shows what the fingerprint says. */
async function captureSame(device: Device, fingerprint: string): Promise<Buffer | undefined> {
  const again = await device.observe({ screenshot: true });
  const screen = parsePageSource(again.pageSource, { activity: again.activity });
  return screenFingerprint(screen) === fingerprint ? again.screenshot : undefined;
}
