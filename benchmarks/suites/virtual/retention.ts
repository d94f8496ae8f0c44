/**
 * The retention benchmark's task set (docs/benchmarks.md, "Retention
 * tasks"): 24 virtual-suite tasks to learn, each run twice on one knowledge
 * store, and their other-values variants, run afterwards on the same store,
 * to see whether what was learnt serves the same request with other values.
 *
 *   maple bench --suite retention --repetitions 2 --store <dir>
 *   maple bench --suite retention-variants --store <dir>
 */
import type { BenchTask } from '../../types.ts';
import type { OtherValuesTask } from './defineOtherValues.ts';
import { loadVirtualSuite } from './loadVirtualSuite.ts';
import { otherValuesTasks } from './tasks/otherValues.ts';
import { validateOtherValues } from './validateOtherValues.ts';
import { VirtualSuiteError } from './validateSuite.ts';

export interface RetentionSuite {
  /** The suite tasks to learn, in the order of their variants (with their paraphrases, as loadVirtualSuite gives them). */
  learn: BenchTask[];
  /** One other-values variant per task of `learn`, in the same order: `otherValues[i].learnedFrom === learn[i].id`. */
  otherValues: OtherValuesTask[];
}

/** The 24 learnt tasks and their 24 variants, validated (a VirtualSuiteError lists every problem). */
export function loadRetentionSuite(): RetentionSuite {
  const suite = new Map(loadVirtualSuite().map((t) => [t.id, t]));
  const otherValues = [...otherValuesTasks];
  const learn = otherValues.flatMap((v) => suite.get(v.learnedFrom) ?? []);
  const problems = validateOtherValues(learn, otherValues);
  if (problems.length) throw new VirtualSuiteError(problems);
  return { learn, otherValues };
}
