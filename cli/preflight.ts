/**
 * Checks a command makes before it starts a device, so bad settings fail at
 * once with the path or value and the cause, not half-way through a run:
 * folders it will write, the knowledge store, the fault profile.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './CliError.ts';

/** Plain words for the file-system errors a folder check meets. */
const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a file is in the way of the folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'the disk is full',
};

function cause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return CAUSES[code] ? `${CAUSES[code]} (${code})` : (error as Error).message;
}

/** Makes sure `dir` exists (creating it) and can be written; returns it resolved. */
export function checkWritableFolder(dir: string, option: string): string {
  const resolved = path.resolve(dir);
  try {
    mkdirSync(resolved, { recursive: true });
    if (!statSync(resolved).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(resolved, constants.W_OK);
  } catch (error) {
    throw new CliError(`${option} ${resolved}: cannot write there: ${cause(error)}. Choose a folder you can write to.`);
  }
  return resolved;
}

/** The knowledge store folder can be written and its file (if any) opens cleanly; returns the folder. */
export async function checkStore(dir: string, option = '--store'): Promise<string> {
  const resolved = checkWritableFolder(dir, option);
  const { KnowledgeStore, StoreCorruptError, StoreSchemaError } = await import('../fsm/store/index.ts');
  try {
    KnowledgeStore.open({ dir: resolved }).close();
  } catch (error) {
    if (error instanceof StoreCorruptError || error instanceof StoreSchemaError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (/^(SQLITE_CANTOPEN|SQLITE_READONLY|SQLITE_PERM|EACCES|EROFS)/.test(code))
      throw new CliError(`${option} ${resolved}: the knowledge store cannot be opened for writing: ${cause(error)}.`);
    throw error;
  }
  return resolved;
}

/** The virtual device's fault profile parses (none, light, heavy, or a JSON object). */
export async function checkFaults(profile: string | undefined, option = '--faults'): Promise<void> {
  if (profile === undefined) return;
  const { parseFaultProfile } = await import('../drivers/virtual-android/src/phone/faults/FaultProfile.ts');
  try {
    parseFaultProfile(profile);
  } catch (error) {
    throw new CliError(`${option} ${profile}: ${(error as Error).message}`);
  }
}
