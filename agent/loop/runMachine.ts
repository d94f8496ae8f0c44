/**
 * The agent loop as an XState 5 statechart (design steps 4-8):
 *
 *   planning -> checking -> acting -> verifying -> checking -> ...
 *                              |          '-> recovering -> checking (recovered, or retry)
 *                              |                    '-> planning (second failed recovery: re-plan)
 *                              '-> retaining -> done | failed
 *
 * `checking` is a transient state where the stop rules run on the updated
 * counters (guards see the context before a transition's own assignments,
 * so the check needs a state of its own). The context is the run's control
 * state; the work is done by the roles, invoked as promise actors through a
 * LoopDriver, so the transitions are pure and testable with a fake driver.
 */
import { assign, fromPromise, setup } from 'xstate';
import { checkStopRules, DEFAULT_LIMITS, type Limits, type StopDecision } from './stopRules.ts';
import { terminationFromError } from './terminationFromError.ts';
import type {
  ActedStep,
  ActOutput,
  LoopDriver,
  RecoverInput,
  RecoverOutput,
  Termination,
  VerifyOutput,
} from './types.ts';

export interface LoopContext {
  driver: LoopDriver;
  limits: Limits;
  /** The agent's own actions (the model's step budget). */
  steps: number;
  /** Framework moves: clearing interruptions and recovery. */
  frameworkSteps: number;
  consecutiveFailures: number;
  failedRecoveries: number;
  replans: number;
  recent: string[];
  /** Every recent agent action's fingerprint (the cycle rule). */
  actions: string[];
  pending?: ActedStep;
  failure?: VerifyOutput;
  replanReason?: string;
  termination?: Termination;
  recoveries: { detected: number; recovered: number };
  /** Subgoals in the current plan. */
  subgoals: number;
}

export interface LoopInput {
  driver: LoopDriver;
  limits?: Partial<Limits>;
}

function stopDecision(context: LoopContext): StopDecision | undefined {
  const usage = context.driver.usage();
  return checkStopRules(
    {
      steps: context.steps,
      frameworkSteps: context.frameworkSteps,
      consecutiveFailures: context.consecutiveFailures,
      recent: context.recent,
      actions: context.actions,
      replans: context.replans,
      tokens: usage.tokens,
      costUsd: usage.costUsd,
      aborted: usage.aborted,
      interrupted: usage.interrupted ?? false,
    },
    context.limits,
  );
}

export const runMachine = setup({
  types: {
    context: {} as LoopContext,
    input: {} as LoopInput,
  },
  actors: {
    plan: fromPromise<{ subgoals: number }, { driver: LoopDriver; replanReason?: string }>(({ input }) =>
      input.driver.plan(input.replanReason ? { replanReason: input.replanReason } : {}),
    ),
    act: fromPromise<ActOutput, { driver: LoopDriver }>(({ input }) => input.driver.act()),
    verify: fromPromise<VerifyOutput, { driver: LoopDriver; acted: ActedStep }>(({ input }) =>
      input.driver.verify(input.acted),
    ),
    recover: fromPromise<RecoverOutput, { driver: LoopDriver } & RecoverInput>(({ input }) =>
      input.driver.recover({ failure: input.failure, attempt: input.attempt }),
    ),
    retain: fromPromise<void, { driver: LoopDriver; termination: Termination }>(({ input }) =>
      input.driver.retain(input.termination),
    ),
  },
  guards: {
    shouldStop: ({ context }) => stopDecision(context) !== undefined,
  },
  actions: {
    assignStop: assign({
      termination: ({ context }) => {
        const d = stopDecision(context)!;
        return { reason: d.reason, detail: d.detail, success: false };
      },
    }),
    assignError: assign({ termination: (_, params: { error: unknown }) => terminationFromError(params.error) }),
  },
}).createMachine({
  id: 'maple-run',
  context: ({ input }) => ({
    driver: input.driver,
    limits: { ...DEFAULT_LIMITS, ...input.limits, budget: { ...DEFAULT_LIMITS.budget, ...input.limits?.budget } },
    steps: 0,
    frameworkSteps: 0,
    consecutiveFailures: 0,
    failedRecoveries: 0,
    replans: 0,
    recent: [],
    actions: [],
    recoveries: { detected: 0, recovered: 0 },
    subgoals: 0,
  }),
  initial: 'planning',
  states: {
    planning: {
      invoke: {
        src: 'plan',
        input: ({ context }) => ({
          driver: context.driver,
          ...(context.replanReason ? { replanReason: context.replanReason } : {}),
        }),
        onDone: {
          target: 'checking',
          actions: assign({ subgoals: ({ event }) => event.output.subgoals, replanReason: undefined }),
        },
        onError: {
          target: 'retaining',
          actions: { type: 'assignError', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
    checking: {
      always: [{ guard: 'shouldStop', target: 'retaining', actions: 'assignStop' }, { target: 'acting' }],
    },
    acting: {
      invoke: {
        src: 'act',
        input: ({ context }) => ({ driver: context.driver }),
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'finish',
            target: 'retaining',
            actions: assign({
              termination: ({ event }) => {
                const o = event.output as Extract<ActOutput, { kind: 'finish' }>;
                return {
                  reason: o.unverified ? 'unverified' : 'finished',
                  detail: o.reason,
                  success: o.success,
                  ...(o.answer !== undefined ? { answer: o.answer } : {}),
                };
              },
            }),
          },
          {
            guard: ({ event }) => event.output.kind === 'acted',
            target: 'verifying',
            actions: assign(({ context, event }) => {
              const acted = (event.output as Extract<ActOutput, { kind: 'acted' }>).acted;
              return {
                pending: acted,
                ...(acted.framework ? { frameworkSteps: context.frameworkSteps + 1 } : { steps: context.steps + 1 }),
                recent: [...context.recent, acted.fingerprint].slice(-32),
                actions: [...context.actions, acted.fingerprint].slice(-32),
              };
            }),
          },
          {
            guard: ({ event }) => event.output.kind === 'invalid',
            target: 'checking',
            actions: assign({ consecutiveFailures: ({ context }) => context.consecutiveFailures + 1 }),
          },
          { target: 'checking' },
        ],
        onError: {
          target: 'retaining',
          actions: { type: 'assignError', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
    verifying: {
      invoke: {
        src: 'verify',
        input: ({ context }) => ({ driver: context.driver, acted: context.pending! }),
        onDone: [
          {
            guard: ({ event }) => event.output.verdict === 'fail' && event.output.recoverable,
            target: 'recovering',
            actions: assign(({ context, event }) => ({
              failure: event.output,
              consecutiveFailures: context.consecutiveFailures + 1,
              frameworkSteps: context.frameworkSteps + (event.output.frameworkSteps ?? 0),
              recoveries: { ...context.recoveries, detected: context.recoveries.detected + 1 },
            })),
          },
          {
            guard: ({ event }) => event.output.verdict === 'fail',
            target: 'checking',
            actions: assign(({ context, event }) => ({
              consecutiveFailures: context.consecutiveFailures + 1,
              frameworkSteps: context.frameworkSteps + (event.output.frameworkSteps ?? 0),
            })),
          },
          {
            // A step that worked is progress: it leaves the repetition window (toggling a switch twice is not a loop).
            guard: ({ event }) => event.output.verdict === 'success',
            target: 'checking',
            actions: assign(({ context, event }) => ({
              consecutiveFailures: 0,
              failedRecoveries: 0,
              recent: context.recent.slice(0, -1),
              frameworkSteps: context.frameworkSteps + (event.output.frameworkSteps ?? 0),
            })),
          },
          {
            target: 'checking',
            actions: assign(({ context, event }) => ({
              frameworkSteps: context.frameworkSteps + (event.output.frameworkSteps ?? 0),
            })),
          },
        ],
        onError: {
          target: 'retaining',
          actions: { type: 'assignError', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
    recovering: {
      invoke: {
        src: 'recover',
        input: ({ context }) => ({
          driver: context.driver,
          failure: context.failure!,
          attempt: context.failedRecoveries + 1,
        }),
        onDone: [
          {
            guard: ({ event }) => event.output.recovered,
            target: 'checking',
            actions: assign(({ context, event }) => ({
              frameworkSteps: context.frameworkSteps + event.output.steps,
              failedRecoveries: 0,
              recoveries: { ...context.recoveries, recovered: context.recoveries.recovered + 1 },
            })),
          },
          {
            // The second failed recovery in a row: hand back to the planner.
            guard: ({ context }) => context.failedRecoveries + 1 >= 2,
            target: 'planning',
            actions: assign(({ context, event }) => ({
              frameworkSteps: context.frameworkSteps + event.output.steps,
              failedRecoveries: 0,
              replans: context.replans + 1,
              replanReason: `recovery failed twice: ${event.output.detail}`,
            })),
          },
          {
            target: 'checking',
            actions: assign(({ context, event }) => ({
              frameworkSteps: context.frameworkSteps + event.output.steps,
              failedRecoveries: context.failedRecoveries + 1,
            })),
          },
        ],
        onError: {
          target: 'retaining',
          actions: { type: 'assignError', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
    retaining: {
      invoke: {
        src: 'retain',
        input: ({ context }) => ({
          driver: context.driver,
          termination: context.termination ?? {
            reason: 'unexpected_error',
            detail: 'the loop ended without a reason',
            success: false,
          },
        }),
        onDone: [
          { guard: ({ context }) => context.termination?.success === true, target: 'done' },
          { target: 'failed' },
        ],
        onError: {
          target: 'failed',
          actions: { type: 'assignError', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
    done: { type: 'final' },
    failed: { type: 'final' },
  },
});
