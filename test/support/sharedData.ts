/**
 * Third-party data in tests: found by the one resolver
 * (benchmarks/data/sharedData.ts). A test that needs it is skipped when it is
 * missing, with the reason and the remedy in its title, and never passes
 * without it:
 *
 *   const YELP = testData('traces/droidbot-yelp');
 *   YELP.describe('screen identity on the Yelp trace', () => { … importDroidbot(YELP.path) … });
 *   YELP.it('imports the trace', () => { … });
 */
import { describe, it, type TestFunction } from 'vitest';
import { GET_SHARED_DATA, hasSharedData, sharedDataPath } from '../../benchmarks/data/sharedData.ts';

export interface TestData {
  /** Where the data is (or would be after `npm run fetch-data`). */
  path: string;
  missing: boolean;
  /** The test's title, with why it is skipped and how to get the data when the data is missing. */
  title(name: string): string;
  /** `it`, skipped (with the reason in its title) when the data is missing. */
  it(name: string, fn: TestFunction, timeout?: number): void;
  /** `describe`, skipped (with the reason in its title) when the data is missing. */
  describe(name: string, fn: () => void): void;
}

export function testData(sub: string): TestData {
  const missing = !hasSharedData(sub);
  const title = (name: string): string =>
    missing ? `${name} [skipped: no third-party data "${sub}"; ${GET_SHARED_DATA}]` : name;
  return {
    path: sharedDataPath(sub),
    missing,
    title,
    it: (name, fn, timeout) => it.skipIf(missing)(title(name), fn, timeout),
    describe: (name, fn) => describe.skipIf(missing)(title(name), fn),
  };
}
