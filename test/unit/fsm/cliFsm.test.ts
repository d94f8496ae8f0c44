import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createMachine, getInitialSnapshot } from 'xstate';
import { testData } from '../../support/sharedData.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const YELP = testData('traces/droidbot-yelp');
const dir = mkdtempSync(path.join(tmpdir(), 'maple-cli-fsm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function maple(...args: string[]) {
  return run(process.execPath, [path.join(ROOT, 'cli/maple.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, MAPLE_HOME: path.join(dir, 'default-home') },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('maple fsm (CLI)', () => {
  it.skipIf(YELP.missing)(
    YELP.title('imports the DroidBot trace, lists it and exports every format'),
    async () => {
      const store = path.join(dir, 'store');
      const imported = await maple('fsm', 'import-droidbot', YELP.path, '--store', store);
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toMatch(
        /imported com\.yelp\.android: 16 DroidBot states -> 12 states, 30 events -> 30 transitions/,
      );
      const listed = await maple('fsm', 'list', '--store', store, '--json');
      expect(JSON.parse(listed.stdout).apps).toEqual([
        expect.objectContaining({ app: 'com.yelp.android', states: 12, transitions: 30 }),
      ]);

      const out = path.join(dir, 'yelp.xstate.json');
      expect(
        (await maple('fsm', 'export', '--app', 'yelp.android', '--format', 'xstate', '--out', out, '--store', store))
          .code,
      ).toBe(0);
      const config = JSON.parse(readFileSync(out, 'utf8'));
      expect(getInitialSnapshot(createMachine(config)).value).toBe(config.initial);
      expect(Object.keys(config.states)).toHaveLength(12);
      const dot = await maple('fsm', 'export', '--format', 'dot', '--store', store);
      expect(dot.stdout).toMatch(/^digraph "com\.yelp\.android" \{/);
      const mermaid = await maple('fsm', 'export', '--format', 'mermaid', '--store', store);
      expect(mermaid.stdout.split('\n').filter((l) => l.includes(' --> s_') && !l.includes('[*]'))).toHaveLength(30);
    },
    180_000,
  );

  it('fails with exit code 2 and a clear message on bad input', async () => {
    const missing = await maple('fsm', 'export', '--format', 'dot', '--store', path.join(dir, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no knowledge store in .*nowhere/);
    const format = await maple('fsm', 'export', '--format', 'svg', '--store', path.join(dir, 'store'));
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/unknown --format "svg"/);
  }, 120_000);
});
