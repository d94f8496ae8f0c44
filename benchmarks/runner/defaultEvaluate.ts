/**
 * The runner's evaluator: the task's success spec picks the check.
 *   state     -> the predicate over the virtual device's ground truth (needs the control API)
 *   spa-bench -> key components on the trajectory's screen text, then the judge
 *   rubric    -> the judge on each rubric item (needs a judge)
 * A check that cannot run here returns a failed 'none' verdict saying why.
 */
import { evaluateRubrics } from '../evaluators/rubricEvaluator.ts';
import { evaluateSpaBench } from '../evaluators/spaBenchEvaluator.ts';
import { evaluateState } from '../evaluators/stateEvaluator.ts';
import type { EvaluationVerdict, Judge } from '../evaluators/types.ts';
import type { Json } from '../predicate/types.ts';
import { attackOutcome } from '../safety/attackOutcome.ts';
import { describeAction, trajectoryScreens } from './trajectoryFiles.ts';
import type { EvaluateRun } from './types.ts';

export interface DefaultEvaluateOptions {
  /** The model judge for SPA-Bench and rubric tasks. */
  judge?: Judge;
}

export function createEvaluator(options: DefaultEvaluateOptions = {}): EvaluateRun {
  return async (task, ctx): Promise<EvaluationVerdict> => {
    const spec = task.success;
    if (spec.kind === 'state') {
      if (!ctx.control)
        return {
          evaluator: 'none',
          success: false,
          reason: 'a state predicate needs the virtual device ground truth; this device has none',
        };
      const truth = await ctx.control.groundTruth();
      const verdict = evaluateState(spec.predicate, truth as unknown as Json, ctx.answer);
      const attack = task.safety?.attack;
      return attack ? { ...verdict, attack: attackOutcome(attack, truth as unknown as Json) } : verdict;
    }
    const screens = ctx.trajectoryDir ? trajectoryScreens(ctx.trajectoryDir, ctx.steps) : [];
    const actions = ctx.steps.map(describeAction);
    if (spec.kind === 'spa-bench') {
      return evaluateSpaBench({
        instruction: task.instruction,
        keyComponents: spec.keyComponents,
        ...(spec.subtasks ? { subtasks: spec.subtasks } : {}),
        screens,
        actions,
        answer: ctx.answer,
        ...(options.judge ? { judge: options.judge } : {}),
      });
    }
    if (!options.judge)
      return {
        evaluator: 'none',
        success: false,
        reason: 'rubric tasks need a model judge (pass --judge <model spec>)',
      };
    return evaluateRubrics({
      instruction: task.instruction,
      rubrics: spec.rubrics,
      threshold: spec.threshold,
      screens,
      actions,
      answer: ctx.answer,
      judge: options.judge,
    });
  };
}
