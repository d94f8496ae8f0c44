/**
 * Where the real test and benchmark data lives: `../shared/data` next to the
 * repository (see that folder's README for what each file is and where it
 * comes from), or the folder named by MAPLE_SHARED_DATA. Missing data fails
 * loudly with that explanation; tests never pass silently without it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export function sharedDataRoot(): string {
  return path.resolve(process.env.MAPLE_SHARED_DATA ?? path.join(REPO_ROOT, '../shared/data'));
}

/** The path of `sub` inside the shared data folder (not checked: for messages and optional reads). */
export function sharedDataPath(sub: string): string {
  return path.join(sharedDataRoot(), sub);
}

/** The path of `sub` inside the shared data folder; throws a clear error when it is missing. */
export function sharedData(sub: string): string {
  const dir = sharedDataPath(sub);
  if (!existsSync(dir)) {
    throw new Error(
      `Real test data missing: ${dir}. It comes from the shared data folder (../shared/data next to the repository, ` +
        'or set MAPLE_SHARED_DATA to its path); its README says what each file is and where it comes from.',
    );
  }
  return dir;
}
