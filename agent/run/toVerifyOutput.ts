import type { VerifyOutput } from '../loop/types.ts';
import type { VerifyOutcome } from '../roles/types.ts';

/**
 * What the statechart learns of a verdict. Every failure is recoverable:
 * there may be something to clear, a switch to flip back, or a way back (the
 * FSM's plan, or without it one Back to the screen the step started on).
 */
export function toVerifyOutput(outcome: VerifyOutcome): VerifyOutput {
  const recoverable = outcome.verdict === 'fail';
  return {
    verdict: outcome.verdict,
    reason: outcome.reason,
    ...(outcome.cause ? { cause: outcome.cause } : {}),
    recoverable,
    // The loop hands this object to recovery as is: `flipped` tells it which switch to flip back.
    ...(outcome.flipped ? { flipped: outcome.flipped } : {}),
  } as VerifyOutput;
}
