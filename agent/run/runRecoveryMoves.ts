/**
 * Recovering after a failed step, on the device: clear an interruption, flip
 * back a switch a mis-tap flipped, judge the failed action again once a
 * pop-up is gone, else roll back to the state before the failed action (or
 * the last stable one): with the FSM along its rollback plan, without it by
 * one Back checked against the screen the step started on (the only part of
 * recovery that reads the FSM is the plan). Every move is carried out,
 * verified and written as a `recovery` step. What the executor is told
 * afterwards is the session's business; this only says where the phone ended up.
 */
import type { FsmTracker, ObserveResult } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import type { RecoverInput, VerifyOutput } from '../loop/types.ts';
import type { Perception } from '../perceive/Perception.ts';
import { screenIdentity } from '../perceive/screenIdentity.ts';
import {
  flipBackMove,
  interruptionMove,
  MAX_SEARCH_SCROLLS,
  rollbackMove,
  type RecoveryMove,
} from '../roles/recovery/recoveryAction.ts';
import type { ExecutorDecision, VerifyOutcome } from '../roles/types.ts';
import { findInterruption } from '../roles/verifier/interruptions.ts';
import type { StepRecord } from '../trajectory/types.ts';
import type { Acted } from './Acted.ts';
import { describeAction } from './describeAction.ts';
import { judgeRecoveryMove } from './judgeRecoveryMove.ts';
import { mustParseAction } from './mustParseAction.ts';
import { rejudgeFailedAction } from './rejudgeFailedAction.ts';
import { RelaunchPath } from './RelaunchPath.ts';
import { rollbackTarget } from './rollbackTarget.ts';
import { INTERRUPTION_CAUSES, KEEP_IN_PLACE_CAUSES, MAX_RECOVERY_MOVES } from './runConstants.ts';

export interface RecoveryContext {
  /** The step that failed (undefined when none acted yet). */
  failed: Acted | undefined;
  tracker: FsmTracker | undefined;
  task: string;
  subgoalIndex: number;
  /** The session's screen and FSM state, which every move changes. */
  current(): Perception;
  observed(): ObserveResult | undefined;
  steps(): number;
  checkAbort(): void;
  execute(action: Action, decision: Extract<ExecutorDecision, { kind: 'act' }>): Promise<Acted>;
  writeStep(acted: Acted, verdict: VerifyOutcome, recovery: NonNullable<StepRecord['recovery']>): void;
}

export interface RecoveryRun {
  recovered: boolean;
  detail: string;
  /** Moves carried out on the device. */
  moves: number;
  /** The moves, described. */
  path: string[];
  /** Still true at the end: only an interruption was cleared, nothing rolled back. */
  clearOnly: boolean;
  /** After clearing an interruption, the failed action turned out to have worked. */
  tookEffect: boolean;
  /** The FSM state a rollback aimed for (undefined: no FSM state known). */
  target: string | undefined;
}

export async function runRecoveryMoves(ctx: RecoveryContext, input: RecoverInput): Promise<RecoveryRun> {
  const failed = ctx.failed;
  const tracker = ctx.tracker;
  const cause = input.failure.cause;
  let clearOnly = cause !== undefined && (INTERRUPTION_CAUSES.has(cause) || KEEP_IN_PLACE_CAUSES.has(cause));
  let tookEffect = false;
  // Where this attempt's relaunch plan goes: forward moves only while the phone is on it.
  const relaunchPath = new RelaunchPath();
  // Scrolls in a row looking for the known path's element.
  let searchScrolls = 0;
  const notes: string[] = [];
  // Where the failed step started, or the stable screen under it (rollbackTarget says when and why).
  const target = rollbackTarget(failed && { screen: failed.before.screen, observed: failed.beforeObserved }, tracker);
  const path: string[] = [];
  const targetTitle =
    failed?.beforeObserved && target === failed.beforeObserved.key ? failed.beforeObserved.analysis.title : undefined;
  let moves = 0;
  let backs = 0;
  let flipped = (input.failure as VerifyOutput & { flipped?: string }).flipped;
  let outcome: { recovered: boolean; detail: string } | undefined;
  let cleared = 0;
  while (moves < MAX_RECOVERY_MOVES) {
    ctx.checkAbort();
    const screen = ctx.current().screen;
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
    if (!move && clearOnly && failed && cause !== undefined && INTERRUPTION_CAUSES.has(cause)) {
      // The interruption is gone: judge the failed action again on the screen under it.
      const again = rejudgeFailedAction(failed, {
        current: ctx.current(),
        observed: ctx.observed(),
        fsm: tracker !== undefined,
        step: ctx.steps(),
        task: ctx.task,
      });
      if (again.verdict === 'fail') {
        clearOnly = false;
        flipped = again.flipped;
        tracker?.rejectLast(again.cause === 'mistap' ? 'mistap' : 'dead_end');
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
      if (clearOnly && cause !== undefined && KEEP_IN_PLACE_CAUSES.has(cause))
        move = { kind: 'done', why: 'nothing undone: the step may have worked; the screen says what to do next' };
      else if (clearOnly) move = { kind: 'done', why: cleared > 0 ? 'the interruption is gone' : 'nothing to clear' };
      else if (!tracker)
        move = failed ? undoByBack(failed, ctx.current(), backs) : { kind: 'done', why: 'nothing to undo' };
      else if (!target) move = { kind: 'done', why: 'no stable state known to roll back to' };
      else
        move = rollbackMove(screen, tracker, target, {
          freshStart: relaunchPath.holds(tracker.current),
          searchScrolls,
        });
    }
    // The right screen is not enough when screens hold content (a conversation, a product): it must show what it showed.
    const observed = ctx.observed();
    if (
      move.kind === 'done' &&
      !clearOnly &&
      targetTitle !== undefined &&
      observed &&
      observed.analysis.title !== targetTitle
    ) {
      move = {
        kind: 'act',
        action: mustParseAction(
          'back',
          {},
          `this is ${observed.analysis.title ?? 'another item'}, not ${targetTitle}: go back and take the known path again`,
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
    if (move.action.type === 'open_app' && move.action.fresh) {
      // One fresh start per attempt: a second one means the known path from the entry does not hold.
      if (relaunchPath.started) {
        outcome = { recovered: false, detail: 'relaunching did not reach a known path to the stable state' };
        break;
      }
      relaunchPath.start();
    }
    moves += 1;
    if (move.action.type === 'back') backs += 1;
    const acted = await ctx.execute(move.action, {
      kind: 'act',
      action: move.action,
      subgoalIndex: ctx.subgoalIndex,
      source: 'framework',
    });
    // Named by what it acted on ("tap \"Not now\""), never by the screen's element id: paths become tips.
    path.push(describeAction(move.action, acted.element));
    const verdict = judgeRecoveryMove(move, acted, { fsm: tracker !== undefined, step: ctx.steps(), task: ctx.task });
    if (verdict.verdict === 'fail') tracker?.rejectLast(verdict.cause === 'mistap' ? 'mistap' : 'dead_end');
    if (purposeOf(move) === 'rollback') {
      // The end of the list (the scroll moved nothing): the element is not in it, stop looking.
      const moved = acted.after.fingerprint !== acted.before.fingerprint;
      searchScrolls = move.why !== 'rollback:scroll' ? 0 : moved ? searchScrolls + 1 : MAX_SEARCH_SCROLLS;
      relaunchPath.moved(move, acted.observed?.key);
    }
    ctx.writeStep(acted, verdict, {
      attempt: input.attempt,
      target: target ?? (tracker ? '(none)' : '(the screen before the failed step)'),
      path: [...path],
      purpose: purposeOf(move),
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

  if (outcome.recovered && findInterruption(ctx.current().screen))
    outcome = { recovered: false, detail: 'an interruption is still on screen' };
  return { ...outcome, moves, path, clearOnly, tookEffect, target };
}

/** What a recovery move is for, as the trajectory records it. */
function purposeOf(move: Extract<RecoveryMove, { kind: 'act' }>): 'interruption' | 'flip_back' | 'rollback' {
  if (move.why === 'mistap') return 'flip_back';
  if (move.why === 'loading' || move.why === 'popup' || move.why === 'crash' || move.why === 'network')
    return 'interruption';
  return 'rollback';
}

/**
 * Undoing without the FSM: one Back, then the screen must be the one the
 * failed step started on (same structure and title). Nothing learnt is read.
 */
function undoByBack(failed: Acted, now: Perception, backs: number): RecoveryMove {
  const was = screenIdentity(failed.before);
  const is = screenIdentity(now);
  if (is.key === was.key && is.title === was.title)
    return { kind: 'done', why: 'back on the screen the step started on' };
  if (backs >= 1) return { kind: 'stuck', why: 'one Back did not bring back the screen the step started on' };
  return {
    kind: 'act',
    action: mustParseAction('back', {}, 'undo the failed step: back to the screen it started on'),
    why: 'undo:back',
  };
}
