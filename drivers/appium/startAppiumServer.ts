/**
 * Starts Appium in this process from appium.config.ts (Appium does not read
 * .ts configs itself), on a free loopback port unless one is set.
 */
import net from 'node:net';
import config from '../../appium.config.ts';
import { ensureWorkspaceLink, refreshAppiumCache, REPO_ROOT } from './workspaceDriver.ts';

export interface AppiumServerOptions {
  address?: string;
  /** 0 or undefined: a free port. */
  port?: number;
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
}

export interface AppiumServerHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export class AppiumStartError extends Error {
  override name = 'AppiumStartError';
}

export function freePort(address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, address, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

interface ClosableServer {
  /** Appium replaces http.Server#close with a promise that settles once connections are gone. */
  close(): Promise<void>;
}

export async function startAppiumServer(options: AppiumServerOptions = {}): Promise<AppiumServerHandle> {
  ensureWorkspaceLink();
  refreshAppiumCache();
  const address = options.address ?? config.address;
  const port = options.port || config.port || (await freePort(address));
  // Appium resolves its home (and so the in-repo driver) from the working directory's package.json.
  process.env.APPIUM_HOME ??= REPO_ROOT;
  await quietAppiumStartup(options.logLevel ?? config.logLevel);
  // A non-literal specifier keeps tsc out of Appium's shipped .ts type sources, which do not compile under our ESM settings.
  const appiumModule: string = 'appium';
  const { main } = (await import(appiumModule)) as unknown as {
    main(args: Record<string, unknown>): Promise<ClosableServer | undefined>;
  };
  let server: ClosableServer | undefined;
  const signalsBefore = signalListeners();
  try {
    server = await main({
      address,
      port,
      loglevel: options.logLevel ?? config.logLevel,
      basePath: config.basePath,
      throwInsteadOfExit: true,
      subcommand: 'server',
    });
  } catch (error) {
    throw new AppiumStartError(
      `Appium did not start on ${address}:${port}: ${error instanceof Error ? error.message : String(error)}. Is the port free? Run 'maple doctor' to check drivers.`,
    );
  }
  if (!server) throw new AppiumStartError(`Appium returned no server on ${address}:${port}. Run 'maple doctor'.`);
  dropAppiumSignalHandlers(signalsBefore);
  let stopped = false;
  return {
    url: `http://${address}:${port}`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server!.close();
    },
  };
}

type SignalListeners = Record<'SIGINT' | 'SIGTERM', Set<NodeJS.SignalsListener>>;

function signalListeners(): SignalListeners {
  return {
    SIGINT: new Set(process.listeners('SIGINT')),
    SIGTERM: new Set(process.listeners('SIGTERM')),
  };
}

/**
 * Appium's main() installs SIGINT and SIGTERM handlers that delete every
 * session and then exit the process with code 0. In-process, the process is
 * ours: Ctrl-C must let a run stop after its step and end `interrupted`, and
 * the caller closes the server itself. So the handlers main() added go.
 */
function dropAppiumSignalHandlers(before: SignalListeners): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    for (const listener of process.listeners(signal)) if (!before[signal].has(listener)) process.off(signal, listener);
}

/**
 * Appium logs at debug level until its server arguments are read, because its
 * shared logger defaults to verbose when nobody installed one first. Installing
 * it ourselves, at the level the config asks for, keeps `npm start` free of
 * Appium's start-up chatter ("Creating hash file directory ...").
 */
async function quietAppiumStartup(level: string | undefined): Promise<void> {
  const holder = globalThis as { _global_npmlog?: unknown };
  if (holder._global_npmlog) return;
  // The named export: a CommonJS module's `default` differs between Node's own loader and tsx's interop.
  const { log: logger } = (await import('@appium/logger')) as unknown as { log: { level: string } };
  logger.level = level ?? 'warn';
  holder._global_npmlog = logger;
}
