/**
 * Mobile-Eval-E rubric judging: the judge decides each rubric item on its own
 * (one call per item), the verdict lists every item with its reason, and the
 * task succeeds when the satisfied fraction reaches the threshold (1 = all).
 */
import { rubricJudgePrompt, type RunDescription } from './judgePrompts.ts';
import type { Judge, RubricItemVerdict, RubricVerdict } from './types.ts';

export interface RubricEvaluationInput extends RunDescription {
  rubrics: readonly string[];
  judge: Judge;
  /** Fraction of rubrics that must be satisfied (default 1). */
  threshold?: number;
}

export async function evaluateRubrics(input: RubricEvaluationInput): Promise<RubricVerdict> {
  const threshold = input.threshold ?? 1;
  const items: RubricItemVerdict[] = [];
  // Sequential: judges are rate-limited models, and the order keeps replay cassettes stable.
  for (const [i, rubric] of input.rubrics.entries()) {
    try {
      const r = await input.judge(rubricJudgePrompt(input, rubric, i, input.rubrics.length));
      items.push({ rubric, satisfied: r.success, reason: r.reason });
    } catch (e) {
      const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      items.push({ rubric, satisfied: false, reason: 'judge failed', error: message });
    }
  }
  const satisfied = items.filter((i) => i.satisfied).length;
  const fraction = items.length ? satisfied / items.length : 0;
  const success = items.length > 0 && fraction >= threshold - 1e-12;
  return {
    evaluator: 'rubric',
    success,
    reason: `${satisfied}/${items.length} rubric item(s) satisfied (threshold ${threshold})`,
    rubrics: items,
    satisfiedFraction: fraction,
    threshold,
  };
}
