/**
 * The effects of one run, behind the LoopDriver the statechart invokes:
 * observing, asking the roles, acting on the device, verifying, recovering,
 * retaining, and writing every step to the trajectory. The statechart decides
 * what comes next; this class only does what it is asked.
 */
import type { Device } from '../../drivers/device/Device.ts';
import { elementById, isLauncherPackage } from '../../drivers/screen/index.ts';
import type { UiElement } from '../../drivers/screen/types.ts';
import type { AbstractAction, FsmTracker, ObserveResult, Shortcut } from '../../fsm/index.ts';
import { parseAction } from '../actions/index.ts';
import type { Action } from '../actions/index.ts';
import type { ModelCallLog } from '../calls/ModelCallLog.ts';
import { AppDirectory, executeAction, toAbstractAction } from '../execute/index.ts';
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
import { OfflinePolicy } from '../offline/index.ts';
import { perceive } from '../perceive/perceive.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { CompletedSubgoal, Mentor } from '../roles/mentor/Mentor.ts';
import { flipBackMove, interruptionMove, rollbackMove, type RecoveryMove } from '../roles/recovery/recoveryAction.ts';
import type {
  Executor,
  ExecutorDecision,
  FailureCause,
  HistoryLine,
  Plan,
  Planner,
  Verifier,
  VerifyOutcome,
} from '../roles/types.ts';
import { deterministicVerdict } from '../roles/verifier/deterministicVerdict.ts';
import { findInterruption } from '../roles/verifier/interruptions.ts';
import type { TrajectoryWriter } from '../trajectory/TrajectoryWriter.ts';
import type { ModelCallRecord, StepKind, StepRecord, StepTimings, Verdict } from '../trajectory/types.ts';
import { RunAbortedError } from './errors.ts';
import { ShortcutReplayer } from './ShortcutReplayer.ts';
import { formatStepLine } from './formatStepLine.ts';

export interface StepEvent {
  step: StepRecord;
  /** The progress line: `#3 Settings/Wi-Fi  tap "Wi-Fi" -> success`. */
  line: string;
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
}

/** Failure causes recovery can deal with without the FSM: something on screen to clear. */
const INTERRUPTION_CAUSES = new Set<FailureCause>(['popup', 'network', 'loading']);
const MAX_RECOVERY_MOVES = 8;
const POINTER = new Set(['tap', 'long_press', 'type']);

interface Acted extends ActedStep {
  action: Action;
  decision: Extract<ExecutorDecision, { kind: 'act' }>;
  before: Perception;
  after: Perception;
  beforeObserved?: ObserveResult;
  observed?: ObserveResult;
  netCount?: number;
  abstract?: AbstractAction;
  element?: UiElement;
  error?: Error;
  timings: StepTimings;
  startedAt: string;
}

const ZERO_TIMINGS: StepTimings = { observeMs: 0, perceiveMs: 0, fsmMs: 0, decideMs: 0, actMs: 0, verifyMs: 0 };

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export class RunSession implements LoopDriver {
  readonly memory = new FactMemory();
  readonly apps = new AppDirectory();
  currentPlan: Plan | undefined;
  subgoalIndex = 0;
  current: Perception | undefined;
  observed: ObserveResult | undefined;
  readonly completed: CompletedSubgoal[] = [];
  readonly failedShortcuts: Shortcut[] = [];
  readonly learnedTips: Array<{ app: string; text: string }> = [];
  answer: string | undefined;
  private history: HistoryLine[] = [];
  private feedback: string | undefined;
  private tips: string[] = [];
  private stepIndex = 0;
  private subgoalActions: AbstractAction[] = [];
  private subgoalStart: string | undefined;
  private subgoalFacts: string[] = [];
  private replayer: ShortcutReplayer | undefined;
  private replayOk = new Map<number, Shortcut>();
  private triedShortcut = new Set<number>();
  private lastActed: Acted | undefined;
  private readonly retriedNoChange = new Map<string, number>();
  /** The failed action's abstract form, kept until recovery says whether it took effect after all. */
  private pendingAbstract: AbstractAction | undefined;

  constructor(private readonly o: RunSessionOptions) {
    const known = o.mentor.launcherPackages();
    for (const [label, pkg] of known) this.apps.learn(label, pkg);
    this.apps.setLabels(known.map(([label]) => label));
    this.tips = o.mentor.tips();
  }

  get steps(): number {
    return this.stepIndex;
  }

  usage(): { tokens: number; costUsd: number; aborted: boolean } {
    const t = this.o.calls?.totals;
    return {
      tokens: t ? t.inputTokens + t.outputTokens : 0,
      costUsd: t?.costUsd ?? 0,
      aborted: this.o.signal?.aborted ?? false,
    };
  }

  private checkAbort(): void {
    if (this.o.signal?.aborted) throw new RunAbortedError();
  }

  private async look(): Promise<Perception> {
    return perceive(this.o.device, { screenshot: this.o.screenshots });
  }

  private learnLauncher(p: Perception): void {
    if (isLauncherPackage(p.screen.foregroundPackage)) this.apps.setLabels(OfflinePolicy.launcherLabels(p.screen));
  }

  // ---------------------------------------------------------------- planning

  async plan(input: { replanReason?: string }): Promise<{ subgoals: number }> {
    this.checkAbort();
    if (!this.current) {
      this.current = await this.look();
      this.observed = this.o.tracker?.observe(this.current.screen);
      this.learnLauncher(this.current);
      // The apps a task can name are on the launcher: look there once when none are known.
      if (this.apps.labels.length === 0 && !isLauncherPackage(this.current.screen.foregroundPackage)) {
        const acted = await this.execute(
          this.mustParse('home', {}, 'see the apps on the launcher'),
          { kind: 'act', action: this.mustParse('home', {}, ''), subgoalIndex: 0, source: 'offline' },
          0,
        );
        this.learnLauncher(acted.after);
        this.writeStep(
          acted,
          { verdict: 'success', reason: 'the launcher shows the installed apps', by: 'rules' },
          'action',
          [],
        );
      }
    }
    const t0 = performance.now();
    const plan = await this.o.planner.plan({
      task: this.o.task,
      current: this.current!,
      apps: this.apps.labels,
      tips: this.tips,
      ...(input.replanReason ? { replanReason: input.replanReason } : {}),
      ...(this.currentPlan ? { previous: this.currentPlan } : {}),
      step: this.stepIndex,
    });
    this.planMs = performance.now() - t0;
    const replanning = this.currentPlan !== undefined;
    this.currentPlan = plan;
    if (replanning && this.o.policy === undefined) {
      this.subgoalIndex = 0;
      this.feedback = `Re-planned after failed recoveries (${input.replanReason ?? ''}). Continue from the current screen.`;
    }
    if (!replanning) this.subgoalStart = this.observed?.key;
    this.replayer = undefined;
    return { subgoals: plan.subgoals.length };
  }

  private planMs = 0;

  private mustParse(name: string, input: Record<string, unknown>, reason: string): Action {
    const r = parseAction(name, { ...input, reason });
    if (!r.ok) throw r.error;
    return r.action;
  }

  // ------------------------------------------------------------------ acting

  private completeSubgoal(index: number, via: 'executor' | 'shortcut'): void {
    const subgoal = this.currentPlan?.subgoals[index];
    if (!subgoal || this.completed.some((c) => c.index === index)) return;
    const actions = [
      ...this.subgoalActions,
      ...this.subgoalFacts.map((name): AbstractAction => ({ kind: 'wait', label: `fact:${name}` })),
    ];
    const replayed = this.replayOk.get(index);
    this.completed.push({
      index,
      subgoal,
      app: this.current?.screen.foregroundPackage ?? '',
      actions,
      ...(this.subgoalStart ? { startState: this.subgoalStart } : {}),
      ...(this.observed ? { endState: this.observed.key } : {}),
      ...(replayed ? { replayed: { shortcut: replayed, ok: via === 'shortcut' } } : {}),
    });
    this.subgoalActions = [];
    this.subgoalFacts = [];
    this.subgoalStart = this.observed?.key;
  }

  private advanceTo(index: number): void {
    while (this.subgoalIndex < index) {
      this.completeSubgoal(this.subgoalIndex, 'executor');
      this.subgoalIndex += 1;
    }
  }

  /** A stored shortcut for the current subgoal, replayed from its first step. */
  private shortcutStep(): ExecutorDecision | undefined {
    const plan = this.currentPlan;
    if (!plan || !this.o.tracker || this.subgoalIndex >= plan.subgoals.length) return undefined;
    if (this.o.policy && this.o.policy.clauseIndex !== this.subgoalIndex) return undefined;
    if (!this.replayer || this.replayer.subgoalIndex !== this.subgoalIndex) {
      this.replayer = undefined;
      if (this.triedShortcut.has(this.subgoalIndex) || this.subgoalActions.length > 0) return undefined;
      this.triedShortcut.add(this.subgoalIndex);
      const shortcut = this.o.mentor.shortcutFor(plan.subgoals[this.subgoalIndex]!);
      if (!shortcut) return undefined;
      this.replayer = new ShortcutReplayer(shortcut, this.subgoalIndex, plan.subgoals[this.subgoalIndex]!.goal);
      this.replayOk.set(this.subgoalIndex, shortcut);
    }
    const r = this.replayer.next(this.current!.screen, this.o.tracker, this.memory);
    if (r.kind === 'act') return { kind: 'act', action: r.action, subgoalIndex: this.subgoalIndex, source: 'shortcut' };
    if (r.kind === 'done') {
      const index = this.subgoalIndex;
      this.replayer = undefined;
      this.o.executor.completeSubgoal?.(index, this.current!, this.memory);
      return {
        kind: 'subgoal_done',
        subgoalIndex: index,
        facts: {},
        summary: 'replayed a known path',
        source: 'shortcut',
      };
    }
    this.abandonShortcut(r.why, !r.firstStep);
    return undefined;
  }

  private abandonShortcut(why: string, countFailure: boolean): void {
    const replayer = this.replayer;
    if (!replayer) return;
    this.replayer = undefined;
    this.replayOk.delete(replayer.subgoalIndex);
    if (countFailure) this.failedShortcuts.push(replayer.shortcut);
    this.feedback = `A known path for this subgoal stopped applying (${why}); continue from here.`;
  }

  async act(): Promise<ActOutput> {
    this.checkAbort();
    const plan = this.currentPlan!;
    const t0 = performance.now();
    let decision: ExecutorDecision | undefined = this.shortcutStep();
    if (!decision) {
      try {
        decision = await this.o.executor.decide({
          task: this.o.task,
          plan,
          subgoalIndex: this.subgoalIndex,
          current: this.current!,
          ...(this.o.tracker && this.observed ? { fsm: { tracker: this.o.tracker, observed: this.observed } } : {}),
          memory: this.memory,
          history: this.history.slice(-8),
          tips: this.tips,
          ...(this.feedback ? { feedback: this.feedback } : {}),
          step: this.stepIndex,
        });
      } catch (error) {
        if (error instanceof ModelOutputError || (error as Error).name === 'ValidationError') {
          this.writeInvalidStep(error as Error, performance.now() - t0);
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
      if (
        decision.subgoalIndex >= plan.subgoals.length ||
        this.completed.some((c) => c.index === decision.subgoalIndex)
      ) {
        // Saying "done" again changes nothing on the device; without this the loop would never reach a stop rule.
        this.feedback =
          'Every subgoal of the plan is already done: call finish (or act if something is still missing).';
        return { kind: 'invalid', reason: 'subgoal_done for a subgoal that is already done' };
      }
      for (const [name, value] of Object.entries(decision.facts)) {
        this.memory.set(name, value);
        this.subgoalFacts.push(name);
      }
      const index = decision.subgoalIndex;
      this.subgoalIndex = Math.max(this.subgoalIndex, index);
      this.completeSubgoal(index, decision.source === 'shortcut' ? 'shortcut' : 'executor');
      this.subgoalIndex = index + 1;
      this.history.push({
        step: this.stepIndex,
        action: `subgoal_done ${index + 1}`,
        verdict: 'success',
        note: decision.summary ?? 'subgoal complete',
      });
      // The last subgoal done by a verified shortcut: the plan is complete, no model call is needed to say so.
      if (decision.source === 'shortcut' && !this.o.policy && this.subgoalIndex >= plan.subgoals.length) {
        const facts = this.memory.entries();
        const answer = facts[facts.length - 1]?.[1];
        return {
          kind: 'finish',
          success: true,
          ...(answer ? { answer } : {}),
          reason: 'every subgoal is done (the last by a verified shortcut)',
        };
      }
      return { kind: 'subgoal_done', subgoalIndex: index };
    }
    if (decision.kind === 'finish') {
      if (decision.success) this.advanceTo(plan.subgoals.length);
      if (decision.answer) this.answer = decision.answer;
      return {
        kind: 'finish',
        success: decision.success,
        ...(decision.answer ? { answer: decision.answer } : {}),
        reason: decision.reason,
      };
    }
    if (decision.source === 'offline') this.advanceTo(decision.subgoalIndex);
    const acted = await this.execute(decision.action, decision, decideMs);
    return { kind: 'acted', acted };
  }

  /** Carries out an action and observes its outcome (design steps 5, 1-3); no verdict yet. */
  private async execute(
    raw: Action,
    decision: Extract<ExecutorDecision, { kind: 'act' }>,
    decideMs: number,
  ): Promise<Acted> {
    const startedAt = new Date().toISOString();
    const before = this.current!;
    const action = raw.type === 'type' ? { ...raw, text: this.memory.fill(raw.text) } : raw;
    const tracker = this.o.tracker;
    const abstract = tracker ? toAbstractAction(action, tracker, this.apps, this.memory) : undefined;
    const prediction = tracker && abstract ? tracker.predict(abstract) : undefined;
    // A prediction for a row of a list (or an icon of a grid) holds for the row it was learnt on only.
    const sameRow = !abstract?.target?.startsWith('item:') || prediction?.transition.action.label === abstract.label;
    const netCount = prediction
      ? sameRow
        ? prediction.transition.count - prediction.transition.failures
        : 0
      : undefined;
    const t0 = performance.now();
    const aimed = (action as { element?: string }).element;
    let element: UiElement | undefined = aimed ? elementById(before.screen, aimed) : undefined;
    let error: Error | undefined;
    try {
      const r = await executeAction(this.o.device, action, before.screen, this.apps);
      element = r.element ?? element;
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    const actMs = performance.now() - t0;
    const after = await this.look();
    this.learnLauncher(after);
    const t1 = performance.now();
    const beforeObserved = this.observed;
    const observed = tracker?.observe(after.screen, abstract);
    const fsmMs = performance.now() - t1;
    this.current = after;
    this.observed = observed;
    const acted: Acted = {
      fingerprint: `${before.fingerprint}|${JSON.stringify({ ...action, reason: undefined, expected: undefined, precondition: undefined })}`,
      action,
      decision,
      before,
      after,
      ...(beforeObserved ? { beforeObserved } : {}),
      ...(observed ? { observed } : {}),
      ...(netCount !== undefined ? { netCount } : {}),
      ...(abstract ? { abstract } : {}),
      ...(element ? { element } : {}),
      ...(error ? { error } : {}),
      timings: {
        observeMs: round(after.observeMs),
        perceiveMs: round(after.perceiveMs),
        fsmMs: round(fsmMs),
        decideMs: round(decideMs),
        actMs: round(actMs),
        verifyMs: 0,
      },
      startedAt,
    };
    this.lastActed = acted;
    return acted;
  }

  /** Which package a launcher icon (or open_app by name) opens: learnt by watching a verified step. */
  private learnApp(acted: Acted, now: Perception): void {
    if (isLauncherPackage(now.screen.foregroundPackage)) return;
    if (acted.element && isLauncherPackage(acted.before.screen.foregroundPackage) && acted.element.label)
      this.apps.learn(acted.element.label, now.screen.foregroundPackage);
    if (acted.action.type === 'open_app' && acted.action.app)
      this.apps.learn(acted.action.app, now.screen.foregroundPackage);
  }

  // --------------------------------------------------------------- verifying

  async verify(step: ActedStep): Promise<VerifyOutput> {
    const acted = step as Acted;
    const t0 = performance.now();
    const subgoal =
      this.currentPlan?.subgoals[Math.min(this.subgoalIndex, (this.currentPlan?.subgoals.length ?? 1) - 1)];
    const input = {
      action: acted.action,
      ...(acted.decision.expectedText ? { expectedText: acted.decision.expectedText } : {}),
      before: acted.before,
      after: acted.after,
      ...(acted.error ? { error: acted.error } : {}),
      ...(acted.observed
        ? {
            fsm: {
              ...(acted.beforeObserved ? { before: acted.beforeObserved } : {}),
              after: acted.observed,
              ...(acted.netCount !== undefined ? { netCount: acted.netCount } : {}),
            },
          }
        : {}),
      step: this.stepIndex,
      task: this.o.task,
      ...(subgoal ? { subgoal } : {}),
    };
    const rules = deterministicVerdict(input, { fsm: this.o.tracker !== undefined });
    let outcome: VerifyOutcome;
    if (rules.verdict === 'undecided') {
      try {
        const judged = await this.o.verifier.judge(input);
        outcome = {
          verdict: judged.verdict,
          reason: `${judged.reason} (${rules.reason})`,
          by: 'model',
          ...(judged.verdict === 'fail' ? { cause: 'model' as const } : {}),
        };
      } catch (error) {
        if (!(error instanceof ModelOutputError)) throw error;
        outcome = {
          verdict: 'success',
          reason: `the verifier's answer was invalid; nothing else contradicts the action (${rules.reason})`,
          by: 'rules',
        };
      }
    } else {
      outcome = rules;
    }
    acted.timings.verifyMs = round(performance.now() - t0);
    if (outcome.verdict === 'fail') this.o.tracker?.rejectLast();

    const calls = this.o.calls?.take() ?? [];
    this.writeStep(acted, outcome, 'action', calls);
    this.history.push({
      step: this.stepIndex,
      action: describeAction(acted.action, acted.element),
      verdict: outcome.verdict,
      note: outcome.reason,
    });

    if (acted.decision.source === 'shortcut') {
      if (outcome.verdict === 'success') {
        if (this.replayer) this.replayer.verified += 1;
      } else this.abandonShortcut(`step ${acted.action.type} was judged ${outcome.verdict}: ${outcome.reason}`, true);
    }
    this.pendingAbstract = undefined;
    if (outcome.verdict === 'success') this.learnApp(acted, acted.after);
    if (outcome.verdict === 'success' && acted.abstract) this.subgoalActions.push(acted.abstract);
    if (outcome.verdict === 'fail' && acted.abstract) this.pendingAbstract = acted.abstract;
    const retried = this.retriedNoChange.get(acted.fingerprint) ?? 0;
    if (outcome.verdict === 'no_change') this.o.executor.noEffect?.();
    if (outcome.verdict === 'no_change' && this.o.policy && POINTER.has(acted.action.type) && retried < 1) {
      // A tap that did nothing may have missed (a mis-tap onto nothing): the offline policy tries it once more.
      this.retriedNoChange.set(acted.fingerprint, retried + 1);
      this.o.executor.undoLast?.();
    }
    if (outcome.verdict === 'no_change') {
      this.feedback = `Your last action (${describeAction(acted.action, acted.element)}) changed nothing on screen; try something else.`;
    } else if (outcome.verdict === 'fail') {
      this.feedback = `Your last action (${describeAction(acted.action, acted.element)}) failed: ${outcome.reason}.`;
    }
    const recoverable =
      outcome.verdict === 'fail' &&
      ((outcome.cause !== undefined && INTERRUPTION_CAUSES.has(outcome.cause)) ||
        this.o.tracker !== undefined ||
        findInterruption(acted.after.screen) !== undefined);
    return {
      verdict: outcome.verdict,
      reason: outcome.reason,
      ...(outcome.cause ? { cause: outcome.cause } : {}),
      recoverable,
      ...(outcome.flipped ? { flipped: outcome.flipped } : {}),
    } as VerifyOutput;
  }

  // -------------------------------------------------------------- recovering

  async recover(input: RecoverInput): Promise<RecoverOutput> {
    this.checkAbort();
    const failed = this.lastActed;
    const tracker = this.o.tracker;
    const cause = input.failure.cause;
    let clearOnly = cause !== undefined && INTERRUPTION_CAUSES.has(cause);
    let tookEffect = false;
    let relaunches = 0;
    const notes: string[] = [];
    const target =
      failed?.beforeObserved && failed.beforeObserved.state.stable ? failed.beforeObserved.key : tracker?.lastStable;
    const path: string[] = [];
    const targetTitle =
      failed?.beforeObserved && target === failed.beforeObserved.key ? failed.beforeObserved.analysis.title : undefined;
    let moves = 0;
    let flipped = (input.failure as VerifyOutput & { flipped?: string }).flipped;
    let outcome: { recovered: boolean; detail: string } | undefined;
    let cleared = 0;
    while (moves < MAX_RECOVERY_MOVES) {
      this.checkAbort();
      const screen = this.current!.screen;
      let move: RecoveryMove | undefined = interruptionMove(screen);
      if (move) cleared += 1;
      if (!move && flipped && failed) {
        const was = failed.before.screen.elements.find((e) => e.id === flipped);
        const now = was
          ? screen.elements.find(
              (e) => e.flags.checkable && e.signature === was.signature && Math.abs(e.bounds.top - was.bounds.top) < 4,
            )
          : undefined;
        move = flipBackMove(screen, now?.id);
        flipped = undefined;
      }
      if (!move && clearOnly && failed) {
        // The interruption is gone: judge the failed action again on the screen under it.
        const again = this.reverify(failed);
        if (again.verdict === 'fail') {
          clearOnly = false;
          flipped = again.flipped;
          tracker?.rejectLast();
          notes.push(`after clearing it: ${again.reason}`);
          continue;
        }
        tookEffect = again.verdict === 'success';
        move = {
          kind: 'done',
          why: `the interruption is gone; the action ${tookEffect ? 'took effect' : 'had no effect'} (${again.reason})`,
        };
      }
      if (!move) {
        if (clearOnly || !tracker || !target)
          move = { kind: 'done', why: cleared > 0 ? 'the interruption is gone' : 'nothing to clear' };
        else move = rollbackMove(screen, tracker, target);
      }
      // The right screen is not enough when screens hold content (a conversation, a product): it must show what it showed.
      if (
        move.kind === 'done' &&
        !clearOnly &&
        targetTitle !== undefined &&
        this.observed &&
        this.observed.analysis.title !== targetTitle
      ) {
        move = {
          kind: 'act',
          action: this.mustParse(
            'back',
            {},
            `this is ${this.observed.analysis.title ?? 'another item'}, not ${targetTitle}: go back and take the known path again`,
          ),
          why: 'rollback:back',
        };
      }
      if (move.kind === 'done') {
        outcome = { recovered: true, detail: move.why };
        break;
      }
      if (move.kind === 'stuck') {
        outcome = { recovered: false, detail: move.why };
        break;
      }
      if (move.action.type === 'open_app' && move.plan?.strategy === 'relaunch') {
        // The Device has no terminate: a fresh start is backing out of the app, then opening it from outside.
        if (!isLauncherPackage(screen.foregroundPackage)) {
          move = {
            kind: 'act',
            action: this.mustParse('back', {}, `leave ${screen.foregroundPackage} to relaunch it fresh`),
            why: 'rollback:relaunch',
          };
        } else if (relaunches > 0) {
          outcome = { recovered: false, detail: 'relaunching did not reach a known path to the stable state' };
          break;
        } else {
          relaunches += 1;
        }
      }
      moves += 1;
      path.push(describeAction(move.action, undefined));
      const acted = await this.execute(
        move.action,
        { kind: 'act', action: move.action, subgoalIndex: this.subgoalIndex, source: 'offline' },
        0,
      );
      let verdict: VerifyOutcome;
      if (move.expectedKey && acted.observed) {
        verdict =
          acted.observed.key === move.expectedKey
            ? { verdict: 'success', reason: `reached ${move.expectedKey} as the rollback plan expected`, by: 'rules' }
            : {
                verdict: 'fail',
                reason: `the rollback plan expected ${move.expectedKey}, reached ${acted.observed.key}`,
                cause: 'unexpected_state',
                by: 'rules',
              };
      } else {
        verdict = acted.error
          ? { verdict: 'fail', reason: acted.error.message, cause: 'error', by: 'rules' }
          : acted.after.fingerprint === acted.before.fingerprint && move.action.type !== 'wait'
            ? { verdict: 'no_change', reason: 'the screen did not change', by: 'rules' }
            : { verdict: 'success', reason: `${move.why}: done`, by: 'rules' };
      }
      if (verdict.verdict === 'success' && POINTER.has(move.action.type)) {
        // Recovery taps can miss too: the same mis-tap checks as any step.
        const rules = deterministicVerdict(
          {
            action: move.action,
            before: acted.before,
            after: acted.after,
            ...(acted.observed
              ? {
                  fsm: {
                    ...(acted.beforeObserved ? { before: acted.beforeObserved } : {}),
                    after: acted.observed,
                    netCount: 0,
                  },
                }
              : {}),
            step: this.stepIndex,
            task: this.o.task,
          },
          { fsm: tracker !== undefined },
        );
        if (rules.verdict === 'fail' && rules.cause === 'mistap') verdict = rules;
      }
      if (verdict.verdict === 'fail') tracker?.rejectLast();
      this.writeStep(acted, verdict, 'recovery', this.o.calls?.take() ?? [], {
        attempt: input.attempt,
        target: target ?? '(none)',
        path: [...path],
      });
      if (verdict.verdict === 'no_change' && move.action.type === 'back') {
        outcome = {
          recovered: false,
          detail: `Back changes nothing here (${screen.foregroundPackage}): no way back to ${target ?? 'the stable state'}`,
        };
        break;
      }
    }
    if (!outcome)
      outcome = {
        recovered: false,
        detail: `not back at the stable state after ${MAX_RECOVERY_MOVES} recovery actions`,
      };
    if (notes.length > 0) outcome = { ...outcome, detail: `${outcome.detail} (${notes.join('; ')})` };

    if (outcome.recovered && findInterruption(this.current!.screen))
      outcome = { recovered: false, detail: 'an interruption is still on screen' };
    if (outcome.recovered) {
      if (tookEffect && clearOnly) {
        if (failed) this.learnApp(failed, this.current!);
        // The action did its work under the pop-up: keep it as part of the subgoal's path.
        if (this.pendingAbstract) this.subgoalActions.push(this.pendingAbstract);
        this.feedback = `A "${cause}" interruption was cleared after your last action, which had taken effect.`;
      } else {
        this.o.executor.markFailed?.();
        this.o.executor.undoLast?.();
        this.feedback = `Your last action failed (${input.failure.reason}) and the phone was rolled back (${path.join(', ') || 'nothing to undo'}). Try again or differently.`;
      }
      this.noteRecoveryTip(input.failure, path);
    } else {
      // Not back where the action started: what the executor assumed about the way here no longer holds.
      this.o.executor.markFailed?.();
      this.o.executor.undoLast?.();
      this.o.executor.restartSubgoal?.();
      this.feedback = `Your last action failed (${input.failure.reason}) and recovery could not get back (${outcome.detail}). Continue from this screen.`;
    }
    this.pendingAbstract = undefined;
    return { recovered: outcome.recovered, steps: moves, detail: outcome.detail };
  }

  /** The deterministic verdict of the failed action against the current screen (after an interruption was cleared). */
  private reverify(failed: Acted): VerifyOutcome {
    const input = {
      action: failed.action,
      before: failed.before,
      after: this.current!,
      ...(this.observed
        ? {
            fsm: {
              ...(failed.beforeObserved ? { before: failed.beforeObserved } : {}),
              after: this.observed,
              netCount: 0,
            },
          }
        : {}),
      step: this.stepIndex,
      task: this.o.task,
    };
    const v = deterministicVerdict(input, { fsm: this.o.tracker !== undefined });
    return v.verdict === 'undecided' ? { verdict: 'success', reason: v.reason, by: 'rules' } : v;
  }

  private noteRecoveryTip(failure: VerifyOutput, path: string[]): void {
    if (!failure.cause || path.length === 0) return;
    const pkg = this.lastActed?.before.screen.foregroundPackage ?? '';
    const label = this.apps.labelOf(pkg) ?? pkg;
    if (failure.cause === 'popup' || failure.cause === 'crash' || failure.cause === 'network') {
      this.learnedTips.push({
        app: pkg,
        text: `${label}: a ${failure.cause} (${failure.reason.replace(/^an interruption appeared: /, '')}) was cleared with ${path[0]}.`,
      });
    }
  }

  // --------------------------------------------------------------- retaining

  async retain(termination: Termination): Promise<void> {
    if (termination.success) this.advanceTo(this.currentPlan?.subgoals.length ?? 0);
    if (termination.answer) this.answer = termination.answer;
    for (const pkgLabel of this.apps.labels) {
      const pkg = this.apps.packageOf(pkgLabel);
      if (pkg) this.learnedTips.push({ app: '', text: `launcher: ${pkgLabel} = ${pkg}` });
    }
    this.retained = this.o.mentor.retain({
      ...(this.o.tracker ? { tracker: this.o.tracker } : {}),
      success: termination.success,
      completed: this.completed,
      failedShortcuts: this.failedShortcuts,
      tips: this.learnedTips,
    });
  }

  retained: ReturnType<Mentor['retain']> | undefined;

  // ----------------------------------------------------------------- writing

  private writeStep(
    acted: Acted,
    outcome: VerifyOutcome,
    kind: StepKind,
    calls: ModelCallRecord[],
    recovery?: StepRecord['recovery'],
  ): void {
    const index = this.stepIndex;
    const files = this.o.writer.saveObservation(
      index,
      acted.before.observation.pageSource,
      acted.before.observation.screenshot,
    );
    const { type, reason, expected, precondition: _pre, ...input } = acted.action as Action & Record<string, unknown>;
    const subgoal =
      this.currentPlan?.subgoals[Math.min(this.subgoalIndex, (this.currentPlan?.subgoals.length ?? 1) - 1)];
    const record: StepRecord = {
      index,
      kind,
      startedAt: acted.startedAt,
      ...(subgoal ? { subgoal: subgoal.goal } : {}),
      ...(subgoal?.app ? { app: subgoal.app } : {}),
      before: {
        package: acted.before.observation.package,
        activity: acted.before.observation.activity,
        ...(acted.beforeObserved
          ? { stateKey: acted.beforeObserved.key, stateName: acted.beforeObserved.state.name }
          : {}),
        pageSource: files.pageSource,
        ...(files.screenshot ? { screenshot: files.screenshot } : {}),
        width: acted.before.screen.width,
        height: acted.before.screen.height,
      },
      action: {
        name: type,
        input: input as Record<string, unknown>,
        ...(acted.element
          ? { element: { id: acted.element.id, label: acted.element.label, bounds: acted.element.bounds } }
          : {}),
        ...(typeof reason === 'string' ? { reason } : {}),
        ...(acted.decision.expectedText
          ? { expected: acted.decision.expectedText }
          : expected
            ? { expected: JSON.stringify(expected) }
            : {}),
      },
      after: {
        package: acted.after.observation.package,
        activity: acted.after.observation.activity,
        ...(acted.observed ? { stateKey: acted.observed.key } : {}),
      },
      verdict: outcome.verdict,
      verdictReason: `${outcome.reason}${acted.decision.source === 'shortcut' ? ' [shortcut]' : ''}`,
      ...(outcome.predicted !== undefined ? { predicted: outcome.predicted } : {}),
      ...(recovery ? { recovery } : {}),
      modelCalls: calls,
      timings: acted.timings,
    };
    this.o.writer.appendStep(record);
    this.stepIndex += 1;
    this.o.onStep?.({
      step: record,
      line: formatStepLine(
        record,
        this.apps.labelOf(acted.before.observation.package),
        acted.beforeObserved?.state.name,
      ),
    });
  }

  /** An executor answer that stayed invalid: a failed step with the typed error, no device action. */
  private writeInvalidStep(error: Error, decideMs: number): void {
    const p = this.current!;
    const index = this.stepIndex;
    const files = this.o.writer.saveObservation(index, p.observation.pageSource, p.observation.screenshot);
    const record: StepRecord = {
      index,
      kind: 'action',
      startedAt: new Date().toISOString(),
      before: {
        package: p.observation.package,
        activity: p.observation.activity,
        ...(this.observed ? { stateKey: this.observed.key, stateName: this.observed.state.name } : {}),
        pageSource: files.pageSource,
        ...(files.screenshot ? { screenshot: files.screenshot } : {}),
        width: p.screen.width,
        height: p.screen.height,
      },
      action: { name: 'none', input: {}, reason: 'the model gave no valid action' },
      verdict: 'fail',
      verdictReason: `${error.name}: ${error.message}`,
      modelCalls: this.o.calls?.take() ?? [],
      timings: { ...ZERO_TIMINGS, decideMs: round(decideMs) },
    };
    this.o.writer.appendStep(record);
    this.stepIndex += 1;
    this.o.onStep?.({
      step: record,
      line: formatStepLine(record, this.apps.labelOf(p.observation.package), this.observed?.state.name),
    });
  }

  /** The final observation, saved beside the steps. */
  saveFinal(): void {
    const p = this.current;
    if (p) this.o.writer.saveObservation('final', p.observation.pageSource, p.observation.screenshot);
  }
}

export function describeAction(action: Action, element: UiElement | undefined): string {
  const a = action as Action & Record<string, unknown>;
  const label = element?.label ? ` "${element.label}"` : a.element ? ` ${String(a.element)}` : '';
  switch (action.type) {
    case 'type':
      return `type "${action.text}"${label ? ` into${label}` : ''}${action.submit ? ' + enter' : ''}`;
    case 'open_app':
      return `open_app ${action.app ?? action.package}`;
    case 'scroll':
    case 'swipe':
      return `${action.type} ${action.direction ?? ''}`.trim();
    case 'wait':
      return `wait ${action.ms}ms`;
    default:
      return `${action.type}${label}`;
  }
}

export type { Verdict };
