/** The agent loop's statechart with a scripted driver: transitions, recovery, re-planning, stop rules, errors. */
import { describe, expect, it } from 'vitest';
import { runLoop } from '../../../agent/loop/index.ts';
import type { ActOutput, LoopDriver, RecoverOutput, Termination, VerifyOutput } from '../../../agent/loop/index.ts';

interface Script {
  acts: ActOutput[];
  verdicts?: VerifyOutput[];
  recoveries?: RecoverOutput[];
  planError?: Error;
  tokens?: number;
}

class FakeDriver implements LoopDriver {
  plans = 0;
  replanReasons: string[] = [];
  retained: Termination | undefined;
  recoverAttempts: number[] = [];
  private a = 0;
  private v = 0;
  private r = 0;
  aborted = false;
  constructor(private readonly s: Script) {}
  async plan(input: { replanReason?: string }) {
    if (this.s.planError) throw this.s.planError;
    this.plans += 1;
    if (input.replanReason) this.replanReasons.push(input.replanReason);
    return { subgoals: 2 };
  }
  async act(): Promise<ActOutput> {
    const out = this.s.acts[this.a++];
    if (!out) throw new Error('script exhausted');
    return out;
  }
  async verify(): Promise<VerifyOutput> {
    return this.s.verdicts?.[this.v++] ?? { verdict: 'success', reason: 'ok', recoverable: false };
  }
  async recover(input: { attempt: number }): Promise<RecoverOutput> {
    this.recoverAttempts.push(input.attempt);
    return this.s.recoveries?.[this.r++] ?? { recovered: true, steps: 1, detail: 'back' };
  }
  async retain(t: Termination) {
    this.retained = t;
  }
  usage() {
    return { tokens: this.s.tokens ?? 0, costUsd: 0, aborted: this.aborted };
  }
}

let n = 0;
const acted = (fp?: string): ActOutput => ({ kind: 'acted', acted: { fingerprint: fp ?? `screen${n++}|tap` } });
const finish: ActOutput = { kind: 'finish', success: true, answer: '$44.99', reason: 'done' };
const fail = (cause: VerifyOutput['cause'] = 'unexpected_state'): VerifyOutput => ({
  verdict: 'fail',
  reason: 'wrong screen',
  cause,
  recoverable: true,
});

describe('agent loop statechart', () => {
  it('plans, acts, verifies and finishes through retaining into done', async () => {
    const d = new FakeDriver({ acts: [acted(), acted(), { kind: 'subgoal_done', subgoalIndex: 0 }, finish] });
    const r = await runLoop(d);
    expect(r.finalState).toBe('done');
    // subgoal_done goes back to acting without a device action (the state list collapses repeats).
    expect(r.states).toEqual(['planning', 'acting', 'verifying', 'acting', 'verifying', 'acting', 'retaining', 'done']);
    expect(r.context.steps).toBe(2);
    expect(d.retained).toEqual({ reason: 'finished', detail: 'done', success: true, answer: '$44.99' });
  });

  it('a finish with success false ends in failed, still retaining', async () => {
    const d = new FakeDriver({ acts: [{ kind: 'finish', success: false, reason: 'impossible' }] });
    const r = await runLoop(d);
    expect(r.finalState).toBe('failed');
    expect(d.retained?.reason).toBe('finished');
  });

  it('a failed step goes to recovering, a recovered one back to acting; recovery moves are framework steps', async () => {
    const d = new FakeDriver({
      acts: [acted(), acted(), finish],
      verdicts: [fail(), { verdict: 'success', reason: 'ok', recoverable: false }],
      recoveries: [{ recovered: true, steps: 2, detail: 'back x2' }],
    });
    const r = await runLoop(d);
    expect(r.states).toContain('recovering');
    expect(r.context.recoveries).toEqual({ detected: 1, recovered: 1 });
    // The model's budget counts its own two actions; the two rollback moves are the framework's.
    expect(r.context.steps).toBe(2);
    expect(r.context.frameworkSteps).toBe(2);
    expect(r.finalState).toBe('done');
  });

  it('after two failed recoveries it hands back to the planner', async () => {
    const d = new FakeDriver({
      acts: [acted(), acted(), acted(), finish],
      verdicts: [fail(), fail(), { verdict: 'success', reason: 'ok', recoverable: false }],
      recoveries: [
        { recovered: false, steps: 1, detail: 'no path' },
        { recovered: false, steps: 1, detail: 'no path either' },
      ],
    });
    const r = await runLoop(d, { maxConsecutiveFailures: 10 });
    expect(d.recoverAttempts).toEqual([1, 2]);
    expect(d.plans).toBe(2);
    expect(d.replanReasons[0]).toContain('recovery failed twice');
    expect(r.context.replans).toBe(1);
    expect(r.finalState).toBe('done');
  });

  it('a fail that recovery cannot handle counts as a failure and goes on acting', async () => {
    const d = new FakeDriver({
      acts: [acted(), finish],
      verdicts: [{ verdict: 'fail', reason: 'x', recoverable: false }],
    });
    const r = await runLoop(d);
    expect(r.states).not.toContain('recovering');
    expect(r.finalState).toBe('done');
  });

  it('stops at the step limit with step_limit', async () => {
    const d = new FakeDriver({ acts: Array.from({ length: 10 }, () => acted()) });
    const r = await runLoop(d, { maxSteps: 3 });
    expect(r.context.steps).toBe(3);
    expect(d.retained?.reason).toBe('step_limit');
    expect(r.finalState).toBe('failed');
  });

  it('stops on the same action on the same screen three times without progress', async () => {
    const same = { verdict: 'no_change' as const, reason: 'nothing', recoverable: false };
    const d = new FakeDriver({
      acts: [acted('s|tap e1'), acted('s|tap e1'), acted('s|tap e1'), acted()],
      verdicts: [same, same, same],
    });
    const r = await runLoop(d);
    expect(d.retained?.reason).toBe('repeated_actions');
    expect(r.context.steps).toBe(3);
  });

  it('does not count repeated actions that worked (a switch toggled on and off)', async () => {
    const d = new FakeDriver({ acts: [acted('s|tap e1'), acted('s|tap e1'), acted('s|tap e1'), finish] });
    const r = await runLoop(d);
    expect(r.finalState).toBe('done');
  });

  it('stops after consecutive failures (invalid model answers count)', async () => {
    const d = new FakeDriver({
      acts: [
        { kind: 'invalid', reason: 'bad' },
        { kind: 'invalid', reason: 'bad' },
        { kind: 'invalid', reason: 'bad' },
        acted(),
      ],
    });
    const r = await runLoop(d, { maxConsecutiveFailures: 3 });
    expect(d.retained?.reason).toBe('consecutive_failures');
    expect(r.context.steps).toBe(0);
  });

  it('a success resets the consecutive failure count', async () => {
    const v = { verdict: 'fail' as const, reason: 'x', recoverable: false };
    const ok = { verdict: 'success' as const, reason: 'ok', recoverable: false };
    const d = new FakeDriver({
      acts: [acted(), acted(), acted(), acted(), acted(), finish],
      verdicts: [v, v, ok, v, v],
    });
    const r = await runLoop(d, { maxConsecutiveFailures: 3 });
    expect(r.finalState).toBe('done');
  });

  it('stops when the token budget is used up', async () => {
    const d = new FakeDriver({ acts: [acted(), acted()], tokens: 5000 });
    await runLoop(d, { budget: { maxTokens: 1000 } });
    expect(d.retained?.reason).toBe('budget_exceeded');
  });

  it('stops with timeout when aborted', async () => {
    const d = new FakeDriver({ acts: [acted(), acted(), acted()] });
    d.aborted = true;
    await runLoop(d);
    expect(d.retained?.reason).toBe('timeout');
  });

  it('an error in a role ends the run with a typed reason, not a crash', async () => {
    const apiError = Object.assign(new Error('overloaded after 4 attempts'), { name: 'ModelApiError' });
    const d = new FakeDriver({ acts: [], planError: apiError });
    const r = await runLoop(d);
    expect(r.finalState).toBe('failed');
    expect(d.retained?.reason).toBe('model_error');
    expect(d.retained?.detail).toContain('overloaded');
    const d2 = new FakeDriver({ acts: [] });
    await runLoop(d2);
    expect(d2.retained?.reason).toBe('unexpected_error');
  });
});
