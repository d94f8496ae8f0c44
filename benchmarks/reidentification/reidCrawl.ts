/** The crawl the docs' numbers and the e2e test use: three seeds, 30 inputs per app and seed. No imports: the CLI reads it at start-up. */
export const REID_CRAWL = { seeds: [1, 2, 3], steps: 30 } as const;
