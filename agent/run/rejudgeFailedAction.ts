import type { ObserveResult } from '../../fsm/index.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { VerifyOutcome } from '../roles/types.ts';
import { deterministicVerdict } from '../roles/verifier/deterministicVerdict.ts';
import type { Acted } from './Acted.ts';

export interface RejudgeContext {
  current: Perception;
  observed: ObserveResult | undefined;
  fsm: boolean;
  step: number;
  task: string;
}

/**
 * The failed action judged again on the screen under a cleared interruption:
 * it may have done its work before the pop-up came. Undecided counts as
 * success, since the only thing against it was the interruption.
 */
export function rejudgeFailedAction(failed: Acted, ctx: RejudgeContext): VerifyOutcome {
  const input = {
    action: failed.action,
    before: failed.before,
    after: ctx.current,
    ...(ctx.observed
      ? {
          fsm: {
            ...(failed.beforeObserved ? { before: failed.beforeObserved } : {}),
            after: ctx.observed,
            netCount: 0,
          },
        }
      : {}),
    step: ctx.step,
    task: ctx.task,
  };
  const v = deterministicVerdict(input, { fsm: ctx.fsm });
  return v.verdict === 'undecided' ? { verdict: 'success', reason: v.reason, by: 'rules' } : v;
}
