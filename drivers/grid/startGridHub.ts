/**
 * Starts a Selenium Grid 4 hub (router, distributor, session queue and event
 * bus in one Java process) from the npm-shipped server jar, on free ports
 * unless given, and waits until its /status answers.
 */
import path from 'node:path';
import { freePort } from '../appium/index.ts';
import { readGridStatus } from './gridStatus.ts';
import { requireJava } from './javaRuntime.ts';
import { ManagedProcess } from './ManagedProcess.ts';
import { seleniumServerJar } from './seleniumServerJar.ts';

export interface GridHubOptions {
  /** Listen address of the hub and its event bus (default 127.0.0.1). */
  address?: string;
  /** HTTP port (0 or undefined: a free one). */
  port?: number;
  /** Folder for hub.log. */
  logDir: string;
  /** How often the hub checks that each node still answers, seconds (Grid's default is 120). */
  healthcheckSec?: number;
  /** How long a new-session request may wait in the queue for a free slot, seconds. */
  sessionRequestTimeoutSec?: number;
}

export interface GridHubHandle {
  url: string;
  /** The event bus: nodes publish to one address and subscribe at the other. */
  publishEvents: string;
  subscribeEvents: string;
  seleniumVersion: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

export const HUB_START_TIMEOUT_MS = 90_000;

export async function startGridHub(options: GridHubOptions): Promise<GridHubHandle> {
  const java = requireJava();
  const jar = seleniumServerJar();
  const address = options.address ?? '127.0.0.1';
  const [port, pub, sub] = await Promise.all([
    options.port ? Promise.resolve(options.port) : freePort(address),
    freePort(address),
    freePort(address),
  ]);
  const url = `http://${address}:${port}`;
  const publishEvents = `tcp://${address}:${pub}`;
  const subscribeEvents = `tcp://${address}:${sub}`;
  const hub = new ManagedProcess(
    'Selenium Grid hub',
    java,
    [
      '-Xmx512m',
      '-jar',
      jar.path,
      'hub',
      ...['--host', address, '--port', String(port)],
      ...['--publish-events', publishEvents, '--subscribe-events', subscribeEvents],
      ...['--healthcheck-interval', String(options.healthcheckSec ?? 5)],
      ...['--session-request-timeout', String(options.sessionRequestTimeoutSec ?? 300)],
      // A request no node can serve (say UiAutomator2 on a grid of virtual phones) fails at once instead of waiting.
      ...['--reject-unsupported-caps', 'true'],
    ],
    path.join(options.logDir, 'hub.log'),
  );
  try {
    await hub.waitFor(
      'its /status answers',
      async () => (await readGridStatus(url, 2000)) ?? undefined,
      HUB_START_TIMEOUT_MS,
    );
  } catch (error) {
    await hub.stop();
    throw error;
  }
  return {
    url,
    publishEvents,
    subscribeEvents,
    seleniumVersion: jar.version,
    process: hub,
    stop: () => hub.stop(),
  };
}
