/** Reads a file from reports/assets (CSS and browser scripts kept as real files so editors and linters see them). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();

export function readAsset(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(fileURLToPath(new URL(`../assets/${name}`, import.meta.url)), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Reads a file of an installed npm package (e.g. cytoscape's dist build) to inline it. */
export function readPackageFile(pkg: string, file: string): string {
  const key = `${pkg}/${file}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = readFileSync(path.join(packageDir(pkg), file), 'utf8');
    cache.set(key, text);
  }
  return text;
}

/** The folder of an installed package; found from its main entry because some packages do not export ./package.json. */
function packageDir(pkg: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(pkg));
  while (path.basename(dir) !== pkg.split('/').pop() || !existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of the installed package ${pkg}; run npm install`);
    dir = up;
  }
  return dir;
}
