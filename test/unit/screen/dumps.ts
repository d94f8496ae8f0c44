/**
 * The real UI dumps for tests (the ui-dumps folder of the third-party data,
 * see test/support/sharedData.ts), and the hand-written fixtures beside the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { testData } from '../../support/sharedData.ts';

/** The real dumps: tests that read them run through DUMPS.it / DUMPS.describe, skipped without the data. */
export const DUMPS = testData('ui-dumps');
export const UI_DUMPS = DUMPS.path;
export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/screen');

export function realDumpNames(): string[] {
  return readdirSync(UI_DUMPS)
    .filter((f) => f.endsWith('.xml'))
    .sort();
}

export function readDump(name: string): string {
  return readFileSync(path.join(UI_DUMPS, name), 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}
