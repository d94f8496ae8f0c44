/**
 * Element re-identification measured on the virtual device (evaluation only): a seeded crawl through
 * Appium that keeps each element's true node identity, and the judge of (stored reference, later screen)
 * pairs. `maple fsm measure-reid` and test/e2e/fsm/reidentification.test.ts run it.
 */
export { crawlKeyed, observeKeyed, seededRandom, type CrawlKeyedOptions, type KeyedObservation } from './crawlKeyed.ts';
export { elementIdentities, AlignmentError } from './alignNodes.ts';
export {
  measureReidentification,
  changeFlags,
  kindOfRef,
  type ChangeFlag,
  type MeasureOptions,
  type ReidCounts,
  type ReidExample,
  type ReidMeasurement,
  type Verdict,
} from './measureReidentification.ts';
export { formatReidentification } from './formatReidentification.ts';
export { REID_CRAWL } from './reidCrawl.ts';
