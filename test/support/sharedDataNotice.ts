/**
 * Vitest global setup: one line before the run when the third-party data is
 * missing, so a newcomer knows why some tests are skipped and how to run them.
 */
import { GET_SHARED_DATA, sharedDataCandidates, sharedDataRoot } from '../../benchmarks/data/sharedData.ts';

export default function setup(): void {
  if (sharedDataRoot() !== undefined) return;
  process.stdout.write(
    `\nThird-party test data not found (looked in ${sharedDataCandidates().join(', ')}): the tests that read it are skipped; ${GET_SHARED_DATA}.\n\n`,
  );
}
