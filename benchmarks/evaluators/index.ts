/** Evaluators: state predicates, SPA-Bench key components + judge, Mobile-Eval-E rubrics. */
export type * from './types.ts';
export { evaluateState } from './stateEvaluator.ts';
export { matchKeyComponents, type KeyComponentOptions } from './keyComponents.ts';
export { screenTextFromPageSource } from './screenText.ts';
export { evaluateSpaBench, type SpaBenchEvaluationInput } from './spaBenchEvaluator.ts';
export { evaluateRubrics, type RubricEvaluationInput } from './rubricEvaluator.ts';
export { spaBenchJudgePrompt, rubricJudgePrompt, type RunDescription } from './judgePrompts.ts';
