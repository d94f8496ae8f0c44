import type { StepTimings } from '../trajectory/types.ts';

/** The timings of a step that did nothing on the device (an invalid executor answer). */
export const ZERO_TIMINGS: StepTimings = { observeMs: 0, perceiveMs: 0, fsmMs: 0, decideMs: 0, actMs: 0, verifyMs: 0 };

/** Milliseconds to two decimals: enough for the trajectory, short enough to read. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
