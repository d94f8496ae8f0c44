export type * from './types.ts';
export { TERMINATION_REASONS } from './types.ts';
export { TrajectoryWriter } from './TrajectoryWriter.ts';
export { readTrajectory, TrajectoryReadError, type Trajectory } from './readTrajectory.ts';
export { redactSecrets } from './redactSecrets.ts';
