/** Per-task metrics from what the runner counted and, on the virtual device, the ground-truth labels. */
import type { RunTruth } from '../truth/truthMetrics.ts';
import type { RunFacts, TaskMetrics } from '../types.ts';

export function computeTaskMetrics(facts: RunFacts, goldenSteps: number | null, truth?: RunTruth): TaskMetrics {
  const steps = facts.steps;
  return {
    steps,
    stepRatio: goldenSteps && goldenSteps > 0 ? steps / goldenSteps : null,
    recoverySuccess: facts.errorsDetected > 0 ? facts.errorsRecovered / facts.errorsDetected : null,
    actionAccuracy: truth && truth.agentSteps > 0 ? truth.accurate / truth.agentSteps : null,
    modelCalls: facts.modelCalls,
    tokensIn: facts.tokensIn,
    tokensOut: facts.tokensOut,
    costUsd: facts.costUsd,
    wallMs: facts.wallMs,
    msPerStep: steps > 0 ? facts.wallMs / steps : null,
  };
}
