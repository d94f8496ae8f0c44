/** The app graph: data types, updates, index and search, conditions. */
export * from './AppGraph.ts';
export * from './graphUpdates.ts';
export * from './GraphIndex.ts';
export * from './conditions.ts';
export { syntheticGraph, type SyntheticGraphOptions } from './syntheticGraph.ts';
