/**
 * What every client session of one `maple mcp` server shares: the knowledge
 * store (one SQLite connection; better-sqlite3 runs each write whole, so
 * sessions interleave safely, and WAL with a busy timeout keeps other `maple`
 * processes on the same store safe too), the model `run_task` uses, the
 * folder runs are written to, and one Appium server that every virtual phone
 * of this process runs on (started on first use).
 */
import path from 'node:path';
import { startAppiumServer, type AppiumServerHandle } from '../drivers/appium/index.ts';
import { KnowledgeStore } from '../fsm/store/index.ts';

export interface ServerContextOptions {
  /** Knowledge store folder. */
  storeDir: string;
  /** --model spec for run_task ("offline" by default). */
  model?: string;
  /** --model-timeout seconds for exec: models. */
  modelTimeout?: string;
  /** Folder of run_task's trajectories (default <store>/runs). */
  runsDir?: string;
}

export class ServerContext {
  readonly store: KnowledgeStore;
  readonly model: string;
  readonly modelTimeout: string | undefined;
  readonly runsDir: string;
  private appium: Promise<AppiumServerHandle> | undefined;

  constructor(options: ServerContextOptions) {
    this.store = KnowledgeStore.open({ dir: options.storeDir });
    this.model = options.model ?? 'offline';
    this.modelTimeout = options.modelTimeout;
    this.runsDir = path.resolve(options.runsDir ?? path.join(this.store.dir, 'runs'));
  }

  /** The URL of this server's own Appium server, started the first time a virtual phone is opened. */
  async appiumUrl(): Promise<string> {
    this.appium ??= startAppiumServer().catch((error: unknown) => {
      this.appium = undefined;
      throw error;
    });
    return (await this.appium).url;
  }

  /** The Appium URL when one is running (for `devices`), without starting one. */
  async runningAppiumUrl(): Promise<string | undefined> {
    return this.appium ? (await this.appium.catch(() => undefined))?.url : undefined;
  }

  async close(): Promise<void> {
    const appium = this.appium;
    this.appium = undefined;
    if (appium) await (await appium.catch(() => undefined))?.stop();
    this.store.close();
  }
}
