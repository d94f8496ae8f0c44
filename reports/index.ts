/**
 * HTML reports: a run's replay, a benchmark dashboard, the FSM explorer. Each
 * is one self-contained file (inline CSS/JS, images as data URIs) that opens
 * from disk without a server or network.
 */
export { buildRunReport, runReportHtml, type ReportOptions, type ReportResult } from './run/buildRunReport.ts';
export { buildBenchReport, type BenchReportOptions, type BenchReportResult } from './bench/buildBenchReport.ts';
export { readBenchDir, isBenchDir } from './bench/readBenchDir.ts';
export type { BenchView, BenchTaskView } from './bench/BenchView.ts';
export { buildFsmView, fsmViewHtml, type FsmViewOptions } from './fsm/buildFsmView.ts';
export { toFsmViewModel } from './fsm/toFsmViewModel.ts';
export type { FsmViewModel, FsmViewState, FsmViewTransition } from './fsm/FsmViewModel.ts';
export { loadGraphsFromFile, filterByApp } from './fsm/loadGraphs.ts';
export { buildReport, detectReportKind, type ReportKind } from './buildReport.ts';
export { ReportInputError } from './errors.ts';
export { writeSyntheticTrajectory, type SyntheticTrajectoryOptions } from './synthetic/syntheticTrajectory.ts';
export { writeSyntheticBench, type SyntheticBenchOptions } from './synthetic/syntheticBench.ts';
export { syntheticAppGraph } from './synthetic/syntheticAppGraph.ts';
export { syntheticStoreGraphs, type SyntheticStoreOptions } from './synthetic/syntheticStoreGraphs.ts';
