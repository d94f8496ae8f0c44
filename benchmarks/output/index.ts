/** Outputs: results.jsonl (resumable), summary JSON/Markdown, the SPA-Bench agent layout, exit codes. */
export { SpaBenchExitCode, exitCodeFor, isCompletedExitCode } from './exitCodes.ts';
export { RESULTS_FILE, appendResult, readFinished, runKeyOf, type FinishedRuns, type BadLine } from './resultsJsonl.ts';
export {
  SUMMARY_JSON,
  SUMMARY_MD,
  writeSummaryJson,
  writeSummaryMarkdown,
  renderSummaryMarkdown,
} from './summaryFiles.ts';
export {
  DEFAULT_SPA_BENCH_AGENT,
  spaBenchTaskDir,
  writeSpaBenchLayout,
  checkSpaBenchLayout,
  type SpaBenchRun,
  type SpaBenchStepLog,
  type SpaBenchLogSummary,
  type SpaBenchLayoutCheck,
} from './spaBenchLayout.ts';
export { writeFileAtomic } from './writeFileAtomic.ts';
export { renderComparison } from './comparisonText.ts';
