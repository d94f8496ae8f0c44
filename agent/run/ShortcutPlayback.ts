/**
 * Replaying stored shortcuts within a run: which subgoal's shortcut is being
 * replayed, which subgoals already had their try (a shortcut gets one per
 * subgoal, and only from the subgoal's start), which replays are still sound
 * and which failed (the mentor counts those).
 */
import type { FsmTracker, Shortcut } from '../../fsm/index.ts';
import type { FactMemory } from '../memory/FactMemory.ts';
import type { OfflinePolicy } from '../offline/index.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { Mentor } from '../roles/mentor/Mentor.ts';
import type { Executor, ExecutorDecision, Plan, VerifyOutcome } from '../roles/types.ts';
import { INTERRUPTION_CAUSES } from './runConstants.ts';
import { ShortcutReplayer } from './ShortcutReplayer.ts';

export interface ShortcutContext {
  plan: Plan | undefined;
  subgoalIndex: number;
  /** Verified actions already taken for this subgoal: a shortcut only starts from the subgoal's start. */
  subgoalActions: number;
  tracker: FsmTracker | undefined;
  /** The offline policy, when it is the executor: a shortcut must not run ahead of its clauses. */
  policy: OfflinePolicy | undefined;
  mentor: Mentor;
  executor: Executor;
  current: Perception;
  memory: FactMemory;
}

export interface ShortcutNext {
  /** The shortcut's next step, or its end (`subgoal_done`); absent: the executor decides. */
  decision?: ExecutorDecision;
  /** Set when the shortcut was abandoned: what the executor is told. */
  feedback?: string;
}

/** How recovery after a replayed step's failure ended (the part of `RecoveryRun` playback needs). */
export interface RecoveryEnd {
  recovered: boolean;
  clearOnly: boolean;
  tookEffect: boolean;
  detail: string;
}

export class ShortcutPlayback {
  /** Shortcuts that were replayed and then failed. */
  readonly failed: Shortcut[] = [];
  private replayer: ShortcutReplayer | undefined;
  /** Per subgoal, the shortcut replayed for it and not (yet) abandoned. */
  private readonly replayOk = new Map<number, Shortcut>();
  private readonly tried = new Set<number>();
  /** A replayed step failed only by an interruption: recovery decides whether the shortcut goes on. */
  private awaitingRecovery: string | undefined;

  /** A new plan: whatever was being replayed belonged to the old one. */
  reset(): void {
    this.replayer = undefined;
    this.awaitingRecovery = undefined;
  }

  /** The shortcut replayed for a subgoal, when it was not abandoned. */
  replayedFor(index: number): Shortcut | undefined {
    return this.replayOk.get(index);
  }

  /** A stored shortcut for the current subgoal, replayed from its first step. */
  next(ctx: ShortcutContext): ShortcutNext {
    const plan = ctx.plan;
    if (!plan || !ctx.tracker || ctx.subgoalIndex >= plan.subgoals.length) return {};
    // Shortcuts exist to save model calls. The offline policy makes none, and replaying a recorded
    // sequence made it worse (docs/benchmarks.md, "Retention": 44.3% -> 35.5% success, +1.4 steps per
    // run), so it reads the stored FSMs but decides each step itself. Its runs still store shortcuts,
    // for model-backed runs to reuse.
    if (ctx.policy) return {};
    if (!this.replayer || this.replayer.subgoalIndex !== ctx.subgoalIndex) {
      this.replayer = undefined;
      if (this.tried.has(ctx.subgoalIndex) || ctx.subgoalActions > 0) return {};
      this.tried.add(ctx.subgoalIndex);
      const shortcut = ctx.mentor.shortcutFor(plan.subgoals[ctx.subgoalIndex]!);
      if (!shortcut) return {};
      this.replayer = new ShortcutReplayer(shortcut, ctx.subgoalIndex, plan.subgoals[ctx.subgoalIndex]!.goal);
      this.replayOk.set(ctx.subgoalIndex, shortcut);
    }
    const r = this.replayer.next(ctx.current.screen, ctx.tracker, ctx.memory);
    if (r.kind === 'act')
      return { decision: { kind: 'act', action: r.action, subgoalIndex: ctx.subgoalIndex, source: 'shortcut' } };
    if (r.kind === 'done') {
      const index = ctx.subgoalIndex;
      this.replayer = undefined;
      ctx.executor.completeSubgoal?.(index, ctx.current, ctx.memory);
      return {
        decision: {
          kind: 'subgoal_done',
          subgoalIndex: index,
          facts: {},
          summary: 'replayed a known path',
          source: 'shortcut',
        },
      };
    }
    // A failure on the first step only means the shortcut does not apply here; later ones count against it.
    const feedback = this.abandon(r.why, !r.firstStep);
    return feedback !== undefined ? { feedback } : {};
  }

  /**
   * A replayed step was judged. `success` and `no_change` go on with the next
   * step: shortcuts keep the `no_change` steps of the path they came from (a
   * calculator's "=" changes only a text). A failure whose cause is an
   * interruption (pop-up, crash, loading) waits for recovery: the step often
   * did its work before the pop-up came. Any other failure abandons the
   * shortcut. Returns what the executor is told when it was abandoned.
   */
  stepJudged(outcome: VerifyOutcome, what: string): string | undefined {
    const replayer = this.replayer;
    if (!replayer) return undefined;
    if (outcome.verdict === 'success') {
      replayer.verified += 1;
      return undefined;
    }
    if (outcome.verdict === 'no_change') return undefined;
    const why = `step ${what} was judged ${outcome.verdict}: ${outcome.reason}`;
    if (outcome.cause !== undefined && INTERRUPTION_CAUSES.has(outcome.cause)) {
      this.awaitingRecovery = why;
      return undefined;
    }
    return this.abandon(why, true);
  }

  /**
   * Recovery after a replayed step's failure ended. The shortcut goes on only
   * when recovery just cleared the interruption and the step, judged again on
   * the screen under it, took effect; otherwise it is abandoned (and counted
   * against). Returns what the executor is told when it was abandoned.
   */
  recoveryEnded(end: RecoveryEnd): string | undefined {
    const why = this.awaitingRecovery;
    this.awaitingRecovery = undefined;
    if (why === undefined || !this.replayer) return undefined;
    if (end.recovered && end.clearOnly && end.tookEffect) {
      this.replayer.verified += 1;
      return undefined;
    }
    return this.abandon(`${why}; recovery: ${end.detail}`, true);
  }

  /** Stops the replay; returns what the executor is told (undefined: nothing was being replayed). */
  abandon(why: string, countFailure: boolean): string | undefined {
    const replayer = this.replayer;
    this.awaitingRecovery = undefined;
    if (!replayer) return undefined;
    this.replayer = undefined;
    this.replayOk.delete(replayer.subgoalIndex);
    if (countFailure) this.failed.push(replayer.shortcut);
    return `A known path for this subgoal stopped applying (${why}); continue from here.`;
  }
}
