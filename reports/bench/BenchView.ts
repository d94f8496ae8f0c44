/**
 * What the benchmark report shows, independent of how the runner stores it:
 * readBenchDir adapts the runner's results.jsonl (benchmarks/types.ts
 * TaskResult) into this, so a format change touches one function. The fields
 * it copies as they are take their types from the runner's own.
 */
import type { RunFacts, TaskMetrics, TaskResult } from '../../benchmarks/types.ts';

export interface BenchTaskView
  extends
    Pick<TaskResult, 'runKey' | 'taskId' | 'repetition' | 'apps' | 'goldenSteps' | 'category' | 'success' | 'error'>,
    Pick<RunFacts, 'errorsDetected' | 'errorsRecovered'>,
    Pick<
      TaskMetrics,
      | 'steps'
      | 'stepRatio'
      | 'recoverySuccess'
      | 'actionAccuracy'
      | 'modelCalls'
      | 'tokensIn'
      | 'tokensOut'
      | 'costUsd'
      | 'wallMs'
    > {
  /** Wider than the runner's types: older or hand-written lines may carry other values. */
  suite: string;
  termination: string;
  difficulty: number | null;
  instruction?: string;
  configLabel: string;
  /** What the agent itself said in its summary.json (unknown without a readable trajectory); `success` is the evaluator's. */
  agentClaim: 'success' | 'failed' | 'unknown';
  /** Which evaluator decided `success`: state, spa-bench, rubric, or none (the run was not evaluated). */
  evaluator: string;
  /** Absolute path of the task's trajectory folder, when it has one (the runner's is relative). */
  trajectoryDir?: string;
  verdictReason?: string;
}

export interface BenchView {
  dir: string;
  title: string;
  tasks: BenchTaskView[];
  /** The runner's own summary.json, shown as-is where it has scalar fields. */
  summary?: Record<string, unknown>;
}
