/**
 * Appium started early, in a worker thread, by a command that checked its
 * settings and is about to load the agent: Appium's second of loading then
 * runs on the other core (drivers/appium/startAppiumInWorker.ts). The command
 * hands `server` to openDevice, which owns it from then on; if the command
 * fails before that, `release()` stops it so the worker does not keep the
 * process alive.
 */
import { startAppiumInWorker } from '../drivers/appium/startAppiumInWorker.ts';
import type { AppiumServerHandle } from '../drivers/appium/startAppiumServer.ts';

export interface EarlyAppium {
  server: Promise<AppiumServerHandle>;
  /** Stops the server (once it is up) when openDevice never took it; a failed start is ignored here. */
  release(): Promise<void>;
}

/** A virtual phone or a udid needs an Appium server of our own; an http(s) URL is someone else's (undefined). */
export function startAppiumEarly(device: string): EarlyAppium | undefined {
  if (/^https?:\/\//.test(device)) return undefined;
  const server = startAppiumInWorker();
  void server.catch(() => undefined); // a failed start is reported by openDevice, which awaits it
  return {
    server,
    release: () =>
      server.then(
        (s) => s.stop(),
        () => undefined,
      ),
  };
}
