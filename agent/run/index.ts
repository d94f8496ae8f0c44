export { RunSession, type RunSessionOptions } from './RunSession.ts';
export { describeAction } from './describeAction.ts';
export { type StepEvent } from './StepWriter.ts';
export { ShortcutReplayer } from './ShortcutReplayer.ts';
export { RunAbortedError, RunConfigError, UserInterrupt } from './errors.ts';
export { formatStepLine } from './formatStepLine.ts';
export { formatSummary, defaultRunDir } from './formatSummary.ts';
