/**
 * Appium in a worker thread (drivers/appium/startAppiumInWorker.ts, what
 * `maple run` uses so Appium loads beside the agent): the server it starts is
 * a real Appium server with the virtual driver, a WebdriverIO session through
 * openDevice drives the phone, and closing the device stops the server and
 * ends the worker, so nothing keeps the process alive.
 */
import { describe, expect, it } from 'vitest';
import { startAppiumInWorker } from '../../../drivers/appium/index.ts';
import { openDevice } from '../../../drivers/device/index.ts';

describe('Appium in a worker thread', () => {
  it('serves the virtual phone to a session, and stops with the device', async () => {
    const server = startAppiumInWorker();
    const opened = await openDevice({ device: 'virtual', seed: 3, server });
    const { url } = await server;
    try {
      expect(opened.url).toBe(url);
      expect(opened.device.description).toContain(`@ ${url}`);
      await opened.device.openApp('com.android.settings');
      const seen = await opened.device.observe();
      expect(seen.pageSource).toContain('package="com.android.settings"');
      expect((await opened.groundTruth!.screenId()).id).toMatch(/^settings\//);
    } finally {
      await opened.close();
    }
    // The server is gone: a new request is refused rather than answered.
    await expect(fetch(`${url}/status`)).rejects.toThrow();
    // Stopping again is harmless and resolves (the worker has already ended).
    await (await server).stop();
  }, 120_000);
});
