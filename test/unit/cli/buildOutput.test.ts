/**
 * When the launchers (cli/maple.mjs, drivers/virtual-android/index.mjs) may use
 * the compiled dist/ (scripts/buildOutput.mjs): only while no source file is
 * newer than the build's start and none appeared or vanished, so an edited
 * source is never hidden by an older build. Checked on a made-up tree.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../repoRoot.ts';

interface BuildOutput {
  staleReason(root?: string): string | undefined;
  listSources(root?: string): Map<string, number>;
}

let build: BuildOutput;
beforeAll(async () => {
  // Plain JavaScript without type declarations: imported by URL and typed here.
  build = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/buildOutput.mjs')).href)) as BuildOutput;
});

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A tree with two source files, both last changed at `mtime` (ms). */
function tree(mtime: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'maple-build-output-'));
  roots.push(root);
  for (const file of ['cli/main.ts', 'agent/index.ts']) {
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(root, file), 'export {};\n');
    utimesSync(path.join(root, file), mtime / 1000, mtime / 1000);
  }
  return root;
}

function stamp(root: string, startedAt: number): void {
  const files = build.listSources(root).size;
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'dist', 'build-stamp.json'), JSON.stringify({ startedAt, files, compiled: files }));
}

describe('is dist/ fresh?', () => {
  const built = Date.parse('2026-12-01T10:00:00Z');

  it('not before a build', () => {
    expect(build.staleReason(tree(built - 60_000))).toBe('not built');
  });

  it('yes when every source is older than the build', () => {
    const root = tree(built - 60_000);
    stamp(root, built);
    expect(build.staleReason(root)).toBeUndefined();
  });

  it('no once a source changed after the build started, naming the file', () => {
    const root = tree(built - 60_000);
    stamp(root, built);
    utimesSync(path.join(root, 'agent/index.ts'), (built + 1000) / 1000, (built + 1000) / 1000);
    expect(build.staleReason(root)).toBe(`${path.join('agent', 'index.ts')} changed`);
  });

  it('no when a source file was added or removed since', () => {
    const root = tree(built - 60_000);
    stamp(root, built);
    writeFileSync(path.join(root, 'cli', 'extra.ts'), 'export {};\n');
    utimesSync(path.join(root, 'cli', 'extra.ts'), (built - 1000) / 1000, (built - 1000) / 1000);
    expect(build.staleReason(root)).toBe('source files were added or removed');
    rmSync(path.join(root, 'cli', 'extra.ts'));
    rmSync(path.join(root, 'cli', 'main.ts'));
    expect(build.staleReason(root)).toBe('source files were added or removed');
  });

  it('no when the stamp is unreadable', () => {
    const root = tree(built - 60_000);
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'dist', 'build-stamp.json'), '{"startedAt": "yesterday"}');
    expect(build.staleReason(root)).toBe('not built');
  });
});

describe('what the build compiles', () => {
  it('covers every file the compiled code imports (a new top-level folder must join SOURCE_ROOTS)', () => {
    const sources = build.listSources(REPO_ROOT);
    const missing: string[] = [];
    for (const file of sources.keys()) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const m of text.matchAll(/(?:from|import\()\s*'(\.\.?\/[^']+\.(?:ts|mjs|js))'/g)) {
        const target = path.relative(REPO_ROOT, path.resolve(path.dirname(path.join(REPO_ROOT, file)), m[1]!));
        // .mjs launchers and scripts stay where they are; compiled .ts must be in the build.
        if (target.endsWith('.ts') && !sources.has(target)) missing.push(`${file} -> ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
