/** Prompt text and structured-output tools, one file per role. */
export { EXECUTOR_SYSTEM, subgoalDoneSchema, subgoalDoneTool } from './executor.ts';
export { PLANNER_SYSTEM, planSchema, planTool, JUDGE_SYSTEM, judgeSchema, judgeTool } from './planner.ts';
export { TASK_CHECK_SYSTEM, VERIFIER_SYSTEM, taskVerdictTool, verdictSchema, verdictTool } from './verifier.ts';
