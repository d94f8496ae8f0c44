/** Benchmark suites: loaders for SPA-Bench and Mobile-Eval-E (the virtual suite lives in ./virtual). */
export { SuiteLoadError } from './SuiteLoadError.ts';
export { parseCsv, parseCsvRecords, CsvSyntaxError, type CsvTable } from './parseCsv.ts';
export { parsePyStringList, PyListSyntaxError } from './parsePyStringList.ts';
export type * from './spaBenchTypes.ts';
export { loadSpaBench, spaBenchToBenchTask, SPA_BENCH_FILES } from './spaBench.ts';
export { parseSpaBenchSplit, renderSubtask } from './spaBenchSplit.ts';
export { createAppResolver, SPA_BENCH_APP_ALIASES, SPA_BENCH_EXTRA_APPS, type AppResolver } from './spaBenchApps.ts';
export {
  loadMobileEvalE,
  loadMobileEvalECustom,
  parseMobileEvalEScenario,
  mobileEvalEToBenchTask,
  type MobileEvalETask,
  type MobileEvalETaskType,
  type MobileEvalEScenario,
  type MobileEvalESuite,
} from './mobileEvalE.ts';
