/**
 * Makes sure Appium can see the in-repo virtual driver: npm links workspaces
 * into node_modules on install, but a tree installed before the workspace
 * existed lacks the link; and Appium's extension cache must be dropped when
 * the driver's manifest changed, or Appium keeps the old one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../repoRoot.ts';

export { REPO_ROOT };
export const VIRTUAL_DRIVER_DIR = path.join(REPO_ROOT, 'drivers/virtual-android');

export function virtualDriverPackageName(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(VIRTUAL_DRIVER_DIR, 'package.json'), 'utf8')) as { name: string };
  return pkg.name;
}

/** Creates node_modules/<name> -> drivers/virtual-android when npm has not. */
export function ensureWorkspaceLink(): string {
  const name = virtualDriverPackageName();
  const link = path.join(REPO_ROOT, 'node_modules', ...name.split('/'));
  if (!fs.existsSync(link)) {
    fs.mkdirSync(path.dirname(link), { recursive: true });
    try {
      fs.symlinkSync(path.relative(path.dirname(link), VIRTUAL_DRIVER_DIR), link, 'dir');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return link;
}

/** Deletes Appium's extension cache when it predates the driver manifest or does not know the driver. */
export function refreshAppiumCache(): boolean {
  const cacheDir = path.join(REPO_ROOT, 'node_modules/.cache/appium');
  const manifest = path.join(cacheDir, 'extensions.yaml');
  if (!fs.existsSync(cacheDir)) return false;
  const driverPkg = path.join(VIRTUAL_DRIVER_DIR, 'package.json');
  const stale =
    !fs.existsSync(manifest) ||
    fs.statSync(manifest).mtimeMs < fs.statSync(driverPkg).mtimeMs ||
    !fs.readFileSync(manifest, 'utf8').includes(virtualDriverPackageName());
  if (stale) fs.rmSync(cacheDir, { recursive: true, force: true });
  return stale;
}
