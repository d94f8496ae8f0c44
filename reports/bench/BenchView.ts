/**
 * What the benchmark report shows, independent of how the runner stores it:
 * readBenchDir adapts the runner's results.jsonl (benchmarks/types.ts
 * TaskResult) into this, so a format change touches one function.
 */
export interface BenchTaskView {
  runKey: string;
  taskId: string;
  suite: string;
  repetition: number;
  instruction?: string;
  apps: string[];
  difficulty: number | null;
  goldenSteps: number | null;
  category?: string;
  configLabel: string;
  success: boolean;
  termination: string;
  steps: number;
  stepRatio: number | null;
  recoverySuccess: number | null;
  actionAccuracy: number | null;
  errorsDetected: number;
  errorsRecovered: number;
  modelCalls: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  wallMs: number;
  /** Absolute path of the task's trajectory folder, when it has one. */
  trajectoryDir?: string;
  verdictReason?: string;
  error?: string;
}

export interface BenchView {
  dir: string;
  title: string;
  tasks: BenchTaskView[];
  /** The runner's own summary.json, shown as-is where it has scalar fields. */
  summary?: Record<string, unknown>;
}
