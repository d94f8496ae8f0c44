/**
 * Puts a device in a task's starting position, as SPA-Bench's harness does:
 * on the virtual device, reset to the task's seed and set its fault profile
 * first; then go home, and for single-app tasks start the task's app (and
 * home activity when known).
 *
 * Faults of repetition 0 are drawn from the device seed's own fault stream
 * (what `maple run --seed N --faults P` sees); repetition r > 0 uses fault
 * seed `seed + 1000 * r`, so repetitions meet different faults in the same
 * world and their spread means something.
 */
import type { BenchTask } from '../types.ts';
import type { DeviceSession } from './types.ts';

export async function prepareDevice(
  session: DeviceSession,
  task: BenchTask,
  seed: number | null,
  faults: string,
  repetition = 0,
): Promise<void> {
  if (session.control) {
    await session.control.reset(seed ?? undefined);
    const off = faults === 'none' || faults === 'off';
    await session.control.setFaults(
      off ? null : faults,
      !off && repetition > 0 ? { seed: faultSeed(seed, repetition) } : {},
    );
  }
  await session.device.home();
  if (task.launch.mode === 'app') await session.device.openApp(task.launch.package, task.launch.activity);
}

/** The fault stream seed of a repetition > 0. */
export function faultSeed(seed: number | null, repetition: number): number {
  return (seed ?? 1) + 1000 * repetition;
}
