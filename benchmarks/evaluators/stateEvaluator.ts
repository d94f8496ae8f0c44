/** Success on the virtual device: the task's predicate over the ground-truth JSON and the final answer. */
import { evaluatePredicate } from '../predicate/evaluatePredicate.ts';
import type { Json, Predicate } from '../predicate/types.ts';
import type { StateVerdict } from './types.ts';

export function evaluateState(predicate: Predicate, groundTruth: Json, answer?: string | null): StateVerdict {
  const { pass, evidence } = evaluatePredicate(predicate, groundTruth, { answer: answer ?? null });
  const failed = evidence.filter((e) => !e.pass);
  const reason = pass
    ? `all ${evidence.length} check(s) hold`
    : `${failed.length} of ${evidence.length} check(s) fail: ${failed
        .slice(0, 3)
        .map(
          (e) =>
            `${e.label ?? e.path} ${e.check} ${JSON.stringify(e.expected)} (${e.detail ?? `found ${JSON.stringify(e.actual)}`})`,
        )
        .join('; ')}`;
  return { evaluator: 'state', success: pass, reason, evidence };
}
