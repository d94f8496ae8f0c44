/** Twelve tasks of the virtual suite for the Grid tests: every sixth task with a reference of two or more steps, so they spread over the apps. */
import { loadVirtualSuite } from '../../../benchmarks/suites/virtual/index.ts';
import type { BenchTask } from '../../../benchmarks/types.ts';

export function gridTasks(count = 12): BenchTask[] {
  const withReference = loadVirtualSuite().filter((t) => (t.reference?.length ?? 0) >= 2);
  const picked = withReference.filter((_, i) => i % 6 === 0).slice(0, count);
  if (picked.length < count) throw new Error(`the virtual suite has only ${picked.length} tasks for the Grid tests`);
  return picked;
}
