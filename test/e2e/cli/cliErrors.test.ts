/**
 * Errors a person can act on (issue 15): through the real `maple` command,
 * each failure is one line on the terminal naming what failed and what to
 * try, before any device starts when the settings are at fault; WebDriver's
 * log goes to a file; Ctrl-C ends a run `interrupted` (exit 130) and tells a
 * bench how to resume.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMaple, startMaple, type MapleExit } from '../../support/spawnMaple.ts';

const GATED_MODEL = path.resolve(import.meta.dirname, '../agent/fixtures/gatedModel.mjs');
const root = mkdtempSync(path.join(tmpdir(), 'maple-cli-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (name: string): string => path.join(root, name);
const HOME = { MAPLE_HOME: dir('home') };

/** One line on stderr, no stack trace, no WebDriver log line. */
function expectOneLine(r: MapleExit): string {
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |ERROR webdriver/);
  return lines[0]!;
}

describe('maple run: bad settings fail before any device starts, in one line', () => {
  it('an unknown fault profile (exit 2, the names it takes)', async () => {
    const r = await runMaple(['run', 'Open Clock', '--faults', 'medium', '--out', dir('faults')], HOME);
    expect(r.code).toBe(2);
    expect(expectOneLine(r)).toMatch(
      /^maple: --faults medium: Unknown fault profile 'medium'\. Use none, light, heavy/,
    );
    expect(r.stdout).toBe('');
  }, 120_000);

  it('an --out folder that cannot be written (exit 2, the path and the cause)', async () => {
    writeFileSync(dir('a-file'), 'not a folder');
    const out = path.join(dir('a-file'), 'run');
    const r = await runMaple(['run', 'Open Clock', '--out', out], HOME);
    expect(r.code).toBe(2);
    expect(expectOneLine(r)).toBe(
      `maple: --out ${out}: cannot write there: a file is in the way of the folder (ENOTDIR). Choose a folder you can write to.`,
    );
    expect(r.stdout).toBe('');
  }, 120_000);

  it('a damaged knowledge store (exit 2, its path and `maple fsm repair`), left as it was', async () => {
    const store = dir('damaged-store');
    mkdirSync(store, { recursive: true });
    writeFileSync(path.join(store, 'knowledge.sqlite'), '');
    const r = await runMaple(['run', 'Open Clock', '--store', store, '--out', dir('damaged-run')], HOME);
    expect(r.code).toBe(2);
    expect(expectOneLine(r)).toMatch(
      new RegExp(
        `knowledge store ${store}/knowledge\\.sqlite is damaged \\(the file is empty.*maple fsm repair --store ${store}`,
      ),
    );
    expect(readFileSync(path.join(store, 'knowledge.sqlite'))).toHaveLength(0);

    const repaired = await runMaple(['fsm', 'repair', '--store', store], HOME);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/kept the damaged file as .*knowledge\.sqlite\.damaged-/);
    expect((await runMaple(['fsm', 'list', '--store', store], HOME)).code).toBe(0);
  }, 120_000);

  it('an Appium URL where nothing answers (exit 3, what to try, the log file)', async () => {
    const out = dir('no-server');
    const r = await runMaple(['run', 'Open Clock', '--device', 'http://127.0.0.1:1', '--out', out], HOME);
    expect(r.code).toBe(3);
    expect(expectOneLine(r)).toBe(
      `maple: no Appium server answers at http://127.0.0.1:1: start one (maple device start, or appium) or check --device; --device virtual needs none (details: ${out}/device.log)`,
    );
    expect(readFileSync(path.join(out, 'device.log'), 'utf8')).toMatch(/127\.0\.0\.1:1/);
  }, 120_000);
});

describe('usage errors exit 2 with the reason', () => {
  it('bench without --suite says so, then shows the usage', async () => {
    const r = await runMaple(['bench'], HOME);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'maple bench: --suite is required (virtual, spa-bench, mobile-eval-e or file:<tasks.json>); e.g. maple bench --suite virtual',
    );
    expect(r.stderr).toContain('Usage: maple bench');
  }, 120_000);

  it('an unknown option, a bad number and an unknown command', async () => {
    const bad = await runMaple(['run', 'Open Clock', '--seed', 'abc'], HOME);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--seed must be a whole number >= 0, got "abc"/);
    expect((await runMaple(['run', 'Open Clock', '--no-such-option'], HOME)).code).toBe(2);
    expect((await runMaple(['frobnicate'], HOME)).code).toBe(2);
    expect((await runMaple(['--help'], HOME)).code).toBe(0);
  }, 120_000);

  it('explore of a package the phone does not have names the installed ones', async () => {
    const r = await runMaple(
      ['explore', '--app', 'com.nope.app', '--steps', '3', '--store', dir('explore-store')],
      HOME,
    );
    expect(r.code).toBe(2);
    expect(expectOneLine(r)).toMatch(
      /^maple explore: ExploreError: cannot open com\.nope\.app: No app with package 'com\.nope\.app' is installed\. Installed: .*com\.android\.deskclock/,
    );
  }, 120_000);
});

describe('Ctrl-C', () => {
  it('ends a run `interrupted` after the step in progress: exit 130, trajectory kept, no device errors', async () => {
    const out = dir('interrupted');
    const gate = path.join(dir('gate'), 'open');
    mkdirSync(path.dirname(gate), { recursive: true });
    const run = startMaple(
      ['run', 'Turn on Dark theme in Settings', '--model', `exec:node ${GATED_MODEL}`, '--out', out, '--no-report'],
      { ...HOME, MAPLE_GATE_FILE: gate },
    );
    await run.waitForLine(/^#0 /);
    run.child.kill('SIGINT');
    await run.waitForLine(/stopping after this step/);
    writeFileSync(gate, 'go');
    const r = await run.done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stdout).toMatch(/interrupted/);
    expect(r.stderr).not.toMatch(/ERROR|device_error|\n\s+at /);
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ reason: 'interrupted', exitCode: 3 });
    expect(summary.steps).toBe(2);
  }, 180_000);

  it('tells a bench how to resume, exit 130', async () => {
    const out = dir('bench');
    const bench = startMaple(
      ['bench', '--suite', 'virtual', '--agent', 'reference', '--tasks', 'clock_*', '--out', out, '--no-report'],
      HOME,
    );
    await bench.waitForLine(/^results: /);
    bench.child.kill('SIGINT');
    const r = await bench.done;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain(
      `maple bench: interrupted. The finished runs are kept in ${out}; run the same command again to resume.`,
    );
    expect(existsSync(out)).toBe(true);
  }, 180_000);
});
