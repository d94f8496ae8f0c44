export { RunSession, describeAction, type StepEvent, type RunSessionOptions } from './RunSession.ts';
export { ShortcutReplayer } from './ShortcutReplayer.ts';
export { RunAbortedError, RunConfigError } from './errors.ts';
export { formatStepLine } from './formatStepLine.ts';
export { formatSummary, defaultRunDir } from './formatSummary.ts';
