/**
 * Every virtual-suite task is solvable and its predicate is not vacuous:
 * on one Appium server and one WebdriverIO session, each task is reset to
 * its seed and fault profile (as the runner does), its predicate must FAIL
 * on the untouched device, then its reference solution runs through the
 * Device interface and the predicate must PASS. The example task file the
 * docs describe is held to the same standard.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';
import { loadVirtualSuite, checkReference } from '../../../benchmarks/suites/virtual/index.ts';
import { loadTaskFile } from '../../../benchmarks/runner/loadTaskFile.ts';
import type { DeviceSession } from '../../../benchmarks/runner/types.ts';
import type { BenchTask } from '../../../benchmarks/types.ts';

let opened: OpenedDevice;
let session: DeviceSession;

beforeAll(async () => {
  opened = await openDevice({ device: 'virtual', seed: 1 });
  session = { device: opened.device, control: opened.groundTruth!, close: () => opened.close() };
});

afterAll(async () => {
  await opened?.close();
});

async function expectSolvable(task: BenchTask): Promise<void> {
  const r = await checkReference(session, task);
  expect(r.before.success, `${task.id}: the predicate already holds right after reset (${r.before.reason})`).toBe(
    false,
  );
  expect(r.error, `${task.id}: the reference solution broke`).toBeNull();
  expect(r.after?.success, `${task.id}: the reference ran but the predicate fails: ${r.after?.reason}`).toBe(true);
  expect(r.actions, `${task.id}: actions performed vs golden steps`).toBe(task.goldenSteps);
}

describe('virtual suite reference solutions', () => {
  const tasks = loadVirtualSuite();
  it.each(tasks.map((t) => [t.id, t] as const))('%s', async (_id, task) => {
    await expectSolvable(task);
  });

  it('a reference that does nothing leaves every predicate failing (no task passes by accident)', async () => {
    const passing: string[] = [];
    for (const t of tasks.filter((x) => x.reference!.every((s) => s.do !== 'answer'))) {
      const r = await checkReference(session, { ...t, reference: [{ do: 'home' }] });
      if (r.after?.success) passing.push(t.id);
    }
    expect(passing).toEqual([]);
  });
});

describe('the example task file (docs: write your own)', async () => {
  const custom = await loadTaskFile(
    path.resolve(import.meta.dirname, '../../../benchmarks/suites/virtual/examples/my-tasks.json'),
  );
  it.each(custom.map((t) => [t.id, t] as const))('%s', async (_id, task) => {
    await expectSolvable(task);
  });
});
