/** Metrics: per task, aggregated with Wilson intervals, and A/B comparison. */
export { wilson, Z95, type RateStat } from './wilson.ts';
export { computeTaskMetrics } from './taskMetrics.ts';
export { aggregateResults, groupStats, configLabel, type BenchSummary, type GroupStats } from './aggregate.ts';
export {
  compareVariants,
  type VariantComparison,
  type SuccessByVariant,
  type PairedOutcomes,
} from './variantComparison.ts';
export {
  compareResults,
  newcombeDiff,
  seededRandom,
  COMPARED_METRICS,
  type Comparison,
  type CompareOptions,
  type MetricComparison,
} from './compare.ts';
