/**
 * Where the third-party data lives (real UI dumps, the DroidBot Yelp trace,
 * SPA-Bench, Mobile-Eval-E and AndroidWorld task lists): the one place tests,
 * `npm run bench` and `npm run fetch-data` ask. In order:
 *   1. the folder named by MAPLE_SHARED_DATA (when set, only that one),
 *   2. `../shared/data` next to the repository (where CI keeps it),
 *   3. `shared-data/` inside the repository, which `npm run fetch-data` fills.
 * docs/benchmarks.md ("Third-party data") says what each file is and where it comes from.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../repoRoot.ts';

/** The folder `npm run fetch-data` fills by default (git-ignored). */
export const FETCHED_DATA_DIR = path.join(REPO_ROOT, 'shared-data');

/** One line saying how to get the data, for skipped tests and error messages. */
export const GET_SHARED_DATA =
  'get it with `npm run fetch-data` (or point MAPLE_SHARED_DATA at a copy, or keep it in ../shared/data)';

/** The data folders to try, first match wins. */
export function sharedDataCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const named = env['MAPLE_SHARED_DATA'];
  if (named) return [path.resolve(named)];
  return [path.resolve(REPO_ROOT, '../shared/data'), FETCHED_DATA_DIR];
}

/** The data folder in use, or undefined when there is none. */
export function sharedDataRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return sharedDataCandidates(env).find((dir) => existsSync(dir));
}

/**
 * The path of `sub` in the data folder, not checked. Without a data folder it
 * is where `npm run fetch-data` would put it, so messages name a real place.
 */
export function sharedDataPath(sub: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(sharedDataRoot(env) ?? sharedDataCandidates(env).at(-1)!, sub);
}

/** Whether `sub` (a file or folder such as "ui-dumps") is there. */
export function hasSharedData(sub: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return sharedDataRoot(env) !== undefined && existsSync(sharedDataPath(sub, env));
}

/** The data is not where the resolver looked. */
export class SharedDataMissingError extends Error {
  override name = 'SharedDataMissingError';
  constructor(
    readonly sub: string,
    readonly looked: string[],
  ) {
    super(`third-party data "${sub}" not found (looked in ${looked.join(', ')}); ${GET_SHARED_DATA}`);
  }
}

/** The path of `sub` in the data folder; throws SharedDataMissingError when it is not there. */
export function sharedData(sub: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!hasSharedData(sub, env)) throw new SharedDataMissingError(sub, sharedDataCandidates(env));
  return sharedDataPath(sub, env);
}
