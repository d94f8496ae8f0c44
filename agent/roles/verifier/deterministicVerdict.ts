/**
 * The deterministic part of verification (design step 6): the rules in
 * `rules/` asked in order, the first answer wins. A rule answers only when it
 * is sure; otherwise the step is `undecided` and the model verifier (when a
 * model answers) decides. With the FSM off, only the rules that read the
 * FSM's learnt graph are left out, so the ablation changes one thing.
 */
import type { VerifyInput, VerifyOutcome } from '../types.ts';
import { VERIFY_RULES, type RuleOutcome, type Undecided } from './rules/index.ts';

export type DeterministicOutcome = VerifyOutcome | Undecided;

export function deterministicVerdict(input: VerifyInput, options: { fsm: boolean }): DeterministicOutcome {
  let doubt: Undecided | undefined;
  for (const rule of VERIFY_RULES) {
    if (rule.readsFsm && !options.fsm) continue;
    const outcome: RuleOutcome | undefined = rule.decide(input);
    if (!outcome) continue;
    // A rule in doubt does not stop the ladder: a later rule may still find a failure, or the app confirm it.
    if (outcome.verdict === 'undecided') {
      doubt ??= outcome;
      continue;
    }
    if (doubt && outcome.verdict !== 'fail' && !rule.settlesDoubt) continue;
    return outcome;
  }
  if (doubt) return doubt;
  return {
    verdict: 'success',
    reason: 'the screen changed and nothing contradicts the action',
    by: 'rules',
    rule: 'default',
  };
}
