/**
 * `maple screen` through the real entry point, as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Screen } from '../../../drivers/screen/index.ts';
import { DUMPS, realDumpNames, UI_DUMPS } from './dumps.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TWITTER = 'tron-ai__page_source__twitter_bd1a824.xml';

function maple(...args: string[]) {
  return spawnSync(process.execPath, ['cli/maple.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('maple screen', () => {
  DUMPS.it('prints the compact screen of a real dump', () => {
    expect(realDumpNames()).toContain(TWITTER);
    const run = maple('screen', path.join(UI_DUMPS, TWITTER));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('screen 1440x3120 rotation=0 foreground=com.twitter.android');
    expect(lines[1]).toBe('[w0] app com.twitter.android');
    expect(run.stdout).toMatch(/^\[e\d+\] button "New post"$/m);
  });

  DUMPS.it('prints the Screen as JSON with --json', () => {
    const run = maple('screen', path.join(UI_DUMPS, TWITTER), '--json');
    expect(run.status).toBe(0);
    const screen = JSON.parse(run.stdout) as Screen;
    expect(Array.isArray(screen.elements)).toBe(true);
    expect(screen.elements.length).toBe(156);
    expect(screen.foregroundPackage).toBe('com.twitter.android');
    expect(screen.elements.find((e) => e.label === 'New post')?.locator).toEqual({
      strategy: 'id',
      value: 'com.twitter.android:id/composer_write',
    });
  });

  it('exits 2 with a clear message for a missing file or a broken dump', () => {
    const missing = maple('screen', '/nonexistent/dump.xml');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/dump.xml (ENOENT)');
    const dir = mkdtempSync(path.join(tmpdir(), 'maple-screen-'));
    const truncated = path.join(dir, 'cut.xml');
    writeFileSync(truncated, '<?xml version="1.0"?><hierarchy rotation="0"><node text="a" bounds="[0,0][1,1]"');
    const cut = maple('screen', truncated);
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/PageSourceError \[truncated\]: .*at byte \d+/);
    expect(cut.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
