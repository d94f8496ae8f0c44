/**
 * One machine's Selenium Grid 4 of virtual phones: a hub, and N nodes each
 * made of an Appium server with the virtual driver (its own process) and a
 * relay node that registers it with the hub, advertising the virtual
 * device's capabilities. `maple grid start --nodes N` runs this; the e2e
 * tests use it to kill a node mid-run.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import config from '../../appium.config.ts';
import { startAppiumProcess } from './startAppiumProcess.ts';
import { startGridHub, type GridHubHandle } from './startGridHub.ts';
import { startRelayNode } from './startRelayNode.ts';
import { GridSetupError } from './errors.ts';
import type { ManagedProcess } from './ManagedProcess.ts';

export interface GridOptions {
  /** Relay nodes, one virtual phone each. */
  nodes: number;
  /** Address of the hub and nodes (default 127.0.0.1). */
  address?: string;
  /** The hub's port (0 or undefined: a free one). */
  port?: number;
  /** Where the processes' logs and the node configs go (default: a new temporary folder). */
  logDir?: string;
  /** A session idle this long is ended by its node, seconds (default 600, Appium's newCommandTimeout of the preset). */
  sessionTimeoutSec?: number;
}

export interface GridNodeHandle {
  index: number;
  /** The Appium server behind the node, and the relay node's own URL. */
  appiumUrl: string;
  nodeUrl: string;
  /** SIGKILLs the relay node and its Appium server at once: a node machine that dies. */
  kill(): Promise<void>;
}

export interface GridHandle {
  hubUrl: string;
  seleniumVersion: string;
  logDir: string;
  nodes: GridNodeHandle[];
  /** The capabilities every node advertises. */
  stereotype: Record<string, unknown>;
  /** SIGKILLs the hub alone (nodes stay up): a hub machine that dies. */
  killHub(): Promise<void>;
  /** Stops the nodes, the Appium servers and the hub. */
  stop(): Promise<void>;
}

/** What a virtual-phone node advertises: the capabilities the hub matches a new-session request on. */
export function virtualStereotype(): Record<string, unknown> {
  const preset = config.presets.virtual;
  return {
    platformName: preset['platformName'],
    'appium:automationName': preset['appium:automationName'],
    'appium:deviceName': preset['appium:deviceName'],
  };
}

export async function startGrid(options: GridOptions): Promise<GridHandle> {
  if (!Number.isInteger(options.nodes) || options.nodes < 1)
    throw new GridSetupError(`--nodes must be a whole number >= 1, got ${options.nodes}`);
  const address = options.address ?? '127.0.0.1';
  const logDir = options.logDir ?? mkdtempSync(path.join(tmpdir(), 'maple-grid-'));
  mkdirSync(logDir, { recursive: true });
  const stereotype = virtualStereotype();
  const started: ManagedProcess[] = [];
  let hub: GridHubHandle | null = null;
  const stopAll = async (): Promise<void> => {
    await Promise.all(started.map((p) => p.stop()));
    await hub?.stop();
  };
  try {
    const indexes = Array.from({ length: options.nodes }, (_, i) => i + 1);
    // The hub and the Appium servers start side by side; if one fails, the others are still waited for, then stopped.
    const [hubStarted, ...appiumsStarted] = await Promise.allSettled([
      startGridHub({ address, logDir, ...(options.port ? { port: options.port } : {}) }),
      ...indexes.map((i) => startAppiumProcess(i, address, logDir)),
    ]);
    if (hubStarted.status === 'fulfilled') hub = hubStarted.value;
    for (const a of appiumsStarted) if (a.status === 'fulfilled') started.push(a.value.process);
    const failed = [hubStarted, ...appiumsStarted].find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const readyHub = hubStarted.status === 'fulfilled' ? hubStarted.value : null;
    const appiums = appiumsStarted.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    if (!readyHub) throw new GridSetupError('the hub did not start');
    const relays = await Promise.allSettled(
      appiums.map((appium, k) =>
        startRelayNode({
          index: k + 1,
          hub: readyHub,
          appiumUrl: appium.url,
          stereotype,
          address,
          logDir,
          sessionTimeoutSec: options.sessionTimeoutSec ?? 600,
        }),
      ),
    );
    for (const r of relays) if (r.status === 'fulfilled') started.push(r.value.process);
    const nodes = relays.map((r, k): GridNodeHandle => {
      if (r.status === 'rejected') throw r.reason;
      const appium = appiums[k]!;
      return {
        index: k + 1,
        appiumUrl: appium.url,
        nodeUrl: r.value.url,
        kill: async () => {
          await Promise.all([r.value.process.kill(), appium.process.kill()]);
        },
      };
    });
    return {
      hubUrl: readyHub.url,
      seleniumVersion: readyHub.seleniumVersion,
      logDir,
      nodes,
      stereotype,
      killHub: () => readyHub.process.kill(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
