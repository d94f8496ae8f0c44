/**
 * Puts a device in a task's starting position, as SPA-Bench's harness does:
 * on the virtual device, reset to the task's seed and set its fault profile
 * first; then go home, and for single-app tasks start the task's app (and
 * home activity when known).
 */
import type { BenchTask } from '../types.ts';
import type { DeviceSession } from './types.ts';

export async function prepareDevice(
  session: DeviceSession,
  task: BenchTask,
  seed: number | null,
  faults: string,
): Promise<void> {
  if (session.control) {
    await session.control.reset(seed ?? undefined);
    await session.control.setFaults(faults === 'none' ? null : faults);
  }
  await session.device.home();
  if (task.launch.mode === 'app') await session.device.openApp(task.launch.package, task.launch.activity);
}
