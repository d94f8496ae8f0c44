/** Reads a file from reports/assets (CSS and browser scripts kept as real files so editors and linters see them). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
    const require = createRequire(import.meta.url);
    const pkgJson = require.resolve(`${pkg}/package.json`);
    text = readFileSync(pkgJson.replace(/package\.json$/, file), 'utf8');
    cache.set(key, text);
  }
  return text;
}
