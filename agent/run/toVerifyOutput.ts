import type { VerifyOutput } from '../loop/types.ts';
import type { VerifyOutcome } from '../roles/types.ts';
import { findInterruption } from '../roles/verifier/interruptions.ts';
import type { Acted } from './Acted.ts';
import { INTERRUPTION_CAUSES } from './runConstants.ts';

/**
 * What the statechart learns of a verdict. A failure is recoverable when there
 * is something to clear on screen, or the FSM can plan a way back.
 */
export function toVerifyOutput(outcome: VerifyOutcome, acted: Acted, fsm: boolean): VerifyOutput {
  const recoverable =
    outcome.verdict === 'fail' &&
    ((outcome.cause !== undefined && INTERRUPTION_CAUSES.has(outcome.cause)) ||
      fsm ||
      findInterruption(acted.after.screen) !== undefined);
  return {
    verdict: outcome.verdict,
    reason: outcome.reason,
    ...(outcome.cause ? { cause: outcome.cause } : {}),
    recoverable,
    // The loop hands this object to recovery as is: `flipped` tells it which switch to flip back.
    ...(outcome.flipped ? { flipped: outcome.flipped } : {}),
  } as VerifyOutput;
}
