/**
 * Verifying one step: the deterministic rules first; the verifier role (a
 * model, when one answers) only when the rules leave it undecided. An invalid
 * verifier answer is not held against the action: nothing else contradicts it.
 */
import { ModelOutputError } from '../models/index.ts';
import type { AppLookup, Subgoal, Verifier, VerifyInput, VerifyOutcome } from '../roles/types.ts';
import { deterministicVerdict } from '../roles/verifier/deterministicVerdict.ts';
import type { Acted } from './Acted.ts';
import { roundMs } from './stepTimings.ts';

export interface JudgeContext {
  verifier: Verifier;
  /** Whether the FSM is on (its prediction rules apply). */
  fsm: boolean;
  step: number;
  task: string;
  subgoal: Subgoal | undefined;
  apps?: AppLookup;
}

/** The verdict on an acted step; records the time it took in `acted.timings.verifyMs`. */
export async function judgeStep(acted: Acted, ctx: JudgeContext): Promise<VerifyOutcome> {
  const t0 = performance.now();
  const subgoal = ctx.subgoal;
  const input: VerifyInput = {
    action: acted.action,
    ...(acted.decision.expectedText ? { expectedText: acted.decision.expectedText } : {}),
    before: acted.before,
    after: acted.after,
    ...(acted.error ? { error: acted.error } : {}),
    ...(acted.settled ? { settled: acted.settled } : {}),
    ...(ctx.apps ? { apps: ctx.apps } : {}),
    ...(acted.observed
      ? {
          fsm: {
            ...(acted.beforeObserved ? { before: acted.beforeObserved } : {}),
            after: acted.observed,
            ...(acted.netCount !== undefined ? { netCount: acted.netCount } : {}),
          },
        }
      : {}),
    step: ctx.step,
    task: ctx.task,
    ...(subgoal ? { subgoal } : {}),
  };
  const rules = deterministicVerdict(input, { fsm: ctx.fsm });
  let outcome: VerifyOutcome;
  if (rules.verdict === 'undecided') {
    try {
      const judged = await ctx.verifier.judge(input);
      outcome = {
        verdict: judged.verdict,
        reason: `${judged.reason} (${rules.reason})`,
        by: 'model',
        rule: rules.rule,
        ...(judged.verdict === 'fail' ? { cause: 'model' as const } : {}),
      };
    } catch (error) {
      if (!(error instanceof ModelOutputError)) throw error;
      outcome = {
        verdict: 'success',
        reason: `the verifier's answer was invalid; nothing else contradicts the action (${rules.reason})`,
        by: 'rules',
        rule: rules.rule,
      };
    }
  } else {
    outcome = rules;
  }
  acted.timings.verifyMs = roundMs(performance.now() - t0);
  return outcome;
}
