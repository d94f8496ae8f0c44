/**
 * Where the real UI dumps live for tests: ../shared/data/ui-dumps next to the
 * repository. Missing data is a failure with a clear message, never a skip.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sharedDataRoot } from '../../support/sharedData.ts';

export const SHARED_DATA = sharedDataRoot();
export const UI_DUMPS = path.join(SHARED_DATA, 'ui-dumps');
export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/screen');

function requireDumps(): void {
  if (!existsSync(UI_DUMPS)) {
    throw new Error(
      `Real UI dumps not found at ${UI_DUMPS}. They come from ../shared/data (see its README): ` +
        'place the shared data folder next to the repository to run these tests.',
    );
  }
}

export function realDumpNames(): string[] {
  requireDumps();
  return readdirSync(UI_DUMPS)
    .filter((f) => f.endsWith('.xml'))
    .sort();
}

export function readDump(name: string): string {
  requireDumps();
  return readFileSync(path.join(UI_DUMPS, name), 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}
