/** One runner per results folder: a live owner's lock refuses a second run; a killed run's lock is taken over. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, runSuite } from '../../../../benchmarks/runner/index.ts';
import { LOCK_FILE } from '../../../../benchmarks/runner/lockResultsFolder.ts';
import { fakePool, fakeRunTask, task } from './fakes.ts';

const config = { model: 'fake', fsm: true, faults: 'task' };

function run(outDir: string) {
  const pool = fakePool();
  return runSuite({
    outDir,
    evaluate: createEvaluator(),
    config,
    tasks: [task('a')],
    runTask: fakeRunTask({ steps: 1 }).fn,
    devices: { factory: pool.factory, size: 1 },
  });
}

describe('results folder lock', () => {
  it('refuses a second run while the first one (a live process) holds the folder', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'maple-lock-'));
    // The parent of this test process is alive: it stands for another maple bench.
    writeFileSync(path.join(out, LOCK_FILE), String(process.ppid));
    await expect(run(out)).rejects.toThrow(/in use by another maple bench/);
    expect(existsSync(path.join(out, 'results.jsonl'))).toBe(false);
  });

  it('takes over the lock of a run that was killed, and releases it at the end', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'maple-lock-'));
    writeFileSync(path.join(out, LOCK_FILE), '2147483646'); // no such process
    const report = await run(out);
    expect(report.results).toHaveLength(1);
    expect(existsSync(path.join(out, LOCK_FILE))).toBe(false);
  });
});
