/**
 * The runner against a device source that loses sessions or goes away: a run
 * ending in a device error is retried once on a fresh session and recorded
 * once; a source that no longer answers stops the suite run cleanly, and the
 * same call resumes it; a Grid source opens one session per run.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_FILE } from '../../../../benchmarks/output/resultsJsonl.ts';
import {
  classifyError,
  createEvaluator,
  DeviceSourceDownError,
  runSuite,
  type RunSuiteOptions,
  type RunTaskFn,
} from '../../../../benchmarks/runner/index.ts';
import { fakePool, fakeRunTask, task } from './fakes.ts';

const config = { model: 'fake', fsm: true, faults: 'task' };
const lostNode = () =>
  Object.assign(
    new Error(
      'WebDriverError: Unable to execute request for an existing session: Connection error (POST http://127.0.0.1:5555/session/x/element)',
    ),
    { name: 'unknown error' },
  );

async function keys(dir: string): Promise<string[]> {
  const text = await readFile(path.join(dir, RESULTS_FILE), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { runKey: string }).runKey);
}

function options(outDir: string, extra: Partial<RunSuiteOptions> & Pick<RunSuiteOptions, 'runTask' | 'devices'>) {
  return { outDir, tasks: [task('a'), task('b'), task('c')], evaluate: createEvaluator(), config, ...extra };
}

describe('runner: device errors, retries and a source that goes away', () => {
  it('classifies Selenium Grid errors as device errors, not agent failures', () => {
    expect(classifyError(lostNode())).toBe('device_error');
    const idle = Object.assign(
      new Error(
        'WebDriverError: Unable to find session with ID: 8f1e. Session was removed at 2026-12-06T04:12:36Z (0 seconds ago), reason: session timed out due to inactivity, node: http://127.0.0.1:33007',
      ),
      { name: 'invalid session id' },
    );
    expect(classifyError(idle)).toBe('device_error');
    const queue = Object.assign(new Error('Could not start a new session. New session request timed out'), {
      name: 'session not created',
    });
    expect(classifyError(queue)).toBe('device_error');
    expect(classifyError(new TypeError('x is undefined'))).toBe('unexpected_error');
  });

  it('a run whose session dies is retried once on a fresh session and counted once', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-retry-'));
    const pool = fakePool();
    const fine = fakeRunTask({ steps: 1 });
    let broke = false;
    const runTask: RunTaskFn = (t, d, c) => {
      if (t.id === 'b' && !broke) {
        broke = true;
        return Promise.reject(lostNode());
      }
      return fine.fn(t, d, c);
    };
    const report = await runSuite(options(out, { runTask, devices: { factory: pool.factory, size: 1 } }));
    expect(await keys(out)).toEqual(['custom:a#0', 'custom:b#0', 'custom:c#0']);
    const b = report.results.find((r) => r.taskId === 'b')!;
    expect(b).toMatchObject({ success: true, termination: 'finished' });
    expect(b.deviceRetry).toMatch(/Unable to execute request for an existing session/);
    expect(report.results.filter((r) => r.deviceRetry)).toHaveLength(1);
    expect(pool.opened).toHaveLength(2);
    expect(pool.opened[0]!.closed).toBe(true);
  });

  it('with deviceRetries 0 the device error is recorded as it happened', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-retry-'));
    const fine = fakeRunTask({ steps: 1 });
    const runTask: RunTaskFn = (t, d, c) => (t.id === 'b' ? Promise.reject(lostNode()) : fine.fn(t, d, c));
    const report = await runSuite(
      options(out, { runTask, deviceRetries: 0, devices: { factory: fakePool().factory, size: 1 } }),
    );
    const b = report.results.find((r) => r.taskId === 'b')!;
    expect(b).toMatchObject({ success: false, termination: 'device_error' });
    expect(b.deviceRetry).toBeUndefined();
  });

  it('a source that stops answering stops the run without recording the cut run; the same call resumes', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-down-'));
    const fine = fakeRunTask({ steps: 1 });
    let hubUp = true;
    const runTask: RunTaskFn = (t, d, c) => {
      if (t.id === 'b') hubUp = false;
      return hubUp ? fine.fn(t, d, c) : Promise.reject(Object.assign(new Error('fetch failed: ECONNREFUSED')));
    };
    const devices = {
      factory: fakePool().factory,
      size: 1,
      unreachable: async () => (hubUp ? null : 'the Selenium Grid hub does not answer (ECONNREFUSED)'),
    };
    const stopped = runSuite(options(out, { runTask, devices }));
    await expect(stopped).rejects.toBeInstanceOf(DeviceSourceDownError);
    await expect(stopped).rejects.toThrow(/1 run\(s\) recorded, 2 left.*run the same command again to resume/);
    expect(await keys(out)).toEqual(['custom:a#0']);

    hubUp = true;
    const resumed = await runSuite(
      options(out, { runTask: fine.fn, devices: { ...devices, factory: fakePool().factory } }),
    );
    expect(resumed.resumed).toBe(1);
    expect(await keys(out)).toEqual(['custom:a#0', 'custom:b#0', 'custom:c#0']);
    expect(resumed.allResults.every((r) => r.success)).toBe(true);
  });

  it('sessionPerRun opens a fresh session for every run and closes it after', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-per-run-'));
    const pool = fakePool();
    await runSuite(
      options(out, {
        runTask: fakeRunTask({ steps: 1 }).fn,
        devices: { factory: pool.factory, size: 1, sessionPerRun: true },
      }),
    );
    expect(pool.opened).toHaveLength(3);
    expect(pool.opened.every((o) => o.closed)).toBe(true);
  });
});
