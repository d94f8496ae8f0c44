/**
 * Every other-values variant of the retention benchmark is sound on the
 * virtual device (checkTaskSoundness, as for the suite's own tasks: its
 * predicate fails fresh, its reference passes with as many actions as its
 * golden steps, a Home-only run fails), and it really asks for something
 * else: the original's reference, replayed as it is on the variant's
 * device, leaves the variant's predicate failing. So a learnt path only
 * serves the variant with its slots filled from the new instruction.
 * One Appium server and one WebdriverIO session for all of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';
import {
  checkReference,
  checkTaskSoundness,
  loadRetentionSuite,
  soundnessProblems,
} from '../../../benchmarks/suites/virtual/index.ts';
import type { DeviceSession } from '../../../benchmarks/runner/types.ts';

let opened: OpenedDevice;
let session: DeviceSession;

beforeAll(async () => {
  opened = await openDevice({ device: 'virtual', seed: 1 });
  session = { device: opened.device, control: opened.groundTruth!, close: () => opened.close() };
});

afterAll(async () => {
  await opened?.close();
});

const { learn, otherValues } = loadRetentionSuite();
const pairs = otherValues.map((v, i) => [v.id, v, learn[i]!] as const);

describe('other-values variants of the retention benchmark', () => {
  it.each(pairs)('%s', async (_id, variant, original) => {
    const result = await checkTaskSoundness(session, variant);
    expect(soundnessProblems(result), variant.id).toEqual([]);
    expect(result.checks.map((c) => c.name)).toEqual([
      'fails fresh',
      'reference passes',
      'golden steps',
      'Home only fails',
    ]);

    const replayed = await checkReference(session, { ...variant, reference: original.reference! });
    expect(replayed.error, `${original.id}'s reference on ${variant.id}'s device`).toBeNull();
    expect(replayed.after?.success, `${original.id}'s reference replayed as it is`).toBe(false);
  });
});
