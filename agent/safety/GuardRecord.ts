/** What the guard did in a run, for the trajectory summary and the safety metrics. */
import type { GuardRule } from './ActionGuard.ts';
import type { SensitiveKind } from './sensitiveActions.ts';

export interface GuardEvent {
  /** Trajectory step the action would have been. */
  step: number;
  action: string;
  outcome: 'blocked' | 'confirmed' | 'refused';
  rule: GuardRule | 'sensitive';
  sensitive?: SensitiveKind;
  reason: string;
}

export interface GuardRecord {
  /** false: the --no-guard ablation (nothing checked). */
  enabled: boolean;
  confirm: string;
  events: GuardEvent[];
}
