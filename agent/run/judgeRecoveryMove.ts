import type { RecoveryMove } from '../roles/recovery/recoveryAction.ts';
import type { VerifyOutcome } from '../roles/types.ts';
import { deterministicVerdict } from '../roles/verifier/deterministicVerdict.ts';
import type { Acted } from './Acted.ts';
import { POINTER_ACTIONS } from './runConstants.ts';

export interface RecoveryJudgeContext {
  fsm: boolean;
  step: number;
  task: string;
}

/**
 * The verdict on one recovery move: the state the rollback plan expected when
 * it named one, else whether the screen changed; taps also get the mis-tap rules.
 */
export function judgeRecoveryMove(
  move: Extract<RecoveryMove, { kind: 'act' }>,
  acted: Acted,
  ctx: RecoveryJudgeContext,
): VerifyOutcome {
  let verdict: VerifyOutcome;
  if (move.expectedKey && acted.observed) {
    verdict =
      acted.observed.key === move.expectedKey
        ? { verdict: 'success', reason: `reached ${move.expectedKey} as the rollback plan expected`, by: 'rules' }
        : {
            verdict: 'fail',
            reason: `the rollback plan expected ${move.expectedKey}, reached ${acted.observed.key}`,
            cause: 'unexpected_state',
            by: 'rules',
          };
  } else {
    verdict = acted.error
      ? { verdict: 'fail', reason: acted.error.message, cause: 'error', by: 'rules' }
      : acted.after.fingerprint === acted.before.fingerprint && move.action.type !== 'wait'
        ? { verdict: 'no_change', reason: 'the screen did not change', by: 'rules' }
        : { verdict: 'success', reason: `${move.why}: done`, by: 'rules' };
  }
  if (verdict.verdict === 'success' && POINTER_ACTIONS.has(move.action.type)) {
    // Recovery taps can miss too: the same mis-tap checks as any step.
    const rules = deterministicVerdict(
      {
        action: move.action,
        before: acted.before,
        after: acted.after,
        ...(acted.observed
          ? {
              fsm: {
                ...(acted.beforeObserved ? { before: acted.beforeObserved } : {}),
                after: acted.observed,
                netCount: 0,
              },
            }
          : {}),
        step: ctx.step,
        task: ctx.task,
      },
      { fsm: ctx.fsm },
    );
    if (rules.verdict === 'fail' && rules.cause === 'mistap') verdict = rules;
  }
  return verdict;
}
