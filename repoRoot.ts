/**
 * The repository's root folder (package.json, node_modules, the in-repo Appium
 * driver), the same whether this file runs from the TypeScript sources or from
 * the build in dist/ (scripts/build.mjs), which sits one folder deeper.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

function rootFrom(dir: string): string {
  return path.basename(dir) === 'dist' && !existsSync(path.join(dir, 'package.json')) ? path.dirname(dir) : dir;
}

export const REPO_ROOT = rootFrom(import.meta.dirname);
