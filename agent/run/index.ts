export { RunSession, type RunSessionOptions } from './RunSession.ts';
export { describeAction } from './describeAction.ts';
export { type StepEvent } from './StepWriter.ts';
export { SkillPlayback } from './SkillPlayback.ts';
export { RunAbortedError, RunConfigError, UserInterrupt } from './errors.ts';
export { formatStepLine } from './formatStepLine.ts';
export { formatSummary, defaultRunDir } from './formatSummary.ts';
