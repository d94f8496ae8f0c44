/**
 * The benchmark side's public face: task types, suites, the predicate
 * language, evaluators, metrics, outputs and reference-script running.
 */
export type * from './types.ts';
export { TERMINATION_REASONS } from './types.ts';
export * from './suites/index.ts';
export * from './predicate/index.ts';
export * from './evaluators/index.ts';
export * from './metrics/index.ts';
export * from './output/index.ts';
export * from './script/index.ts';
export { buildTaskResult, type TaskResultInput } from './buildTaskResult.ts';
