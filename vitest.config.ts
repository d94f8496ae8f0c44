import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One line before the run when the third-party data is missing (those tests are then skipped).
    globalSetup: ['test/support/sharedDataNotice.ts'],
    // Timeouts catch hangs, not slowness (speed is `npm run bench`'s): generous enough for a 2-core machine
    // running a second copy of the suite, where the demo test ran past 42 s and the perception bench test past 36 s.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // e2e tests start Appium servers; two cores do not like many at once.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
