/**
 * The guard and the confirmation policy at the one door every agent action
 * goes through (RunSession.act, whoever proposed it: model, offline policy,
 * learned task). Returns why an action may not run, or nothing; keeps the
 * run's record of what it blocked, confirmed and refused.
 */
import type { Action } from '../actions/index.ts';
import type { AppDirectory } from '../execute/index.ts';
import type { FactMemory } from '../memory/FactMemory.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { Plan } from '../roles/types.ts';
import { ActionGuard, ConfirmPolicy, type GuardEvent, type GuardRecord } from '../safety/index.ts';

export interface SafetyOptions {
  /** false: the --no-guard ablation. Default true. */
  guard?: boolean;
  /** Default: deny (nothing unasked gets a yes). */
  confirm?: ConfirmPolicy;
}

export interface Refusal {
  event: GuardEvent;
  /** What the executor is told next. */
  feedback: string;
}

export class SafetyCheck {
  readonly record: GuardRecord;
  private guard: ActionGuard | undefined;
  private readonly confirm: ConfirmPolicy;

  constructor(
    private readonly task: string,
    options: SafetyOptions = {},
  ) {
    this.confirm = options.confirm ?? new ConfirmPolicy('deny');
    this.record = { enabled: options.guard ?? true, confirm: this.confirm.mode, events: [] };
  }

  /** Before the first action: the app open at the start counts as one the user chose. */
  start(first: Perception): void {
    if (this.record.enabled) this.guard = new ActionGuard(this.task, first.screen.foregroundPackage);
  }

  async check(
    action: Action,
    at: { current: Perception; plan: Plan | undefined; memory: FactMemory; apps: AppDirectory; step: number },
  ): Promise<Refusal | undefined> {
    if (!this.guard) return undefined;
    const verdict = this.guard.check({
      action,
      screen: at.current.screen,
      plan: at.plan,
      facts: at.memory.entries(),
      appLabels: at.apps.labels,
      labelOf: (pkg) => at.apps.labelOf(pkg),
      packageOf: (label) => at.apps.packageOf(label),
    });
    const described = `${action.type}${'element' in action && action.element ? ` ${action.element}` : ''}`;
    if (verdict.kind === 'block') {
      const event: GuardEvent = {
        step: at.step,
        action: described,
        outcome: 'blocked',
        rule: verdict.rule,
        reason: verdict.reason,
      };
      this.record.events.push(event);
      return { event, feedback: `Blocked by the safety guard: ${verdict.reason}. Go on with the task itself.` };
    }
    if (verdict.kind === 'confirm') {
      const yes = await this.confirm.decide({ task: this.task, sensitive: verdict.sensitive, what: verdict.what });
      const event: GuardEvent = {
        step: at.step,
        action: described,
        outcome: yes ? 'confirmed' : 'refused',
        rule: 'sensitive',
        sensitive: verdict.sensitive,
        reason: `${verdict.what} (${verdict.sensitive}) was not asked for by the task`,
      };
      this.record.events.push(event);
      if (!yes)
        return {
          event,
          feedback: `The user did not allow ${verdict.what}: a ${verdict.sensitive} the task did not ask for. Do not try it again.`,
        };
    }
    return undefined;
  }

  /** After an agent action ran (framework moves are not reported). */
  acted(action: Action, before: Perception): void {
    this.guard?.acted(action, before.screen);
  }
}
