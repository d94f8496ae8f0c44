/**
 * Opens an HTML file in the shared headless Chromium, recording console
 * errors, page errors and any request that leaves the disk (a report must
 * not touch the network), and saves a screenshot as a test artefact.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { LaunchedChromium } from './launchChromium.ts';

export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../test-artifacts');

export interface OpenedReport {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  loadMs: number;
  /** Saves a full-page screenshot to test-artifacts/<name>.png and returns its path. */
  screenshot(name: string, fullPage?: boolean): Promise<string>;
}

export async function openReport(browser: LaunchedChromium, file: string): Promise<OpenedReport> {
  const page = await browser.context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = performance.now() - started;
  return {
    page,
    consoleErrors,
    foreignRequests,
    loadMs,
    async screenshot(name, fullPage = true) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const target = path.join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path: target, fullPage });
      return target;
    },
  };
}
