/** The offline planner: the task's clauses are the subgoals (agent/offline/parseClauses). */
import type { OfflinePolicy } from '../../offline/index.ts';
import { whyNotUnderstood } from '../../offline/understandTask.ts';
import type { Plan, PlanInput, Planner } from '../types.ts';
import { TaskNotUnderstoodError } from './TaskNotUnderstoodError.ts';

export class OfflinePlanner implements Planner {
  constructor(private readonly policy: OfflinePolicy) {}

  async plan(input: PlanInput): Promise<Plan> {
    // A re-plan keeps the clauses: the policy is deterministic and would split the task the same way.
    const clauses =
      input.previous && this.policy.subgoals.length > 0 ? this.policy.subgoals : this.policy.plan(input.apps);
    const why = whyNotUnderstood(clauses);
    if (why) throw new TaskNotUnderstoodError(why);
    return {
      subgoals: clauses.map((c) => ({ ...(c.app ? { app: c.app } : {}), goal: c.text })),
      source: 'offline',
      rationale: 'clauses of the task, split by the offline policy',
    };
  }
}
