/** What the offline policy answers on each screen: one action to take, or the end of the task. */

export interface PolicyAction {
  name: string;
  input: Record<string, unknown>;
  reason: string;
  /** Post-condition in words, for the verifier and the trajectory. */
  expected?: string;
}

export type PolicyDecision =
  { kind: 'act'; action: PolicyAction } | { kind: 'finish'; answer?: string; success: boolean; reason: string };
