/**
 * Starts a Selenium Grid 4 relay node in front of an Appium server and waits
 * until the hub lists it as UP with its slot.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../appium/index.ts';
import { readGridStatus } from './gridStatus.ts';
import { requireJava } from './javaRuntime.ts';
import { ManagedProcess } from './ManagedProcess.ts';
import { relayNodeToml } from './relayNodeToml.ts';
import { seleniumServerJar } from './seleniumServerJar.ts';
import type { GridHubHandle } from './startGridHub.ts';

export interface RelayNodeOptions {
  index: number;
  hub: GridHubHandle;
  appiumUrl: string;
  stereotype: Record<string, unknown>;
  address: string;
  logDir: string;
  sessionTimeoutSec: number;
}

export interface RelayNodeHandle {
  /** The node's own URL, as the hub lists it. */
  url: string;
  process: ManagedProcess;
}

/** Node start and its first registration (the node re-sends its registration every 10 s until the hub takes it). */
export const NODE_START_TIMEOUT_MS = 120_000;

export async function startRelayNode(options: RelayNodeOptions): Promise<RelayNodeHandle> {
  const java = requireJava();
  const jar = seleniumServerJar();
  const port = await freePort(options.address);
  const url = `http://${options.address}:${port}`;
  const configFile = path.join(options.logDir, `node-${options.index}.toml`);
  writeFileSync(
    configFile,
    relayNodeToml({
      host: options.address,
      port,
      gridUrl: options.hub.url,
      publishEvents: options.hub.publishEvents,
      subscribeEvents: options.hub.subscribeEvents,
      appiumUrl: options.appiumUrl,
      stereotype: options.stereotype,
      maxSessions: 1,
      sessionTimeoutSec: options.sessionTimeoutSec,
      heartbeatSec: 5,
    }),
  );
  const node = new ManagedProcess(
    `relay node ${options.index}`,
    java,
    ['-Xmx256m', '-jar', jar.path, 'node', '--config', configFile],
    path.join(options.logDir, `node-${options.index}.log`),
  );
  try {
    await node.waitFor(
      `the hub at ${options.hub.url} lists it as UP`,
      async () => {
        const status = await readGridStatus(options.hub.url, 2000);
        return status?.nodes.some((n) => n.uri === url && n.availability === 'UP') ? true : undefined;
      },
      NODE_START_TIMEOUT_MS,
    );
  } catch (error) {
    await node.stop();
    throw error;
  }
  return { url, process: node };
}
