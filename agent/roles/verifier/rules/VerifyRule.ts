/**
 * One deterministic verification rule. The verifier asks them in order; the
 * first that answers decides. A rule answers only when it is sure; when none
 * is, the step is `undecided` and goes to the model verifier.
 */
import type { VerifyInput, VerifyOutcome } from '../../types.ts';

export type Undecided = { verdict: 'undecided'; reason: string; by: 'rules'; rule: string; predicted?: boolean };

export type RuleOutcome = VerifyOutcome | Undecided;

export interface VerifyRule {
  /** Stable name, written with the verdict it gave (`rule`) and named in docs/agent.md. */
  id: string;
  /**
   * Reads what the FSM learnt (its graph's predictions). Only these rules are
   * left out with the FSM off (`--no-fsm`): every other check runs in both
   * arms of the ablation.
   */
  readsFsm: boolean;
  /**
   * Its success stands even after an earlier rule was in doubt (the app's own
   * confirmation). Other successes do not clear a doubt: "the FSM predicted
   * this state" says nothing about what a field now holds.
   */
  settlesDoubt?: boolean;
  decide(input: VerifyInput): RuleOutcome | undefined;
}

export function success(rule: string, reason: string, extra: Partial<VerifyOutcome> = {}): VerifyOutcome {
  return { verdict: 'success', reason, by: 'rules', rule, ...extra };
}

export function fail(
  rule: string,
  reason: string,
  cause: NonNullable<VerifyOutcome['cause']>,
  extra: Partial<VerifyOutcome> = {},
): VerifyOutcome {
  return { verdict: 'fail', reason, cause, by: 'rules', rule, ...extra };
}

export function undecided(rule: string, reason: string): Undecided {
  return { verdict: 'undecided', reason, by: 'rules', rule };
}
