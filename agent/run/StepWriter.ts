/**
 * Writing steps: numbers every step of the run, saves its observation beside
 * the trajectory, appends the record and tells the caller (the progress line).
 * The step count it keeps is the run's step count.
 */
import type { ObserveResult } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import type { AppDirectory } from '../execute/index.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { Subgoal, VerifyOutcome } from '../roles/types.ts';
import type { TrajectoryWriter } from '../trajectory/TrajectoryWriter.ts';
import type { ModelCallRecord, StepKind, StepRecord } from '../trajectory/types.ts';
import type { Acted } from './Acted.ts';
import { formatStepLine } from './formatStepLine.ts';
import { roundMs, ZERO_TIMINGS } from './stepTimings.ts';

export interface StepEvent {
  step: StepRecord;
  /** The progress line: `#3 Settings/Wi-Fi  tap "Wi-Fi" -> success`. */
  line: string;
}

export class StepWriter {
  private index = 0;

  constructor(
    private readonly writer: TrajectoryWriter,
    /** For the app labels of the progress lines. */
    private readonly apps: AppDirectory,
    private readonly onStep?: (event: StepEvent) => void,
  ) {}

  /** Steps written so far; also the index of the next one. */
  get count(): number {
    return this.index;
  }

  /** A step that acted on the device, with its verdict (an action, or a recovery move). */
  write(
    acted: Acted,
    outcome: VerifyOutcome,
    kind: StepKind,
    calls: ModelCallRecord[],
    subgoal: Subgoal | undefined,
    recovery?: StepRecord['recovery'],
  ): void {
    const index = this.index;
    const files = this.writer.saveObservation(
      index,
      acted.before.observation.pageSource,
      acted.before.observation.screenshot,
    );
    const { type, reason, expected, precondition: _pre, ...input } = acted.action as Action & Record<string, unknown>;
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
      verdictReason: `${outcome.reason}${acted.decision.source === 'skill' ? ' [skill]' : ''}`,
      ...(outcome.rule ? { verdictRule: outcome.by === 'model' ? `model (${outcome.rule})` : outcome.rule } : {}),
      ...(acted.settled && acted.settled.interruptions.length > 0
        ? { interruptions: acted.settled.interruptions.map((i) => ({ ...i })) }
        : {}),
      deviceActions: acted.deviceActions,
      ...(acted.error ? { deviceError: `${acted.error.name}: ${acted.error.message}` } : {}),
      ...(outcome.predicted !== undefined ? { predicted: outcome.predicted } : {}),
      ...(recovery ? { recovery } : {}),
      modelCalls: calls,
      timings: acted.timings,
    };
    this.append(record, acted.before.observation.package, acted.beforeObserved?.state.name);
  }

  /** An executor answer that stayed invalid: a failed step with the typed error, no device action. */
  writeInvalid(
    p: Perception,
    observed: ObserveResult | undefined,
    error: Error,
    decideMs: number,
    calls: ModelCallRecord[],
    /** The action that was refused (a guard block); absent when no valid action came. */
    refused?: StepRecord['action'],
  ): void {
    const index = this.index;
    const files = this.writer.saveObservation(index, p.observation.pageSource, p.observation.screenshot);
    const record: StepRecord = {
      index,
      kind: 'action',
      startedAt: new Date().toISOString(),
      before: {
        package: p.observation.package,
        activity: p.observation.activity,
        ...(observed ? { stateKey: observed.key, stateName: observed.state.name } : {}),
        pageSource: files.pageSource,
        ...(files.screenshot ? { screenshot: files.screenshot } : {}),
        width: p.screen.width,
        height: p.screen.height,
      },
      action: refused ?? { name: 'none', input: {}, reason: 'the model gave no valid action' },
      // Nothing reached the device (an invalid answer, or an action the guard refused): the ground truth lines up by it.
      deviceActions: 0,
      verdict: 'fail',
      verdictReason: `${error.name}: ${error.message}`,
      modelCalls: calls,
      timings: { ...ZERO_TIMINGS, decideMs: roundMs(decideMs) },
    };
    this.append(record, p.observation.package, observed?.state.name);
  }

  /** The final observation, saved beside the steps. */
  saveFinal(p: Perception | undefined): void {
    if (p) this.writer.saveObservation('final', p.observation.pageSource, p.observation.screenshot);
  }

  private append(record: StepRecord, pkg: string, stateName: string | undefined): void {
    this.writer.appendStep(record);
    this.index += 1;
    this.onStep?.({ step: record, line: formatStepLine(record, this.apps.labelOf(pkg), stateName) });
  }
}
