/**
 * SPA-Bench evaluation: the coarse key-component check on the screens' text,
 * then (when it passes, or when the task has no key components) the model
 * judge. Without a judge the coarse check alone decides, and the verdict
 * says so.
 */
import { matchKeyComponents, type KeyComponentOptions } from './keyComponents.ts';
import { spaBenchJudgePrompt, type RunDescription } from './judgePrompts.ts';
import type { Judge, SpaBenchVerdict } from './types.ts';

export interface SpaBenchEvaluationInput extends RunDescription {
  /** null = the task has none (cross-app): the judge decides alone. */
  keyComponents: readonly string[] | null;
  subtasks?: readonly string[];
  judge?: Judge;
  keyComponentOptions?: KeyComponentOptions;
}

export async function evaluateSpaBench(input: SpaBenchEvaluationInput): Promise<SpaBenchVerdict> {
  const coarse = input.keyComponents
    ? matchKeyComponents(input.keyComponents, input.screens, input.keyComponentOptions)
    : null;
  if (input.screens.length === 0) {
    return {
      evaluator: 'spa-bench',
      success: false,
      reason: 'no screens recorded',
      coarse,
      judge: { asked: false, success: null, reason: null },
    };
  }
  if (coarse && !coarse.pass) {
    const missing = coarse.components.filter((c) => !c.found).map((c) => JSON.stringify(c.component));
    return {
      evaluator: 'spa-bench',
      success: false,
      reason: `key components not all on one screen; missing on the final screen: ${missing.join(', ')}`,
      coarse,
      judge: { asked: false, success: null, reason: null },
    };
  }
  if (!input.judge) {
    if (!coarse)
      return {
        evaluator: 'spa-bench',
        success: false,
        reason: 'no key components and no judge: cannot decide',
        coarse,
        judge: { asked: false, success: null, reason: null },
      };
    return {
      evaluator: 'spa-bench',
      success: true,
      reason: `all key components on screen ${coarse.matchedScreen} (coarse check only, no judge given)`,
      coarse,
      judge: { asked: false, success: null, reason: null },
    };
  }
  const prompt = spaBenchJudgePrompt(input, input.keyComponents, input.subtasks);
  try {
    const r = await input.judge(prompt);
    return {
      evaluator: 'spa-bench',
      success: r.success,
      reason: `${coarse ? `key components on screen ${coarse.matchedScreen}; ` : ''}judge: ${r.reason}`,
      coarse,
      judge: { asked: true, success: r.success, reason: r.reason },
    };
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return {
      evaluator: 'spa-bench',
      success: false,
      reason: `judge failed: ${message}`,
      coarse,
      judge: { asked: true, success: null, reason: null, error: message },
    };
  }
}
