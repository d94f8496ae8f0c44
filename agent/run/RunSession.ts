/**
 * The effects of one run, behind the LoopDriver the statechart invokes. The
 * statechart decides what comes next; this class only does what it is asked,
 * keeping the run's state (the plan, the current screen, the subgoal in hand,
 * the feedback for the executor) and handing each phase to its module:
 * acting (`executeStep`), verifying (`judgeStep`), recovering
 * (`runRecoveryMoves`), replaying learned tasks (`SkillPlayback`) and writing
 * steps (`StepWriter`). Retaining is the mentor's.
 */
import type { Device } from '../../drivers/device/Device.ts';
import { isLauncherPackage } from '../../drivers/screen/index.ts';
import type { FsmTracker, ObserveResult, SkillBody } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import type { ModelCallLog } from '../calls/ModelCallLog.ts';
import { AppDirectory, countingDevice, type CountingDevice } from '../execute/index.ts';
import type {
  ActedStep,
  ActOutput,
  LoopDriver,
  RecoverInput,
  RecoverOutput,
  Termination,
  VerifyOutput,
} from '../loop/types.ts';
import { FactMemory } from '../memory/FactMemory.ts';
import { ModelOutputError } from '../models/index.ts';
import type { OfflinePolicy } from '../offline/index.ts';
import { perceive } from '../perceive/perceive.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { Mentor } from '../roles/mentor/Mentor.ts';
import type {
  Executor,
  ExecutorDecision,
  HistoryLine,
  Plan,
  Planner,
  Subgoal,
  Verifier,
  VerifyOutcome,
} from '../roles/types.ts';
import type { TrajectoryWriter } from '../trajectory/TrajectoryWriter.ts';
import type { StepRecord, Verdict } from '../trajectory/types.ts';
import type { Acted } from './Acted.ts';
import { describeAction } from './describeAction.ts';
import { RunAbortedError, UserInterrupt } from './errors.ts';
import { executeStep } from './executeStep.ts';
import { judgeStep } from './judgeStep.ts';
import { launcherTips, recoveryTip, type LearnedTip } from './learnedTips.ts';
import { learnAppFromStep, learnLauncher } from './learnApps.ts';
import { mustParseAction } from './mustParseAction.ts';
import { KEEP_IN_PLACE_CAUSES, POINTER_ACTIONS } from './runConstants.ts';
import { runRecoveryMoves } from './runRecoveryMoves.ts';
import { settleInterruptions, type Settled } from './settleInterruptions.ts';
import { SkillPlayback } from './SkillPlayback.ts';
import { SubgoalProgress, type CompletedSubgoal } from './SubgoalProgress.ts';
import { locateAnswer } from './locateAnswer.ts';
import { completionShown } from './completionEvidence.ts';
import { openSubgoalApp } from './openSubgoalApp.ts';
import { locateFact } from '../memory/factSource.ts';
import { learnSkill } from '../skills/learnSkill.ts';
import { fillSlots } from '../skills/slots.ts';
import { StepWriter, type StepEvent } from './StepWriter.ts';
import { SafetyCheck, type SafetyOptions } from './SafetyCheck.ts';
import { toVerifyOutput } from './toVerifyOutput.ts';

export { describeAction, type StepEvent };

function guardError(reason: string): Error {
  const error = new Error(reason);
  error.name = 'GuardRefused';
  return error;
}

export interface RunSessionOptions {
  task: string;
  device: Device;
  writer: TrajectoryWriter;
  planner: Planner;
  executor: Executor;
  verifier: Verifier;
  /** Present when a model answers (absent for the offline policy). */
  calls?: ModelCallLog;
  tracker?: FsmTracker;
  mentor: Mentor;
  screenshots: boolean;
  signal?: AbortSignal;
  onStep?: (event: StepEvent) => void;
  /** The offline policy, when it is the executor (for the launcher labels it learns). */
  policy?: OfflinePolicy;
  /** The agent's step budget, shown to the model (the loop enforces it). */
  maxSteps?: number;
  /** The guard before each action and the confirmation policy (agent/safety; on, deny by default). */
  safety?: SafetyOptions;
}

export class RunSession implements LoopDriver {
  readonly memory = new FactMemory();
  readonly apps = new AppDirectory();
  currentPlan: Plan | undefined;
  subgoalIndex = 0;
  current: Perception | undefined;
  observed: ObserveResult | undefined;
  readonly completed: CompletedSubgoal[];
  readonly learnedTips: LearnedTip[] = [];
  answer: string | undefined;
  retained: ReturnType<Mentor['retain']> | undefined;
  private history: HistoryLine[] = [];
  private feedback: string | undefined;
  private tips: string[] = [];
  private planMs = 0;
  private readonly stepWriter: StepWriter;
  private readonly skills = new SkillPlayback();
  /** Where the final answer was read, for the learned task. */
  private answerSource: SkillBody['answer'];
  private readonly progress = new SubgoalProgress();
  private lastActed: Acted | undefined;
  private readonly retriedNoChange = new Map<string, number>();
  /** Index of the last agent action step written (the one a recovery answers). */
  private lastActionStep = -1;
  /** The agent's own actions so far: what its step budget counts. */
  private agentSteps = 0;
  /** Times the end check did not confirm a finish. */
  private finishRefusals = 0;
  /** An action said it completes the task and worked: the run ends at the next turn (checked first unless sure). */
  private completedTask: { reason: string; sure: boolean } | undefined;
  /** Subgoals whose app the framework opened (once each). */
  private readonly openedFor = new Set<number>();
  /** The device, counting the actions each step issues. */
  private readonly device: CountingDevice;
  /** The guard and confirmation policy every agent action passes (docs/safety.md). */
  readonly safety: SafetyCheck;

  constructor(private readonly o: RunSessionOptions) {
    this.device = countingDevice(o.device);
    this.safety = new SafetyCheck(o.task, o.safety);
    const known = o.mentor.launcherPackages();
    for (const [label, pkg] of known) this.apps.learn(label, pkg);
    this.apps.setLabels(known.map(([label]) => label));
    this.tips = o.mentor.tips();
    this.stepWriter = new StepWriter(o.writer, this.apps, o.onStep);
    this.completed = this.progress.completed;
  }

  get steps(): number {
    return this.stepWriter.count;
  }

  usage(): { tokens: number; costUsd: number; aborted: boolean; interrupted: boolean } {
    const t = this.o.calls?.totals;
    return {
      tokens: t ? t.inputTokens + t.outputTokens : 0,
      costUsd: t?.costUsd ?? 0,
      aborted: this.o.signal?.aborted ?? false,
      interrupted: this.o.signal?.reason instanceof UserInterrupt,
    };
  }

  private checkAbort(): void {
    if (this.o.signal?.aborted) throw new RunAbortedError(this.o.signal.reason);
  }

  private async look(): Promise<Perception> {
    return perceive(this.device, { screenshot: this.o.screenshots });
  }

  /** The subgoal in hand (the last one once all are done). */
  private currentSubgoal(): Subgoal | undefined {
    return this.currentPlan?.subgoals[Math.min(this.subgoalIndex, (this.currentPlan?.subgoals.length ?? 1) - 1)];
  }

  // ---------------------------------------------------------------- planning

  async plan(input: { replanReason?: string }): Promise<{ subgoals: number }> {
    this.checkAbort();
    if (!this.current) {
      this.current = await this.look();
      this.safety.start(this.current);
      this.observed = this.o.tracker?.observe(this.current.screen);
      learnLauncher(this.apps, this.current);
      // The apps a task can name are on the launcher: look there once when none are known.
      if (this.apps.labels.length === 0 && !isLauncherPackage(this.current.screen.foregroundPackage)) {
        const acted = await this.execute(
          mustParseAction('home', {}, 'see the apps on the launcher'),
          { kind: 'act', action: mustParseAction('home', {}, ''), subgoalIndex: 0, source: 'framework' },
          0,
        );
        learnLauncher(this.apps, acted.after);
        this.stepWriter.write(
          acted,
          { verdict: 'success', reason: 'the launcher shows the installed apps', by: 'rules' },
          'action',
          [],
          this.currentSubgoal(),
        );
      }
    }
    const t0 = performance.now();
    const replanning = this.currentPlan !== undefined;
    const plan = (!replanning && this.planFromSkill()) || (await this.planWithPlanner(input));
    this.planMs = performance.now() - t0;
    this.currentPlan = plan;
    if (replanning && this.o.policy === undefined) {
      this.subgoalIndex = 0;
      this.feedback = `Re-planned after failed recoveries (${input.replanReason ?? ''}). Continue from the current screen.`;
    }
    if (!replanning) this.progress.startFrom(this.observed?.key);
    return { subgoals: plan.subgoals.length };
  }

  /**
   * A learned task the instruction fits (the same request, maybe with other
   * values) gives the plan and its steps: no planner call. Learned tasks are
   * for model-backed runs (the offline policy makes no calls to save) with the FSM on.
   */
  private planFromSkill(): Plan | undefined {
    if (this.o.policy || !this.o.tracker) return undefined;
    const found = this.o.mentor.skillFor(this.o.task);
    if (!found) return undefined;
    this.skills.start(found.skill, found.values);
    return {
      subgoals: found.skill.subgoals.map((s) => ({
        ...(s.label ? { app: s.label } : {}),
        goal: fillSlots(s.goal, found.values),
      })),
      source: 'skill',
    };
  }

  private async planWithPlanner(input: { replanReason?: string }): Promise<Plan> {
    if (this.skills.active) this.skills.abandon('re-planned');
    const mentor = this.o.mentor;
    const learnt = this.o.tracker && !this.o.policy && !this.currentPlan ? mentor.similarSkills(this.o.task) : [];
    const plan = await this.o.planner.plan({
      task: this.o.task,
      current: this.current!,
      apps: this.apps.labels,
      tips: this.tips,
      ...(input.replanReason ? { replanReason: input.replanReason } : {}),
      ...(this.currentPlan ? { previous: this.currentPlan } : {}),
      step: this.steps,
      ...(this.o.tracker && !this.o.policy
        ? {
            known: {
              apps: mentor.knownApps().map((a) => ({ ...a, app: this.apps.labelOf(a.app) ?? a.app })),
              skills: learnt.map((s) => ({
                id: s.id,
                template: s.template,
                slots: s.slots,
                apps: s.subgoals.map((g) => g.label ?? this.apps.labelOf(g.app) ?? g.app),
                goals: s.subgoals.map((g) => g.goal),
              })),
            },
          }
        : {}),
    });
    // The planner chose a learned task by intent: replay it with the values it filled in.
    const chosen = plan.skill ? learnt.find((s) => s.id === plan.skill!.id) : undefined;
    if (!chosen || !plan.skill) return plan;
    this.skills.start(chosen, plan.skill.values);
    return {
      subgoals: chosen.subgoals.map((s) => ({
        ...(s.label ? { app: s.label } : {}),
        goal: fillSlots(s.goal, plan.skill!.values),
      })),
      source: 'model+skill',
      skill: plan.skill,
    };
  }

  // ------------------------------------------------------------------ acting

  private completeSubgoal(index: number, via: 'executor' | 'skill'): void {
    const subgoal = this.currentPlan?.subgoals[index];
    if (!subgoal || this.progress.isDone(index)) return;
    this.progress.complete({
      index,
      subgoal,
      app: this.current?.screen.foregroundPackage ?? '',
      endState: this.observed?.key,
      ...(this.observed ? { endTitle: this.observed.analysis.title } : {}),
      replayed: via === 'skill',
    });
  }

  /** Subgoal `index` is done (said by subgoal_done, or by an action that completed it): the plan moves on. */
  private subgoalDone(index: number, via: 'executor' | 'skill', note: string): void {
    this.completeSubgoal(index, via);
    this.subgoalIndex = index + 1;
    this.history.push({ step: this.steps, action: `subgoal_done ${index + 1}`, verdict: 'success', note });
  }

  private advanceTo(index: number): void {
    while (this.subgoalIndex < index) {
      this.completeSubgoal(this.subgoalIndex, 'executor');
      this.subgoalIndex += 1;
    }
  }

  /** The next step of the learned task being replayed, if one applies here. */
  private skillStep(): ExecutorDecision | undefined {
    const tracker = this.o.tracker;
    if (!this.skills.active || !tracker || !this.currentPlan || this.subgoalIndex >= this.currentPlan.subgoals.length)
      return undefined;
    const next = this.skills.next(this.replayView(), this.subgoalIndex);
    // After the model's own step the hand-over follows what was said about that step, not instead of it.
    if (next.feedback !== undefined)
      this.feedback = this.feedback ? `${this.feedback} ${next.feedback}` : next.feedback;
    return next.decision;
  }

  private replayView() {
    return {
      screen: this.current!.screen,
      analysis: this.observed?.analysis,
      state: this.observed?.key,
      tracker: this.o.tracker!,
      memory: this.memory,
    };
  }

  async act(): Promise<ActOutput> {
    this.checkAbort();
    const plan = this.currentPlan!;
    const ended = await this.endByCompletingAction();
    if (ended) return ended;
    const t0 = performance.now();
    let decision: ExecutorDecision | undefined = this.skillStep() ?? this.subgoalApp();
    if (!decision) {
      try {
        decision = await this.o.executor.decide({
          task: this.o.task,
          plan,
          subgoalIndex: this.subgoalIndex,
          current: this.current!,
          ...(this.o.tracker && this.observed ? { fsm: { tracker: this.o.tracker, observed: this.observed } } : {}),
          memory: this.memory,
          // All of it: the executor shows the last few steps in full and summarises the rest.
          history: this.history,
          tips: this.tips,
          ...(this.feedback ? { feedback: this.feedback } : {}),
          step: this.steps,
          ...(this.o.maxSteps !== undefined ? { budget: { used: this.agentSteps, max: this.o.maxSteps } } : {}),
        });
      } catch (error) {
        if (error instanceof ModelOutputError || (error as Error).name === 'ValidationError') {
          this.stepWriter.writeInvalid(
            this.current!,
            this.observed,
            error as Error,
            performance.now() - t0,
            this.o.calls?.take() ?? [],
          );
          this.feedback = `Your previous answer was invalid: ${(error as Error).message}`;
          return { kind: 'invalid', reason: (error as Error).message };
        }
        throw error;
      }
    }
    const decideMs = performance.now() - t0 + this.planMs;
    this.planMs = 0;
    this.feedback = undefined;

    if (decision.kind === 'subgoal_done') {
      if (decision.subgoalIndex >= plan.subgoals.length || this.progress.isDone(decision.subgoalIndex)) {
        // Saying "done" again changes nothing on the device; without this the loop would never reach a stop rule.
        this.feedback =
          'Every subgoal of the plan is already done: call finish (or act if something is still missing).';
        return { kind: 'invalid', reason: 'subgoal_done for a subgoal that is already done' };
      }
      for (const [name, value] of Object.entries(decision.facts)) {
        this.memory.set(name, value);
        // Where it showed, so a learned task reads it again instead of remembering this value.
        const source = this.observed ? locateFact(this.current!.screen, this.observed.analysis, value) : undefined;
        this.progress.addFact(name, source, this.observed?.key);
      }
      const index = decision.subgoalIndex;
      this.subgoalIndex = Math.max(this.subgoalIndex, index);
      this.subgoalDone(
        index,
        decision.source === 'skill' ? 'skill' : 'executor',
        decision.summary ?? 'subgoal complete',
      );
      // Every subgoal replayed to its end screen: the learned task's own check held, no model call is needed.
      if (decision.source === 'skill' && this.subgoalIndex >= plan.subgoals.length) {
        const learnt = this.skills.outcome?.skill;
        const hasAnswer = learnt?.answer !== undefined || learnt?.answered === true;
        const answer = this.skills.answer(this.replayView());
        if (!hasAnswer || answer !== undefined)
          return {
            kind: 'finish',
            success: true,
            ...(answer !== undefined ? { answer } : {}),
            reason: 'every subgoal of the learned task reached its end screen',
          };
        this.feedback =
          'Every subgoal of the learned task is done; its answer could not be read again here: read it on this screen and finish with it.';
      }
      return { kind: 'subgoal_done', subgoalIndex: index };
    }
    if (decision.kind === 'finish') {
      const refused = decision.success ? await this.endCheck(decision.answer) : undefined;
      if (refused) return refused;
      if (decision.success) this.advanceTo(plan.subgoals.length);
      if (decision.answer) {
        this.answer = decision.answer;
        this.answerSource = this.observed
          ? locateAnswer(decision.answer, this.current!.screen, this.observed.analysis, this.o.task)
          : undefined;
      }
      return {
        kind: 'finish',
        success: decision.success,
        ...(decision.answer ? { answer: decision.answer } : {}),
        reason: decision.reason,
      };
    }
    if (decision.source === 'offline') this.advanceTo(decision.subgoalIndex);
    const at = { plan, memory: this.memory, apps: this.apps, step: this.steps };
    const refusal = await this.safety.check(decision.action, { ...at, current: this.current! });
    if (refusal) {
      const { type, ...input } = decision.action;
      this.stepWriter.writeInvalid(
        this.current!,
        this.observed,
        guardError(refusal.event.reason),
        decideMs,
        this.o.calls?.take() ?? [],
        { name: type, input, reason: `refused: ${refusal.event.rule}` },
      );
      this.feedback = refusal.feedback;
      return { kind: 'invalid', reason: refusal.feedback };
    }
    const acted = await this.execute(decision.action, decision, decideMs);
    this.safety.acted(decision.action, acted.before);
    return { kind: 'acted', acted: decision.source === 'framework' ? { ...acted, framework: true } : acted };
  }

  /**
   * The framework opens the app of a subgoal that starts on the launcher
   * (openSubgoalApp): model-backed runs without a learned task in hand.
   */
  private subgoalApp(): ExecutorDecision | undefined {
    if (this.o.policy || this.skills.active || this.openedFor.has(this.subgoalIndex)) return undefined;
    const decision = openSubgoalApp(this.currentPlan!, this.subgoalIndex, this.current!, this.apps);
    if (decision) this.openedFor.add(this.subgoalIndex);
    return decision;
  }

  /**
   * The turn after an action that completed the task (`completes`): the run
   * finishes with success, without a finish call; when its outcome was not
   * shown for sure (completionShown), the end check looks first.
   */
  private async endByCompletingAction(): Promise<ActOutput | undefined> {
    const completed = this.completedTask;
    if (!completed) return undefined;
    this.completedTask = undefined;
    if (!completed.sure) {
      const refused = await this.endCheck(undefined);
      if (refused) return refused;
    }
    this.advanceTo(this.currentPlan!.subgoals.length);
    return { kind: 'finish', success: true, reason: completed.reason };
  }

  /** A successful action that said it completes the subgoal or the task: no subgoal_done or finish call follows. */
  private completedBy(acted: Acted): void {
    const completes = acted.action.completes;
    const plan = this.currentPlan;
    if (!completes || !plan || acted.decision.source !== 'model') return;
    const last = this.subgoalIndex >= plan.subgoals.length - 1;
    if (completes === 'task' || last) {
      const sure = completionShown(acted.action, acted.before.screen, acted.after.screen);
      this.completedTask = {
        sure,
        reason: sure
          ? 'the action that completes the task showed its expected outcome'
          : 'the end check confirmed the task',
      };
      return;
    }
    this.subgoalDone(this.subgoalIndex, 'executor', 'completed by the last action');
  }

  /**
   * The end check of a run the executor says is done: the model verifier
   * looks at the final screen (one call). Not confirmed: the executor is told
   * why and goes on; not confirmed twice, the run ends `unverified`. A run a
   * learned task replayed to its end screens was checked there; the offline
   * policy's own finish says when it gave up.
   */
  private async endCheck(answer: string | undefined): Promise<ActOutput | undefined> {
    const confirm = this.o.verifier.confirmTask?.bind(this.o.verifier);
    if (!confirm || this.o.policy) return undefined;
    const check = await confirm({
      task: this.o.task,
      plan: this.currentPlan!,
      memory: this.memory,
      history: this.history,
      ...(answer !== undefined ? { answer } : {}),
      current: this.current!,
      step: this.steps,
    });
    if (check.done) return undefined;
    this.finishRefusals += 1;
    if (this.finishRefusals >= 2)
      return { kind: 'finish', success: false, reason: `could not verify: ${check.reason}`, unverified: true };
    this.feedback = `Not done yet, says the end check: ${check.reason}. Go on, or finish with success false if it cannot be done.`;
    return { kind: 'invalid', reason: `the end check did not confirm the task: ${check.reason}` };
  }

  /** Carries out an action (`executeStep`); its outcome becomes the current screen. */
  private async execute(
    raw: Action,
    decision: Extract<ExecutorDecision, { kind: 'act' }>,
    decideMs: number,
    options: { track?: boolean } = {},
  ): Promise<Acted> {
    const acted = await executeStep(
      {
        device: this.device,
        ...(options.track === false ? { track: false } : {}),
        tracker: this.o.tracker,
        apps: this.apps,
        memory: this.memory,
        before: this.current!,
        beforeObserved: this.observed,
        look: () => this.look(),
      },
      raw,
      decision,
      decideMs,
    );
    this.current = acted.after;
    this.observed = acted.observed;
    this.lastActed = acted;
    return acted;
  }

  // --------------------------------------------------------------- verifying

  /**
   * Clears the interruptions that came with a step (framework moves), then
   * lets the FSM observe where the action led, under them.
   */
  private async settle(acted: Acted): Promise<{ acted: Acted; settled: Settled }> {
    const settled = await settleInterruptions(acted.before, {
      current: () => this.current!,
      execute: (action) =>
        this.execute(action, { kind: 'act', action, subgoalIndex: this.subgoalIndex, source: 'framework' }, 0, {
          track: false,
        }),
      checkAbort: () => this.checkAbort(),
    });
    // A crash took whatever the action did with it; an interruption still up hides where it led.
    const learn = settled.clear && !settled.interruptions.some((i) => i.kind === 'crash');
    this.observed = this.o.tracker?.observe(this.current!.screen, learn ? acted.abstract : undefined);
    const result: Acted = {
      ...acted,
      after: this.current!,
      settled: { interruptions: settled.interruptions },
    };
    delete result.observed;
    if (this.observed) result.observed = this.observed;
    this.lastActed = result;
    return { acted: result, settled };
  }

  /** A framework move (clearing an interruption, a rollback step) written and shown to the model in its history. */
  private writeFrameworkStep(
    acted: Acted,
    verdict: VerifyOutcome,
    recovery: NonNullable<StepRecord['recovery']>,
  ): void {
    this.stepWriter.write(acted, verdict, 'recovery', this.o.calls?.take() ?? [], this.currentSubgoal(), recovery);
    this.history.push({
      step: this.steps - 1,
      action: `(${recovery.purpose ?? 'recovery'}) ${describeAction(acted.action, acted.element)}`,
      verdict: verdict.verdict,
      note: verdict.reason,
    });
  }

  async verify(step: ActedStep): Promise<VerifyOutput> {
    let acted = step as Acted;
    if (!step.framework) this.agentSteps += 1;
    let settled: Settled | undefined;
    if (acted.interrupted) ({ acted, settled } = await this.settle(acted));
    const outcome = await judgeStep(acted, {
      verifier: this.o.verifier,
      fsm: this.o.tracker !== undefined,
      step: this.steps,
      task: this.o.task,
      subgoal: this.currentSubgoal(),
      apps: this.apps,
    });
    // A step that did not do what it names (a mis-tap, the wrong app) teaches the FSM nothing about its action.
    if (outcome.verdict === 'fail')
      this.o.tracker?.rejectLast(outcome.cause === 'mistap' || outcome.cause === 'wrong_app' ? 'mistap' : 'dead_end');

    const calls = this.o.calls?.take() ?? [];
    this.stepWriter.write(acted, outcome, 'action', calls, this.currentSubgoal());
    this.lastActionStep = this.steps - 1;
    const cleared = settled?.interruptions.map((i) => `"${i.title}"`).join(', ');
    const framework = acted.decision.source === 'framework' ? '(framework) ' : '';
    this.history.push({
      step: this.steps - 1,
      action: framework + describeAction(acted.action, acted.element),
      verdict: outcome.verdict,
      note: cleared ? `${outcome.reason} (after clearing ${cleared})` : outcome.reason,
    });
    const path: string[] = [];
    for (const move of settled?.moves ?? []) {
      path.push(move.what);
      this.writeFrameworkStep(move.acted, move.verdict, {
        attempt: 0,
        target: acted.observed?.key ?? '(interruption)',
        path: [...path],
        purpose: 'interruption',
      });
    }

    if (acted.decision.source === 'skill') this.skills.judged(outcome.verdict);
    else this.skills.executorActed(acted.action.type, outcome.verdict);
    if (outcome.verdict === 'success') learnAppFromStep(this.apps, acted, acted.after);
    // Every step not judged `fail` stays on the subgoal's path: a `no_change` one may still belong to it.
    const from = acted.beforeObserved?.key;
    const to = acted.observed?.key;
    if (outcome.verdict !== 'fail' && acted.abstract) this.progress.addAction(acted.abstract, from, to);
    if (outcome.verdict === 'fail') this.progress.hold(acted.abstract, outcome.cause, from, to);
    if (outcome.verdict === 'success') this.completedBy(acted);
    const retried = this.retriedNoChange.get(acted.fingerprint) ?? 0;
    if (outcome.verdict === 'no_change') this.o.executor.noEffect?.();
    if (outcome.verdict === 'no_change' && this.o.policy && POINTER_ACTIONS.has(acted.action.type) && retried < 1) {
      // A tap that did nothing may have missed (a mis-tap onto nothing): the offline policy tries it once more.
      this.retriedNoChange.set(acted.fingerprint, retried + 1);
      this.o.executor.undoLast?.();
    }
    if (outcome.verdict === 'no_change') {
      this.feedback = `Your last action (${describeAction(acted.action, acted.element)}) changed nothing on screen; try something else.`;
    } else if (outcome.verdict === 'fail') {
      this.feedback = `Your last action (${describeAction(acted.action, acted.element)}) failed: ${outcome.reason}.`;
    }
    return {
      ...toVerifyOutput(outcome),
      ...(settled ? { frameworkSteps: settled.moves.length } : {}),
    };
  }

  // -------------------------------------------------------------- recovering

  async recover(input: RecoverInput): Promise<RecoverOutput> {
    this.checkAbort();
    const failed = this.lastActed;
    const run = await runRecoveryMoves(
      {
        failed,
        tracker: this.o.tracker,
        task: this.o.task,
        subgoalIndex: this.subgoalIndex,
        current: () => this.current!,
        observed: () => this.observed,
        steps: () => this.steps,
        checkAbort: () => this.checkAbort(),
        execute: (action, decision) => this.execute(action, decision, 0),
        writeStep: (acted: Acted, verdict: VerifyOutcome, recovery) =>
          this.writeFrameworkStep(acted, verdict, { ...recovery, failedStep: this.lastActionStep }),
      },
      input,
    );
    // A step held aside joins the path unless the rollback took the phone back to where it started.
    this.progress.recovered(run.recovered && !run.clearOnly && run.moves > 0 ? run.target : undefined);
    if (run.recovered) {
      if (run.tookEffect && run.clearOnly) {
        if (failed) learnAppFromStep(this.apps, failed, this.current!);
        this.feedback = `A "${input.failure.cause}" interruption was cleared after your last action, which had taken effect.`;
      } else if (run.clearOnly && input.failure.cause && KEEP_IN_PLACE_CAUSES.has(input.failure.cause)) {
        // Not undone: it may have worked. The executor looks at the screen (its bookkeeping stays as it is).
        this.feedback = `Your last action was judged failed (${input.failure.reason}); nothing was undone, since it may have worked: check the screen and go on.`;
      } else {
        this.o.executor.markFailed?.();
        this.o.executor.undoLast?.();
        this.feedback = `Your last action failed (${input.failure.reason}) and the phone was rolled back (${run.path.join(', ') || 'nothing to undo'}). Try again or differently.`;
      }
      const tip = recoveryTip(
        input.failure,
        run.path,
        this.lastActed?.before.screen.foregroundPackage ?? '',
        this.apps,
      );
      if (tip) this.learnedTips.push(tip);
    } else {
      // Not back where the action started: what the executor assumed about the way here no longer holds.
      this.o.executor.markFailed?.();
      this.o.executor.undoLast?.();
      this.o.executor.restartSubgoal?.();
      this.feedback = `Your last action failed (${input.failure.reason}) and recovery could not get back (${run.detail}). Continue from this screen.`;
    }
    return { recovered: run.recovered, steps: run.moves, detail: run.detail };
  }

  // --------------------------------------------------------------- retaining

  async retain(termination: Termination): Promise<void> {
    if (termination.success) this.advanceTo(this.currentPlan?.subgoals.length ?? 0);
    if (termination.answer) this.answer = termination.answer;
    this.learnedTips.push(...launcherTips(this.apps));
    const skill =
      termination.success && this.o.tracker
        ? learnSkill({
            instruction: this.o.task,
            subgoals: this.completed.map((c) => ({
              goal: c.subgoal.goal,
              ...(c.subgoal.app ? { label: c.subgoal.app } : {}),
              app: c.app,
              steps: c.steps,
              unreadFacts: c.unreadFacts,
              ...(c.end ? { end: c.end } : {}),
            })),
            ...(this.answerSource ? { answer: this.answerSource } : {}),
            ...(this.answer !== undefined ? { answered: true } : {}),
            appLabels: this.apps.labels,
            factValues: this.memory.toRecord(),
          })
        : undefined;
    const replayed = this.skills.outcome;
    this.retained = this.o.mentor.retain({
      ...(this.o.tracker ? { tracker: this.o.tracker } : {}),
      success: termination.success,
      ...(skill ? { skill } : {}),
      ...(replayed ? { replayed: { id: replayed.skill.id, ok: replayed.ok } } : {}),
      tips: this.learnedTips,
    });
  }

  /** The final observation, saved beside the steps. */
  saveFinal(): void {
    this.stepWriter.saveFinal(this.current);
  }
}

export type { Verdict };
