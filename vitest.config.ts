import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One line before the run when the third-party data is missing (those tests are then skipped).
    globalSetup: ['test/support/sharedDataNotice.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e tests start Appium servers; two cores do not like many at once.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
