/**
 * One run of a task, with one more attempt on a fresh session when it ends in
 * a device error: a lost session or a Grid node that died is the device's
 * fault, not the agent's, so the run is redone once (the Grid places the new
 * session on a node that is alive) and recorded once. Before each retry the
 * device source is asked whether it is gone as a whole (hub or server down):
 * then nothing is recorded and the suite run stops, to resume later.
 */
import type { TaskResult } from '../types.ts';

export type RetriedRun = { result: TaskResult } | { down: string };

export async function runWithDeviceRetry(
  attempt: () => Promise<TaskResult>,
  retries: 0 | 1,
  unreachable: (() => Promise<string | null>) | undefined,
): Promise<RetriedRun> {
  const first = await attempt();
  if (first.termination !== 'device_error') return { result: first };
  const down = (await unreachable?.()) ?? null;
  if (down !== null) return { down };
  if (retries === 0) return { result: first };
  const second = await attempt();
  if (second.termination === 'device_error') {
    const downNow = (await unreachable?.()) ?? null;
    if (downNow !== null) return { down: downNow };
  }
  return { result: { ...second, deviceRetry: first.error ?? 'device error' } };
}
