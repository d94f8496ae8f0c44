/**
 * Starts an Appium server with the virtual driver in its own Node.js process
 * (`maple device start`): each phone of a Grid node renders its screens on
 * its own thread, and a node can be killed without taking the others along.
 */
import path from 'node:path';
import { freePort, REPO_ROOT } from '../appium/index.ts';
import { ManagedProcess } from './ManagedProcess.ts';

export interface AppiumProcessHandle {
  url: string;
  process: ManagedProcess;
}

export const APPIUM_START_TIMEOUT_MS = 90_000;

export async function startAppiumProcess(index: number, address: string, logDir: string): Promise<AppiumProcessHandle> {
  const port = await freePort(address);
  const url = `http://${address}:${port}`;
  const appium = new ManagedProcess(
    `Appium server ${index}`,
    process.execPath,
    [path.join(REPO_ROOT, 'cli/maple.mjs'), 'device', 'start', '--address', address, '--port', String(port)],
    path.join(logDir, `appium-${index}.log`),
    { cwd: REPO_ROOT },
  );
  try {
    await appium.waitFor(
      'its /status answers',
      async () => {
        const r = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) });
        return r.ok ? true : undefined;
      },
      APPIUM_START_TIMEOUT_MS,
    );
  } catch (error) {
    await appium.stop();
    throw error;
  }
  return { url, process: appium };
}
