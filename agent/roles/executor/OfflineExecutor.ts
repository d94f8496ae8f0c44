/**
 * The offline executor: the deterministic OfflinePolicy picks the action; its
 * output is validated through the same action schemas a model's would be.
 * No model is called.
 */
import { parseAction } from '../../actions/index.ts';
import type { FactMemory } from '../../memory/FactMemory.ts';
import type { OfflinePolicy } from '../../offline/index.ts';
import type { Perception } from '../../perceive/Perception.ts';
import type { Executor, ExecutorDecision, ExecutorInput } from '../types.ts';

export class OfflineExecutor implements Executor {
  constructor(private readonly policy: OfflinePolicy) {}

  async decide(input: ExecutorInput): Promise<ExecutorDecision> {
    const stateKey = input.fsm?.observed.key ?? input.current.fingerprint;
    const decision = this.policy.decide(input.current.screen, stateKey);
    this.syncMemory(input.memory);
    const subgoalIndex = Math.min(this.policy.clauseIndex, Math.max(0, input.plan.subgoals.length - 1));
    if (decision.kind === 'finish') {
      return {
        kind: 'finish',
        success: decision.success,
        ...(decision.answer ? { answer: decision.answer } : {}),
        reason: decision.reason,
        source: 'offline',
      };
    }
    const { name, input: args, reason, expected } = decision.action;
    const parsed = parseAction(name, { ...args, reason });
    if (!parsed.ok) throw parsed.error;
    return {
      kind: 'act',
      action: parsed.action,
      ...(expected ? { expectedText: expected } : {}),
      subgoalIndex,
      source: 'offline',
    };
  }

  markFailed(): void {
    this.policy.markFailed();
  }

  undoLast(): void {
    this.policy.undoLast();
  }

  noEffect(): void {
    this.policy.noEffect();
  }

  restartSubgoal(): void {
    this.policy.restartClause();
  }

  completeSubgoal(index: number, current: Perception, memory: FactMemory): void {
    this.policy.completeClause(index, current.screen);
    this.syncMemory(memory);
  }

  private syncMemory(memory: FactMemory): void {
    for (const [k, v] of this.policy.memory) memory.set(k, v);
  }
}
