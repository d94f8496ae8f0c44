#!/usr/bin/env node
// Compiles the TypeScript sources to dist/ (run by `npm ci` and `npm install`
// through the `prepare` script, and by `npm run build`), so `maple` starts
// without compiling anything. Each source file becomes dist/<same path>.js with
// its relative `.ts` imports pointing at `.js`; packages stay imports (nothing
// is bundled), so the compiled tree mirrors the sources and `import.meta`
// paths inside it keep their meaning. Types are not checked here: that is
// `npm run typecheck`. tsx stays the way to run the sources in development.
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COPIED_ASSETS, DIST_DIR, listSources, REPO_ROOT, STAMP_FILE } from './buildOutput.mjs';

/** Relative imports keep pointing at the sibling file, renamed from .ts to .js; everything else stays external. */
const keepImportsExternal = {
  name: 'keep-imports-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const isRelative = args.path.startsWith('./') || args.path.startsWith('../');
      return { path: isRelative ? args.path.replace(/\.ts$/, '.js') : args.path, external: true };
    });
  },
};

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch (error) {
    console.error(
      `[build] esbuild is not installed (${error.message}). Run "npm ci" (it installs the dev dependencies, esbuild among them).`,
    );
    process.exit(1);
  }
}

/** Replaces dist/ with the staged tree; a build finishing at the same time only means one more swap. */
function swapIn(staging) {
  const old = `${DIST_DIR}.old-${process.pid}`;
  for (let attempt = 1; ; attempt++) {
    rmSync(old, { recursive: true, force: true });
    try {
      renameSync(DIST_DIR, old);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    try {
      renameSync(staging, DIST_DIR);
      break;
    } catch (error) {
      if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || attempt === 3) throw error;
    }
  }
  rmSync(old, { recursive: true, force: true });
}

async function main() {
  const startedAt = Date.now();
  const sources = listSources();
  const entryPoints = [...sources.keys()].filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const esbuild = await loadEsbuild();
  // Build next to dist/ and swap at the end, so a process starting meanwhile never sees half a tree.
  const staging = `${DIST_DIR}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await esbuild.build({
      absWorkingDir: REPO_ROOT,
      entryPoints,
      outdir: staging,
      outbase: '.',
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
      plugins: [keepImportsExternal],
      logLevel: 'warning',
    });
    for (const asset of COPIED_ASSETS)
      cpSync(path.join(REPO_ROOT, asset), path.join(staging, asset), { recursive: true });
    writeFileSync(
      path.join(staging, path.basename(STAMP_FILE)),
      `${JSON.stringify({ startedAt, files: sources.size, compiled: entryPoints.length }, null, 2)}\n`,
    );
    swapIn(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`[build] compiling to ${DIST_DIR} failed: ${error.message}`);
    console.error('[build] `maple` still works from the TypeScript sources (through tsx), only slower to start.');
    process.exit(1);
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(
    `[build] compiled ${entryPoints.length} files to ${path.relative(process.cwd(), DIST_DIR) || DIST_DIR} in ${seconds} s`,
  );
}

await main();
