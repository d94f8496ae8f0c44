/**
 * Every virtual-suite task is sound (checkTaskSoundness, the same checks
 * `maple bench check` runs): on one Appium server and one WebdriverIO
 * session, each task is reset to its seed and fault profile as the runner
 * does; its predicate must FAIL on the untouched device, its reference
 * solution (through the Device interface) must make it PASS with as many
 * actions as golden steps, and a run that only presses Home must FAIL. The
 * example task file the docs describe is held to the same standard.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';
import { checkTaskSoundness, loadVirtualSuite, soundnessProblems } from '../../../benchmarks/suites/virtual/index.ts';
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

async function expectSound(task: BenchTask): Promise<void> {
  const result = await checkTaskSoundness(session, task);
  expect(soundnessProblems(result), task.id).toEqual([]);
  expect(result.checks.map((c) => c.name)).toEqual([
    'fails fresh',
    'reference passes',
    'golden steps',
    'Home only fails',
  ]);
}

describe('virtual suite reference solutions', () => {
  it.each(loadVirtualSuite().map((t) => [t.id, t] as const))('%s', async (_id, task) => {
    await expectSound(task);
  });
});

describe('the example task file (docs: write your own)', async () => {
  const custom = await loadTaskFile(
    path.resolve(import.meta.dirname, '../../../benchmarks/suites/virtual/examples/my-tasks.json'),
  );
  it.each(custom.map((t) => [t.id, t] as const))('%s', async (_id, task) => {
    await expectSound(task);
  });
});
