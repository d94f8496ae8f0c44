/**
 * Selenium Grid 4 for real: a hub from the npm-shipped jar and 3 relay nodes,
 * each in front of its own Appium server with the virtual phone. Twelve
 * virtual tasks run through the hub URL; one node (relay and Appium server)
 * is SIGKILLed while a task is running on it. That task is retried once on a
 * node that is alive, and every task has exactly one result.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEvaluator,
  gridDevices,
  probeDeviceUrls,
  referenceRunTask,
  runSuite,
  type DeviceFactory,
  type ProgressEvent,
  type RunTaskFn,
} from '../../../benchmarks/runner/index.ts';
import { RESULTS_FILE } from '../../../benchmarks/output/resultsJsonl.ts';
import { interceptActions, type WebdriverDevice } from '../../../drivers/device/index.ts';
import { readGridStatus, startGrid, type GridHandle, type GridNodeHandle } from '../../../drivers/grid/index.ts';
import { virtualTaskSample as gridTasks } from '../../../bench/gridScaling.ts';

let grid: GridHandle;

beforeAll(async () => {
  grid = await startGrid({ nodes: 3 });
}, 180_000);

afterAll(async () => {
  await grid?.stop();
}, 60_000);

describe('Selenium Grid 4 with 3 relay nodes of virtual phones', () => {
  it('lists 3 nodes that advertise the virtual driver, and bench reads its driver from them', async () => {
    const status = await readGridStatus(grid.hubUrl);
    expect(status?.nodes).toHaveLength(3);
    for (const node of status!.nodes) {
      expect(node.availability).toBe('UP');
      expect(node.slots).toHaveLength(1);
      expect(node.slots[0]!.stereotype).toMatchObject({ 'appium:automationName': 'VirtualAndroid' });
    }
    const target = await probeDeviceUrls([grid.hubUrl], undefined);
    expect(target.driver).toBe('virtual');
    await expect(probeDeviceUrls([grid.hubUrl], 'uiautomator2')).rejects.toThrow(
      /no node that is up with appium:automationName UiAutomator2 \(its nodes advertise: VirtualAndroid\)/,
    );
  });

  it('runs 12 tasks through the hub; a node killed mid-run costs one retry and no result is lost or doubled', async () => {
    const target = await probeDeviceUrls([grid.hubUrl], undefined);
    const source = gridDevices(grid.hubUrl, target.grid!, undefined, { driver: 'virtual' });
    expect(source.size).toBe(3);
    expect(source.sessionPerRun).toBe(true);

    // Which session each slot holds, to find the node a running task is on.
    const sessionOfSlot = new Map<number, string>();
    const factory: DeviceFactory = async (slot) => {
      const session = await source.factory(slot);
      sessionOfSlot.set(slot, (session.device as WebdriverDevice).browser.sessionId);
      return session;
    };
    const nodeOf = async (slot: number): Promise<GridNodeHandle> => {
      const status = await readGridStatus(grid.hubUrl);
      const uri = status!.nodes.find((n) => n.slots.some((s) => s.sessionId === sessionOfSlot.get(slot)))?.uri;
      const node = grid.nodes.find((n) => n.nodeUrl === uri);
      if (!node) throw new Error(`no node holds the session of slot ${slot}`);
      return node;
    };

    // Once three runs have finished, the next run's node is killed after its first action.
    const events: ProgressEvent[] = [];
    let victim: { runKey: string; node: GridNodeHandle } | null = null;
    const reference = referenceRunTask({ screenshots: false });
    const runTask: RunTaskFn = async (task, device, ctx) => {
      if (victim || events.filter((e) => e.type === 'task-end').length < 3) return reference(task, device, ctx);
      const node = await nodeOf(ctx.slot);
      victim = { runKey: ctx.runKey, node };
      let actions = 0;
      const dying = interceptActions(device, async (_method, call) => {
        if (++actions === 2) await node.kill();
        await call();
      });
      return reference(task, dying, ctx);
    };

    const tasks = gridTasks(12);
    const out = await mkdtemp(path.join(tmpdir(), 'maple-grid-'));
    const report = await runSuite({
      tasks,
      outDir: out,
      runTask,
      evaluate: createEvaluator(),
      devices: { ...source, factory },
      config: { model: 'reference', fsm: false, faults: 'task' },
      spaBenchLayout: false,
      onProgress: (e) => events.push(e),
    });

    expect(victim).not.toBeNull();
    const lines = (await readFile(path.join(out, RESULTS_FILE), 'utf8')).trim().split('\n');
    const keys = lines.map((l) => (JSON.parse(l) as { runKey: string }).runKey);
    expect(keys).toHaveLength(12);
    expect(new Set(keys)).toEqual(new Set(tasks.map((t) => `virtual:${t.id}#0`)));
    expect(report.results.map((r) => [r.taskId, r.success, r.termination])).toEqual(
      expect.arrayContaining(tasks.map((t) => [t.id, true, 'finished'])),
    );
    const retried = report.results.filter((r) => r.deviceRetry);
    expect(retried.map((r) => r.runKey)).toEqual([victim!.runKey]);
    expect(retried[0]!.deviceRetry).toMatch(/Unable to execute request for an existing session|ECONNREFUSED/);

    // The dead node leaves the Grid; the two others served the rest.
    const status = await readGridStatus(grid.hubUrl);
    expect(status!.nodes.filter((n) => n.uri !== victim!.node.nodeUrl && n.availability === 'UP')).toHaveLength(2);
  }, 300_000);
});
