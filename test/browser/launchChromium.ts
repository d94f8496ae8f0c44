/**
 * Starts the system Chromium (Debian's `chromium` package) through
 * playwright-core. Playwright's own browser download is not used: CI machines
 * start bare and have no route to its CDN. The flags turn off Chromium's
 * background traffic (updates, sync, QUIC probes), whose connection attempts
 * are refused on a closed network and otherwise slow start-up and spam errors.
 */
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

export function chromiumPath(): string {
  const candidate = process.env.MAPLE_CHROMIUM || '/usr/bin/chromium';
  try {
    accessSync(candidate, constants.X_OK);
  } catch {
    throw new ChromiumMissingError(
      `Chromium not found at ${candidate}. Run "node scripts/ensure-chromium.mjs" (npm test runs it as pretest; it installs Debian's "chromium" package with apt-get) or set MAPLE_CHROMIUM to a Chromium binary.`,
    );
  }
  return candidate;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser and deletes its profile folder. */
  close(): Promise<void>;
}

/** A headless Chromium with a fresh, throw-away profile. */
export async function launchChromium(options: { width?: number; height?: number } = {}): Promise<LaunchedChromium> {
  const executablePath = chromiumPath();
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'maple-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
