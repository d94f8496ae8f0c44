/**
 * `npm start` runs `maple demo`: the cross-app task on the virtual phone with
 * the offline policy, checked against ground truth, with a trajectory of every
 * step, and what it learned kept in the user's knowledge store.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTrajectory } from '../../../agent/trajectory/index.ts';
import { KnowledgeStore } from '../../../fsm/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function maple(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'cli/maple.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('maple demo (npm start)', () => {
  it('completes the cross-app task, writes every step, and keeps what it learned', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'maple-demo-test-'));
    const out = path.join(dir, 'run');
    const store = path.join(dir, 'store');
    const run = maple('demo', '--out', out, '--store', store);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/offline \(deterministic policy, no model\)/);
    expect(run.stdout).toMatch(/ground truth check: PASSED/);

    const trajectory = readTrajectory(out);
    expect(trajectory.summary?.status).toBe('success');
    expect(trajectory.steps.length).toBe(trajectory.summary?.steps);
    for (const step of trajectory.steps) {
      expect(existsSync(path.join(out, step.before.pageSource)), `page source of step ${step.index}`).toBe(true);
      expect(
        existsSync(path.join(out, step.before.screenshot ?? 'missing.png')),
        `screenshot of step ${step.index}`,
      ).toBe(true);
    }
    expect(existsSync(path.join(out, 'report.html'))).toBe(true);

    const kept = KnowledgeStore.open({ dir: store, readonly: true });
    try {
      const apps = kept.apps().map((a) => a.app);
      expect(apps).toEqual(expect.arrayContaining(['com.maple.shopping', 'com.google.android.apps.messaging']));
    } finally {
      kept.close();
    }

    const view = path.join(dir, 'fsm.html');
    const viewed = maple('fsm', 'view', '--store', store, '--out', view);
    expect(viewed.status, viewed.stderr).toBe(0);
    expect(readFileSync(view, 'utf8')).toContain('com.maple.shopping');
    expect(readdirSync(path.join(out, 'steps')).length).toBe(trajectory.steps.length);
  }, 360_000); // two maple commands of up to 120 s each; the demo passed 42 s with a second suite running
});
