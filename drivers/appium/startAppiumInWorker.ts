/**
 * Starts Appium (with the virtual driver) in a worker thread of this process.
 * Loading Appium and the driver takes about a second of CPU; on a worker it
 * overlaps with the main thread loading the agent and WebdriverIO, which is
 * what lets `maple run` show its first step about a second sooner on a machine
 * with two cores. This module loads nothing heavy itself, so a command can call
 * it before its own imports. The handle is the one startAppiumServer gives:
 * `stop()` closes the server and ends the worker. The server speaks the same
 * WebDriver protocol on loopback; only where its code runs differs.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { REPO_ROOT } from '../../repoRoot.ts';
import { AppiumStartError, type AppiumServerHandle } from './startAppiumServer.ts';

const WORKER = path.join(REPO_ROOT, 'drivers/appium/appiumWorker.mjs');

type WorkerMessage = { url: string; port: number } | { error: string; name?: string };

export function startAppiumInWorker(): Promise<AppiumServerHandle> {
  const worker = new Worker(WORKER);
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return new Promise<AppiumServerHandle>((resolve, reject) => {
    const fail = (why: string): void =>
      reject(
        new AppiumStartError(`Appium did not start in its worker thread: ${why}. Run 'maple doctor' to check drivers.`),
      );
    worker.once('error', (error) => fail(error.message));
    worker.once('exit', (code) => fail(`the worker ended (exit code ${code}) before the server listened`));
    worker.once('message', (message: WorkerMessage) => {
      if ('error' in message)
        return message.name === 'AppiumStartError' ? reject(new AppiumStartError(message.error)) : fail(message.error);
      let stopping: Promise<void> | undefined;
      resolve({
        url: message.url,
        port: message.port,
        stop: () => {
          stopping ??= (worker.postMessage('stop'), ended);
          return stopping;
        },
      });
    });
  });
}
