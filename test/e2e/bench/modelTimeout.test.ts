/**
 * `--model-timeout` through the real CLI, Appium server and virtual device:
 * `maple run` and `maple bench` give an exec: model the limit the user asks
 * for (a silent model fails after it, and the bench still exits), and the
 * flag is refused, with exit code 2 from `maple bench`, where it does not apply.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFinished } from '../../../benchmarks/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SUITE = path.join(import.meta.dirname, 'tinySuite.json');
const SILENT = 'exec:node -e "setInterval(() => {}, 1000)"';

function maple(...args: string[]) {
  return spawnSync(process.execPath, ['cli/maple.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: '1' },
  });
}

describe('--model-timeout', () => {
  it('maple bench: a silent exec model fails after the given time, and the bench ends', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'maple-model-timeout-'));
    const run = maple(
      'bench',
      '--suite',
      `file:${SUITE}`,
      '--tasks',
      'dark_theme_on',
      '--model',
      SILENT,
      '--model-timeout',
      '0.3',
      '--no-report',
      '--no-screenshots',
      '--out',
      out,
    );
    expect(run.signal, `the bench did not exit: ${run.stdout}`).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    const [result] = (await readFinished(out)).results;
    expect(result).toMatchObject({ termination: 'model_error', success: false });
    expect(result!.error).toMatch(/no response line within 300 ms/);
  }, 120_000);

  it('maple run: the run stops with the model error after the given time', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'maple-model-timeout-run-'));
    const run = maple(
      'run',
      'Turn on the dark theme',
      '--model',
      SILENT,
      '--model-timeout',
      '0.3',
      '--no-report',
      '--out',
      out,
    );
    expect(run.stdout).toMatch(/model_error .*no response line within 300 ms/);
    expect(run.status).toBe(3);
  }, 120_000);

  it('maple bench: refused for a model that is not exec, and for a bad value (exit code 2)', () => {
    const offline = maple('bench', '--suite', `file:${SUITE}`, '--model-timeout', '60');
    expect(offline.status).toBe(2);
    expect(offline.stderr).toContain('--model-timeout applies to exec: models');
    const bad = maple('bench', '--suite', `file:${SUITE}`, '--model', SILENT, '--model-timeout', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--model-timeout must be a number of seconds > 0, got "soon"');
  }, 120_000);
});
