import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpaBenchLayout, readFinished, RESULTS_FILE } from '../../../../benchmarks/index.ts';
import {
  createEvaluator,
  runSuite,
  type ProgressEvent,
  type RunSuiteOptions,
} from '../../../../benchmarks/runner/index.ts';
import { fakePool, fakeRunTask, task } from './fakes.ts';

const config = { model: 'fake', fsm: true, faults: 'task' };

async function tmp(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'maple-runner-'));
}

function options(
  outDir: string,
  extra: Partial<RunSuiteOptions> & Pick<RunSuiteOptions, 'runTask' | 'devices' | 'tasks'>,
): RunSuiteOptions {
  return { outDir, evaluate: createEvaluator(), config, ...extra };
}

async function resultLines(dir: string): Promise<string[]> {
  return (await readFile(path.join(dir, RESULTS_FILE), 'utf8')).split('\n').filter(Boolean);
}

describe('runSuite', () => {
  it('runs every (task, repetition) once and writes results, summaries, trajectories and the SPA-Bench layout', async () => {
    const out = await tmp();
    const pool = fakePool();
    const agent = fakeRunTask({ steps: 3 });
    const tasks = [task('a'), task('b'), task('c', { sourceId: 'c_src' })];
    const report = await runSuite(
      options(out, { tasks, repetitions: 2, runTask: agent.fn, devices: { factory: pool.factory, size: 2 } }),
    );

    expect(report.results).toHaveLength(6);
    const keys = (await resultLines(out)).map((l) => (JSON.parse(l) as { runKey: string }).runKey).sort();
    expect(keys).toEqual(['custom:a#0', 'custom:a#1', 'custom:b#0', 'custom:b#1', 'custom:c#0', 'custom:c#1']);
    const r = report.results.find((x) => x.runKey === 'custom:a#0')!;
    expect(r.success).toBe(true);
    expect(r.verdict.evaluator).toBe('state');
    expect(r.termination).toBe('finished');
    expect(r.truth).toMatchObject({ agentSteps: 3, accurate: 3, falseFail: 0, falseSuccess: 0, alignment: 'exact' });
    expect(r.facts).toMatchObject({
      steps: 3,
      modelCalls: 3,
      tokensIn: 300,
      tokensOut: 30,
      errorsDetected: 1,
      errorsRecovered: 1,
      answer: 'done',
    });
    expect(r.metrics.stepRatio).toBe(1.5);
    expect(r.trajectoryDir).toBe(path.join('trajectories', 'custom', 'a', 'rep0'));
    expect(r.facts.setupMs).toBeGreaterThanOrEqual(0);

    const summary = JSON.parse(await readFile(report.summaryJson, 'utf8')) as { runs: number };
    expect(summary.runs).toBe(6);
    expect(await readFile(report.summaryMarkdown, 'utf8')).toContain('| all | 6 | 3 |');

    const layout = await checkSpaBenchLayout(path.join(out, 'spa-bench', 'c_src', 'MAPLE'));
    expect(layout.problems).toEqual([]);
    expect(layout.screenshots).toBe(4); // 3 steps + the final observation
    expect(layout.summary).toMatchObject({
      total_steps: 3,
      finish_signal: 1,
      total_prompt_tokens: 300,
      total_completion_tokens: 30,
    });
    expect((await checkSpaBenchLayout(path.join(out, 'spa-bench-rep1', 'a', 'MAPLE'))).ok).toBe(true);
    // Only two sessions for six runs: slots are reused, not reopened per task.
    expect(pool.opened).toHaveLength(2);
    expect(pool.opened.every((o) => o.closed)).toBe(true);
  });

  it('resumes: skips run keys already in results.jsonl and ignores a truncated last line', async () => {
    const out = await tmp();
    const tasks = ['t1', 't2', 't3', 't4'].map((id) => task(id));
    const first = fakeRunTask();
    await runSuite(
      options(out, { tasks: tasks.slice(0, 2), runTask: first.fn, devices: { factory: fakePool().factory, size: 1 } }),
    );
    // A kill mid-write leaves half a line for t3.
    await appendFile(path.join(out, RESULTS_FILE), '{"runKey":"custom:t3#0","taskId":"t3","succ');

    const second = fakeRunTask();
    const events: ProgressEvent[] = [];
    const report = await runSuite(
      options(out, {
        tasks,
        runTask: second.fn,
        devices: { factory: fakePool().factory, size: 2 },
        onProgress: (e) => events.push(e),
      }),
    );
    expect(second.calls.map((c) => c.taskId).sort()).toEqual(['t3', 't4']);
    expect(report.resumed).toBe(2);
    expect(report.truncatedTail).toBe(true);
    expect(events[0]).toMatchObject({ type: 'start', total: 2, resumed: 2 });
    const finished = await readFinished(out);
    expect([...finished.keys].sort()).toEqual(['custom:t1#0', 'custom:t2#0', 'custom:t3#0', 'custom:t4#0']);
    expect(finished.truncatedTail).toBe(false);
    expect(finished.corrupt).toHaveLength(1); // the old half line, now followed by whole lines
    expect(report.allResults).toHaveLength(4);

    // A third run has nothing to do.
    const third = fakeRunTask();
    const again = await runSuite(
      options(out, { tasks, runTask: third.fn, devices: { factory: fakePool().factory, size: 2 } }),
    );
    expect(third.calls).toHaveLength(0);
    expect(again.results).toHaveLength(0);
    expect((await resultLines(out)).filter((l) => l.endsWith('}'))).toHaveLength(4);
  });

  it('refuses to resume into a folder made with another configuration', async () => {
    const out = await tmp();
    await runSuite(
      options(out, {
        tasks: [task('x')],
        runTask: fakeRunTask().fn,
        devices: { factory: fakePool().factory, size: 1 },
      }),
    );
    await expect(
      runSuite({
        ...options(out, {
          tasks: [task('x')],
          runTask: fakeRunTask().fn,
          devices: { factory: fakePool().factory, size: 1 },
        }),
        config: { ...config, fsm: false },
      }),
    ).rejects.toThrow(/different configuration.*fsm=on.*fsm=off/);
  });

  it('runs in parallel: 8 tasks on 4 slots run four at a time (speed itself is npm run bench)', async () => {
    const out = await tmp();
    const agent = fakeRunTask({ steps: 1, durationMs: 50 });
    const tasks = Array.from({ length: 8 }, (_, i) => task(`p${i}`));
    await runSuite(
      options(out, {
        tasks,
        runTask: agent.fn,
        devices: { factory: fakePool().factory, size: 4 },
        spaBenchLayout: false,
      }),
    );
    expect(agent.maxActive()).toBe(4);
    expect(agent.calls).toHaveLength(8);
  });

  it('concurrency below the pool size caps the parallel runs', async () => {
    const out = await tmp();
    const agent = fakeRunTask({ steps: 1, durationMs: 20 });
    await runSuite(
      options(out, {
        tasks: ['a', 'b', 'c', 'd'].map((id) => task(id)),
        concurrency: 2,
        runTask: agent.fn,
        devices: { factory: fakePool().factory, size: 4 },
      }),
    );
    expect(agent.maxActive()).toBe(2);
  });

  it('times out a stuck run: records timeout, recreates the slot, and the next task runs on a fresh session', async () => {
    const out = await tmp();
    const pool = fakePool();
    // Never ends, abort or not: runSuite returning at all shows it did not wait for it (no clock needed).
    const stuck = fakeRunTask({ steps: 1, durationMs: Infinity, ignoreAbort: true });
    const fine = fakeRunTask({ steps: 1 });
    const runTask: RunSuiteOptions['runTask'] = (t, d, c) => (t.id === 'slow' ? stuck.fn(t, d, c) : fine.fn(t, d, c));
    const events: ProgressEvent[] = [];
    const report = await runSuite(
      options(out, {
        tasks: [task('slow'), task('after')],
        runTask,
        devices: { factory: pool.factory, size: 1 },
        perTaskTimeoutMs: 100,
        abortGraceMs: 50,
        onProgress: (e) => events.push(e),
      }),
    );
    const slow = report.results.find((r) => r.taskId === 'slow')!;
    expect(slow.termination).toBe('timeout');
    expect(slow.success).toBe(false);
    expect(slow.exitCode).toBe(3); // one exitCodeFor since 923da46: a timeout is an error exit (3)
    expect(slow.error).toMatch(/did not finish within 100 ms/);
    expect(slow.verdict.evaluator).toBe('none');
    expect(existsSync(path.join(out, 'spa-bench', 'slow', 'MAPLE', 'error.json'))).toBe(true);
    expect(existsSync(path.join(out, 'spa-bench', 'after', 'MAPLE', 'error.json'))).toBe(false);
    expect(stuck.calls[0]!.ctx.signal.aborted).toBe(true);
    expect(pool.opened).toHaveLength(2);
    expect(pool.opened[0]!.closed).toBe(true);
    expect(events.some((e) => e.type === 'slot-recreated' && e.slot === 0)).toBe(true);
    const after = report.results.find((r) => r.taskId === 'after')!;
    expect(after.success).toBe(true);
    expect(after.termination).toBe('finished');
  });

  it('an agent that honours the abort signal ends promptly with a timeout', async () => {
    const out = await tmp();
    // Runs until aborted and never otherwise: the suite ends only because the timeout's abort reached it.
    const agent = fakeRunTask({ steps: 1, durationMs: Infinity });
    const report = await runSuite(
      options(out, {
        tasks: [task('slow')],
        runTask: agent.fn,
        devices: { factory: fakePool().factory, size: 1 },
        perTaskTimeoutMs: 80,
        abortGraceMs: 5000,
      }),
    );
    expect(report.results[0]!.termination).toBe('timeout');
    expect(agent.calls[0]!.ctx.signal.aborted).toBe(true);
  });

  it('a device error that repeats on the retry is recorded once as device_error, the slot recreated each time', async () => {
    const out = await tmp();
    const pool = fakePool();
    const err = Object.assign(new Error('socket hang up'), { name: 'WebDriverError' });
    const broken = fakeRunTask({ steps: 1, throwError: err });
    const fine = fakeRunTask({ steps: 1 });
    const report = await runSuite(
      options(out, {
        tasks: [task('boom'), task('ok')],
        runTask: (t, d, c) => (t.id === 'boom' ? broken.fn(t, d, c) : fine.fn(t, d, c)),
        devices: { factory: pool.factory, size: 1 },
      }),
    );
    const boom = report.results.find((r) => r.taskId === 'boom')!;
    expect(report.results.filter((r) => r.taskId === 'boom')).toHaveLength(1);
    expect(boom.termination).toBe('device_error');
    expect(boom.exitCode).toBe(3);
    expect(boom.facts.steps).toBe(1); // read back from the partial trajectory
    expect(boom.deviceRetry).toMatch(/socket hang up/);
    expect(broken.calls).toHaveLength(2);
    // The first session, the retry's, and a fresh one for 'ok' after the retry broke too.
    expect(pool.opened).toHaveLength(3);
    expect(report.results.find((r) => r.taskId === 'ok')!.success).toBe(true);
  });

  it('an unexpected agent error keeps the slot and still evaluates the device', async () => {
    const out = await tmp();
    const pool = fakePool();
    const report = await runSuite(
      options(out, {
        tasks: [task('bug')],
        runTask: fakeRunTask({ steps: 1, throwError: new TypeError('x is undefined') }).fn,
        devices: { factory: pool.factory, size: 1 },
      }),
    );
    expect(report.results[0]).toMatchObject({ termination: 'unexpected_error', exitCode: 1 });
    expect(report.results[0]!.error).toMatch(/TypeError: x is undefined/);
    expect(report.results[0]!.verdict.evaluator).toBe('state');
    expect(pool.opened).toHaveLength(1);
  });

  it('retries setup once on a fresh session when opening or resetting fails', async () => {
    const out = await tmp();
    const pool = fakePool({ failOpen: (n) => n === 0 });
    // The first open fails before any session exists; the second attempt opens one.
    const report = await runSuite(
      options(out, { tasks: [task('a')], runTask: fakeRunTask().fn, devices: { factory: pool.factory, size: 1 } }),
    );
    expect(report.results[0]!.success).toBe(true);

    // Two failures in a row: the run is recorded as a device error, not thrown.
    const out2 = await tmp();
    const dead = fakePool({ failOpen: () => true });
    const failed = await runSuite(
      options(out2, { tasks: [task('a')], runTask: fakeRunTask().fn, devices: { factory: dead.factory, size: 1 } }),
    );
    expect(failed.results[0]).toMatchObject({ termination: 'device_error', success: false });
    expect(failed.results[0]!.error).toMatch(/cannot open a session/);
  });

  it('resets each run with its task seed and fault profile, or the overrides', async () => {
    const out = await tmp();
    const pool = fakePool();
    const agent = fakeRunTask({ steps: 1 });
    await runSuite(
      options(out, {
        tasks: [task('a', { seed: 11 }), task('b', { seed: 22, faultProfile: 'mistaps' })],
        runTask: agent.fn,
        devices: { factory: pool.factory, size: 1 },
      }),
    );
    expect(pool.opened[0]!.phone.resets).toEqual([11, 22]);
    expect(agent.calls.map((c) => [c.ctx.seed, c.ctx.faults])).toEqual([
      [11, 'none'],
      [22, 'mistaps'],
    ]);
    expect(pool.opened[0]!.phone.faults).toBe('mistaps');
    expect(pool.opened[0]!.phone.faultOptions).toEqual([{}, {}]);

    // Repetitions > 0 draw faults from another stream of the same world.
    const outR = await tmp();
    const poolR = fakePool();
    await runSuite(
      options(outR, {
        tasks: [task('f', { seed: 9, faultProfile: 'light' })],
        repetitions: 3,
        runTask: fakeRunTask({ steps: 1 }).fn,
        devices: { factory: poolR.factory, size: 1 },
      }),
    );
    expect(poolR.opened[0]!.phone.resets).toEqual([9, 9, 9]);
    expect(poolR.opened[0]!.phone.faultOptions).toEqual([{}, { seed: 1009 }, { seed: 2009 }]);

    const out2 = await tmp();
    const pool2 = fakePool();
    const agent2 = fakeRunTask({ steps: 1 });
    const report = await runSuite(
      options(out2, {
        tasks: [task('a', { seed: 11 }), task('b', { seed: 22, faultProfile: 'mistaps' })],
        repetitions: 2,
        runTask: agent2.fn,
        devices: { factory: pool2.factory, size: 1 },
        seeds: { override: 5 },
        faultsOverride: 'none',
      }),
    );
    expect(pool2.opened[0]!.phone.resets).toEqual([5, 5, 5, 5]);
    expect(pool2.opened[0]!.phone.faults).toBeNull();
    expect(report.results.every((r) => r.seed === 5)).toBe(true);
  });

  it('launches single-app tasks by package and passes the SPA-Bench step budget', async () => {
    const out = await tmp();
    const pool = fakePool();
    const agent = fakeRunTask({ steps: 1 });
    await runSuite(
      options(out, {
        tasks: [task('a', { launch: { mode: 'app', package: 'com.fake' }, goldenSteps: 4 })],
        runTask: agent.fn,
        devices: { factory: pool.factory, size: 1 },
      }),
    );
    expect(pool.opened[0]!.device.actions.slice(0, 2)).toEqual(['home', 'openApp']);
    expect(agent.calls[0]!.ctx.maxSteps).toBe(9);
  });

  it('judges action accuracy against ground truth: a device mis-tap the agent did not notice is not intended', async () => {
    const out = await tmp();
    const pool = fakePool();
    // The agent believes every step moves to a new state; the device ignores the 2nd tap.
    const agent = fakeRunTask({ steps: 3, keys: (i) => [`k${i}`, `k${i + 1}`] });
    const runTask: RunSuiteOptions['runTask'] = async (t, d, c) => {
      pool.opened[0]!.phone.stuckTaps = 0;
      let n = 0;
      // The second tap slips: the device logs a mis-tap and the screen does not move.
      const device = Object.create(d) as typeof d;
      device.tap = async (target) => {
        if (n++ === 1) pool.opened[0]!.phone.stuckTaps = 1;
        await d.tap(target);
      };
      return agent.fn(t, device, c);
    };
    const report = await runSuite(
      options(out, { tasks: [task('acc')], runTask, devices: { factory: pool.factory, size: 1 } }),
    );
    expect(report.results[0]!.facts.steps).toBe(3);
    // Ground truth: the second tap was mis-tapped by the device (it moved nothing), the others had an effect.
    expect(report.results[0]!.truth).toMatchObject({ agentSteps: 3, accurate: 2, falseSuccess: 1 });
    expect(report.results[0]!.truth!.confusion.mis_tap).toEqual({ success: 1 });
    expect(report.results[0]!.metrics.actionAccuracy).toBeCloseTo(2 / 3);
    // The labels are written beside the trajectory, for reports and people.
    const evaluation = JSON.parse(
      await readFile(path.join(out, report.results[0]!.trajectoryDir!, 'evaluation.json'), 'utf8'),
    ) as { steps: Array<{ outcome: string }> };
    expect(evaluation.steps.map((s) => s.outcome)).toEqual(['effect', 'mis_tap', 'effect']);
  });

  it('on a device without ground truth, state tasks are not evaluable and there is no accuracy to claim', async () => {
    const out = await tmp();
    const report = await runSuite(
      options(out, {
        tasks: [task('real')],
        runTask: fakeRunTask({ steps: 2 }).fn,
        devices: { factory: fakePool({ virtual: false }).factory, size: 1 },
      }),
    );
    expect(report.results[0]!.verdict).toMatchObject({ evaluator: 'none', success: false });
    expect(report.results[0]!.truth).toBeUndefined();
    expect(report.results[0]!.metrics.actionAccuracy).toBeNull();
  });

  it('evaluates SPA-Bench key components on the trajectory screen text', async () => {
    const out = await tmp();
    const report = await runSuite(
      options(out, {
        tasks: [
          task('kc_yes', { success: { kind: 'spa-bench', keyComponents: ['screen app/s1'] } }),
          task('kc_no', { success: { kind: 'spa-bench', keyComponents: ['nowhere'] } }),
        ],
        runTask: fakeRunTask({ steps: 2 }).fn,
        devices: { factory: fakePool({ virtual: false }).factory, size: 1 },
      }),
    );
    const yes = report.results.find((r) => r.taskId === 'kc_yes')!;
    expect(yes.verdict.evaluator).toBe('spa-bench');
    expect(yes.success).toBe(true);
    expect(report.results.find((r) => r.taskId === 'kc_no')!.success).toBe(false);
  });

  it('rejects duplicate task ids and bad numbers', async () => {
    const out = await tmp();
    const base = { runTask: fakeRunTask().fn, devices: { factory: fakePool().factory, size: 1 } };
    await expect(runSuite(options(out, { ...base, tasks: [task('a'), task('a')] }))).rejects.toThrow(/appears twice/);
    await expect(runSuite(options(out, { ...base, tasks: [task('a')], repetitions: 0 }))).rejects.toThrow(
      /repetitions/,
    );
    await expect(runSuite(options(out, { ...base, tasks: [task('a')], perTaskTimeoutMs: 0 }))).rejects.toThrow(
      /timeout/,
    );
  });

  it('writes a valid results file even when the task list was interrupted by a bad existing line', async () => {
    const out = await tmp();
    await writeFile(path.join(out, RESULTS_FILE), 'not json at all\n');
    const report = await runSuite(
      options(out, {
        tasks: [task('a')],
        runTask: fakeRunTask().fn,
        devices: { factory: fakePool().factory, size: 1 },
      }),
    );
    expect(report.allResults.map((r) => r.runKey)).toEqual(['custom:a#0']);
  });
});
