// Where the compiled JavaScript lives and whether it still matches the sources.
// Plain JavaScript on purpose: cli/maple.mjs and drivers/virtual-android/index.mjs
// read it before any TypeScript loader exists, and scripts/build.mjs writes by it.
//
// The build (scripts/build.mjs, run by `npm ci` through `prepare`) compiles each
// source file to dist/<same path>.js. The launchers use dist/ only while it is
// fresh: no file in the source folders changed, appeared or vanished since the
// build started. Otherwise they run the TypeScript sources through tsx, so an
// edit is never hidden by a stale build. MAPLE_FROM_SOURCE=1 forces the sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
export const STAMP_FILE = path.join(DIST_DIR, 'build-stamp.json');

/**
 * Folders (and single files) whose TypeScript is compiled; every file in them counts for freshness.
 * test/browser/launchChromium.ts is here because `npm run bench` (bench/report.ts) opens reports with it.
 */
export const SOURCE_ROOTS = [
  'test/browser/launchChromium.ts',
  'agent',
  'bench',
  'benchmarks',
  'cli',
  'drivers',
  'fsm',
  'mcp',
  'reports',
  'appium.config.ts',
  'repoRoot.ts',
];

/** Non-TypeScript files the compiled code reads next to itself, copied into dist/ as they are. */
export const COPIED_ASSETS = ['reports/assets'];

/**
 * Every file under the source roots with its modification time (ms), keyed by
 * its path relative to the repository. node_modules folders are skipped.
 */
export function listSources(root = REPO_ROOT) {
  const files = new Map();
  const visit = (rel) => {
    const abs = path.join(root, rel);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(abs)) if (entry !== 'node_modules') visit(path.join(rel, entry));
    } else if (stat.isFile()) files.set(rel, stat.mtimeMs);
  };
  for (const rel of SOURCE_ROOTS) visit(rel);
  return files;
}

/** The stamp a build leaves: when it started and how many source files it saw. */
export function readStamp(stampFile = STAMP_FILE) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return typeof stamp.startedAt === 'number' && typeof stamp.files === 'number' ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why dist/ cannot be used (a short phrase), or undefined when it is fresh:
 * built, and no source file newer than the build's start or added or removed since.
 */
export function staleReason(root = REPO_ROOT) {
  const stamp = readStamp(path.join(root, 'dist', 'build-stamp.json'));
  if (!stamp) return 'not built';
  const sources = listSources(root);
  if (sources.size !== stamp.files) return 'source files were added or removed';
  for (const [file, mtime] of sources) if (mtime > stamp.startedAt) return `${file} changed`;
  return undefined;
}

let cachedFresh;

/** Whether this process should run the compiled code (checked once per process). */
export function useCompiled() {
  if (process.env.MAPLE_FROM_SOURCE === '1') return false;
  cachedFresh ??= staleReason() === undefined;
  return cachedFresh;
}

/** The file URL of the compiled counterpart of a source file ("cli/main.ts" -> dist/cli/main.js). */
export function compiledUrl(sourceFile) {
  return pathToFileURL(path.join(DIST_DIR, sourceFile.replace(/\.ts$/, '.js'))).href;
}
