/**
 * The Grid's own faults, end to end with real hubs, relay nodes and Appium
 * servers:
 *   - the hub dies mid-run: the suite run stops with DeviceSourceDownError,
 *     results.jsonl keeps the finished runs only (no device-error records);
 *   - `maple grid start` brings a new Grid up, and `maple bench --device <hub>`
 *     with the same folder resumes: every task ends with exactly one result;
 *   - a session the Grid ends as idle (its session-timeout) is a device error
 *     of the run, not an agent failure.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RESULTS_FILE } from '../../../benchmarks/output/resultsJsonl.ts';
import {
  createEvaluator,
  DeviceSourceDownError,
  gridDevices,
  probeDeviceUrls,
  referenceRunTask,
  runSuite,
  type RunTaskFn,
} from '../../../benchmarks/runner/index.ts';
import { readGridStatus, startGrid } from '../../../drivers/grid/index.ts';
import { virtualTaskSample as gridTasks } from '../../../bench/gridScaling.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
// What `maple bench --agent reference` labels its runs with, so the CLI resumes what the API started.
const CONFIG = { model: 'reference', fsm: false, faults: 'task', agent: 'reference' };

async function resultKeys(out: string): Promise<string[]> {
  return (await readFile(path.join(out, RESULTS_FILE), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { runKey: string }).runKey);
}

/** `maple grid start` in the background; resolves with its hub URL once it prints "Press Ctrl-C". */
function gridCli(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; hubUrl: string }> {
  const child = spawn(process.execPath, ['cli/maple.mjs', 'grid', 'start', ...args], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const hub = /hub at (http:\/\/\S+)/.exec(out);
      if (hub && out.includes('Press Ctrl-C')) resolve({ child, hubUrl: hub[1]! });
    });
    child.once('exit', (code) => reject(new Error(`maple grid start exited ${code}:\n${out}\n${err}`)));
  });
}

let cli: ChildProcessWithoutNullStreams | null = null;
afterAll(() => {
  cli?.kill('SIGKILL');
});

describe('Selenium Grid faults: the hub gone, a resume on a new Grid, an idle session', () => {
  it('stops cleanly when the hub dies and resumes through `maple grid start` + `maple bench --device <hub>`', async () => {
    const tasks = gridTasks(6);
    const out = await mkdtemp(path.join(tmpdir(), 'maple-hub-loss-'));
    const first = await startGrid({ nodes: 1 });
    try {
      const target = await probeDeviceUrls([first.hubUrl], undefined);
      const source = gridDevices(first.hubUrl, target.grid!, 1, { driver: 'virtual' });
      const reference = referenceRunTask({ screenshots: false });
      let started = 0;
      const runTask: RunTaskFn = async (task, device, ctx) => {
        // The third run loses the hub before its first action.
        if (++started === 3) await first.killHub();
        return reference(task, device, ctx);
      };
      const run = runSuite({
        tasks,
        outDir: out,
        runTask,
        evaluate: createEvaluator(),
        devices: source,
        config: CONFIG,
        spaBenchLayout: false,
      });
      await expect(run).rejects.toBeInstanceOf(DeviceSourceDownError);
      await expect(run).rejects.toThrow(/the Selenium Grid hub does not answer.*2 run\(s\) recorded, 4 left/);
      expect(await resultKeys(out)).toEqual(tasks.slice(0, 2).map((t) => `virtual:${t.id}#0`));
    } finally {
      await first.stop();
    }

    const second = await gridCli(['--nodes', '1', '--port', '0', '--session-timeout', '5']);
    cli = second.child;
    expect((await readGridStatus(second.hubUrl))!.nodes).toHaveLength(1);
    const bench = spawnSync(
      process.execPath,
      [
        'cli/maple.mjs',
        'bench',
        '--suite',
        'virtual',
        '--tasks',
        tasks.map((t) => t.id).join(','),
        '--agent',
        'reference',
        '--device',
        second.hubUrl,
        '--no-screenshots',
        '--no-report',
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 240_000 },
    );
    expect(bench.status, bench.stderr).toBe(0);
    expect(bench.stdout).toMatch(/on the Selenium Grid at http:\/\/127\.0\.0\.1:\d+ \(1 node\(s\), 1 slot\(s\)\)/);
    expect(bench.stdout).toMatch(/done: 4 run\(s\) now, 2 from before; success 6\/6/);
    const keys = await resultKeys(out);
    expect(keys).toHaveLength(6);
    expect(new Set(keys)).toEqual(new Set(tasks.map((t) => `virtual:${t.id}#0`)));

    // The same Grid ends sessions idle for 5 s: a run whose agent waits longer loses its device.
    const target = await probeDeviceUrls([second.hubUrl], undefined);
    const source = gridDevices(second.hubUrl, target.grid!, 1, { driver: 'virtual' });
    const reference = referenceRunTask({ screenshots: false });
    const idleUntilTheGridEndsTheSession: RunTaskFn = async (task, device, ctx) => {
      for (;;) {
        const status = await readGridStatus(second.hubUrl);
        if (status!.nodes.every((n) => n.slots.every((s) => s.sessionId === null))) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      return reference(task, device, ctx);
    };
    const idleOut = await mkdtemp(path.join(tmpdir(), 'maple-idle-'));
    const idle = await runSuite({
      tasks: tasks.slice(0, 1),
      outDir: idleOut,
      runTask: idleUntilTheGridEndsTheSession,
      evaluate: createEvaluator(),
      devices: source,
      deviceRetries: 0,
      config: CONFIG,
      spaBenchLayout: false,
    });
    expect(idle.results[0]).toMatchObject({ termination: 'device_error', success: false });
    expect(idle.results[0]!.error).toMatch(/session timed out due to inactivity/);

    const exited = new Promise<number | null>((resolve) => second.child.once('exit', resolve));
    second.child.kill('SIGINT');
    expect(await exited).toBe(0);
    cli = null;
    await expect(readGridStatus(second.hubUrl, 2000)).rejects.toThrow();
  }, 480_000);
});
