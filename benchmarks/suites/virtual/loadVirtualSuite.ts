/** The virtual suite as `--suite virtual` runs it: the 76 tasks with their paraphrases, validated. */
import type { BenchTask } from '../../types.ts';
import { virtualTasks } from './tasks/index.ts';
import { assertValidSuite } from './validateSuite.ts';
import { PARAPHRASES } from './paraphrases.ts';

/** Every task of the virtual suite: single-app tasks grouped by app, then the cross-app tasks. Validated on load. */
export function loadVirtualSuite(): BenchTask[] {
  // Each task carries its two paraphrases (paraphrases.ts); `--variant` decides which wordings run.
  return assertValidSuite(virtualTasks.map((t) => ({ ...t, paraphrases: PARAPHRASES[t.id] })));
}
