/** Where the real benchmark files live for tests: <repo>/../shared/data. Missing data fails loudly. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedDataRoot } from '../../support/sharedData.ts';

export const SHARED_DATA = sharedDataRoot();

export function sharedData(sub: string): string {
  const dir = path.join(SHARED_DATA, sub);
  if (!existsSync(dir)) {
    throw new Error(
      `test data missing: ${dir}. The benchmark files come from ../shared/data (next to the repository); see its README.`,
    );
  }
  return dir;
}
