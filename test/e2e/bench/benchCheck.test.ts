/**
 * `maple bench check` through the real CLI, Appium server and virtual
 * device: one line per task naming each failed soundness check, a summary,
 * and the exit code (0 all sound, 1 a task is not, 2 usage errors).
 * unsoundTasks.json holds one sound task and one per way a task can fail.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBenchCheck } from '../../../benchmarks/runner/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const UNSOUND = path.join(import.meta.dirname, 'unsoundTasks.json');

function maple(...args: string[]) {
  return spawnSync(process.execPath, ['cli/maple.mjs', 'bench', 'check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function lineOf(stdout: string, id: string): string {
  return stdout.split('\n').find((l) => l.slice(2).startsWith(`${id} `)) ?? `(no line for ${id})`;
}

describe('maple bench check', () => {
  it('names every failed check of a task file and exits 1', () => {
    const run = maple('--suite', `file:${UNSOUND}`);
    expect(run.status, run.stderr).toBe(1);
    const out = run.stdout;
    expect(lineOf(out, 'sound_dark_theme')).toMatch(
      /^✓ sound_dark_theme {2}fails fresh, reference passes \(3 action\(s\), golden steps 3\), Home only fails/,
    );
    expect(lineOf(out, 'holds_already')).toMatch(/^✗ holds_already {2}fails fresh: the predicate already holds/);
    expect(lineOf(out, 'holds_already')).toContain('Home only fails: a run that only presses Home passes');
    expect(lineOf(out, 'wrong_golden_steps')).toMatch(
      /^✗ wrong_golden_steps {2}golden steps: 3 action\(s\), golden steps 5 /,
    );
    expect(lineOf(out, 'home_passes')).toMatch(
      /^✗ home_passes {2}Home only fails: a run that only presses Home passes/,
    );
    expect(lineOf(out, 'reference_breaks')).toMatch(
      /^✗ reference_breaks {2}reference passes: the reference broke: .*No such button/,
    );
    expect(lineOf(out, 'no_reference')).toMatch(/^✗ no_reference {2}checkable: the task has no reference solution/);
    expect(out).toContain(
      '6 task(s): 1 sound, 5 with problems: holds_already, wrong_golden_steps, home_passes, reference_breaks, no_reference',
    );
  }, 120_000);

  it('exits 0 when every selected task of the virtual suite is sound', () => {
    const run = maple('--suite', 'virtual', '--tasks', 'settings_dark_theme,files_lease_size');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^✓ settings_dark_theme /m);
    expect(run.stdout).toMatch(/^✓ files_lease_size /m);
    expect(run.stdout).toContain('2 task(s): 2 sound, 0 with problems');
  }, 120_000);

  it('exits 2 for usage errors, saying what to pass', async () => {
    const errors: string[] = [];
    const io = { stdout: () => undefined, stderr: (t: string) => void errors.push(t) };
    expect(await runBenchCheck({}, io)).toBe(2);
    expect(await runBenchCheck({ suite: 'spa-bench' }, io)).toBe(2);
    expect(await runBenchCheck({ suite: 'virtual', tasks: 'no_such_task' }, io)).toBe(2);
    expect(await runBenchCheck({ suite: 'file:/nonexistent/tasks.json' }, io)).toBe(2);
    expect(errors[0]).toContain('--suite is required');
    expect(errors[1]).toContain('--suite must be virtual, retention, retention-variants or file:<tasks.json>');
    expect(errors[2]).toContain('no task has the id "no_such_task"');
    expect(errors[3]).toContain('cannot read');
    // Commander's own usage errors through the CLI.
    const flag = maple('--suite', 'virtual', '--no-such-flag');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("unknown option '--no-such-flag'");
  }, 120_000);
});
