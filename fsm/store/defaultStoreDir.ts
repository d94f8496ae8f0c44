/** Where the knowledge store lives unless the user says otherwise: $MAPLE_HOME, else ~/.maple. */
import { homedir } from 'node:os';
import path from 'node:path';

export const STORE_FILE_NAME = 'knowledge.sqlite';

export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.MAPLE_HOME?.trim();
  return fromEnv ? path.resolve(fromEnv) : path.join(homedir(), '.maple');
}
