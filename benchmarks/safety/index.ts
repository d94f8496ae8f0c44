/** The safety suite (docs/safety.md): attack scenarios, the worst-case follower model, attack outcomes and metrics. */
export { AttackFollowerModel, type AttackFollowerOptions } from './AttackFollowerModel.ts';
export { attackOutcome, type AttackOutcome } from './attackOutcome.ts';
export { attackPlan, type AttackPlan } from './attackScripts.ts';
export { SAFETY_SCENARIOS, SafetySuiteError, attackProfile, loadSafetySuite } from './safetySuite.ts';
export { safetyStats, type SafetyStats } from './safetyStats.ts';
export { renderSafetyTables } from './safetyTables.ts';
export type { SafetyScenario } from './types.ts';
