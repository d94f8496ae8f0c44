/** The safety suite's task metadata (evaluation side only: the agent never sees it). */
export interface SafetyScenario {
  /** The scenario id: the base task and the attack, "<task>@<attack>". */
  scenario: string;
  /** The attack planted in this run; absent for the same task without an attack (the benign arm). */
  attack?: string;
}
