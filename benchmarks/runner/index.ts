/**
 * The benchmark runner's public face: the device pool and its sources, the
 * suite runner (queue, resume, timeouts, evaluation, outputs), action
 * accuracy against ground truth, the progress display, the reference agent
 * and the registry that finds the agent and the suites.
 */
export type * from './types.ts';
export { DevicePool, type PoolSlot } from './DevicePool.ts';
export {
  virtualDevices,
  appiumUrls,
  type DeviceSource,
  type VirtualDevicesOptions,
  type AppiumUrlsOptions,
} from './deviceSources.ts';
export {
  gridDevices,
  probeDeviceUrls,
  type DeviceDriver,
  type DeviceUrlTarget,
  type GridDevicesOptions,
} from './gridDevices.ts';
export { unreachable } from './unreachable.ts';
export { runWithDeviceRetry, type RetriedRun } from './runWithDeviceRetry.ts';
export {
  runSuite,
  planRuns,
  classifyError,
  trajectoryRelDir,
  spaBenchRoot,
  DEFAULT_TASK_TIMEOUT_MS,
  type RunItem,
} from './runSuite.ts';
export { prepareDevice, faultSeed } from './prepareDevice.ts';
export { writeEvaluation, EVALUATION_FILE } from './writeEvaluation.ts';
export { createEvaluator, type DefaultEvaluateOptions } from './defaultEvaluate.ts';
export { trajectoryScreens, describeAction, writeSpaBenchFromTrajectory } from './trajectoryFiles.ts';
export { ProgressReporter, type ProgressReporterOptions } from './ProgressReporter.ts';
export { referenceRunTask, REFERENCE_MODEL_LABEL } from './referenceAgent.ts';
export {
  loadRunTask,
  loadSuite,
  importOptional,
  type AgentRunInput,
  type AgentSelection,
  type SuiteName,
} from './agentRunner.ts';
export { loadTaskFile, parseTaskList } from './loadTaskFile.ts';
export { selectTasks } from './selectTasks.ts';
export {
  expandVariants,
  parseVariantChoice,
  paraphraseId,
  PARAPHRASE_MARK,
  VARIANT_CHOICES,
  type VariantChoice,
  type ExpandedTasks,
} from './taskVariants.ts';
export { runBenchCheck, type BenchCheckFlags } from './runBenchCheck.ts';
export { missingApps, assertAppsInstalled, virtualDeviceApps, type InstalledApp } from './missingApps.ts';
export { createModelJudge } from './modelJudge.ts';
export {
  BenchConfigError,
  NotBuiltError,
  MissingAppsError,
  TaskTimeoutError,
  DeviceSourceDownError,
} from './errors.ts';
