/**
 * The one judge of action accuracy (benchmarks/runner/countIntendedActions.ts):
 * one test per clause — (a) reached the device without failing, (b) not
 * mis-tapped, (c) a planned step (stated intents, or the verdict for models
 * without them) or a recovery move that reached its target — plus matching.
 */
import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../../../../agent/trajectory/types.ts';
import { countIntendedActions, type TrueActionRecord } from '../../../../benchmarks/runner/index.ts';
import type { ModelIntent } from '../../../../benchmarks/runner/types.ts';

function step(index: number, t: number, extra: Partial<StepRecord> = {}): StepRecord {
  return {
    index,
    kind: 'action',
    startedAt: new Date(t).toISOString(),
    before: { package: 'p', activity: 'a', pageSource: 'x', width: 1, height: 1 },
    action: { name: 'tap', input: {} },
    verdict: 'success',
    verdictReason: '',
    modelCalls: [],
    timings: { observeMs: 0, perceiveMs: 0, fsmMs: 0, decideMs: 0, actMs: 0, verifyMs: 0 },
    ...extra,
  };
}

const recovery = (
  index: number,
  t: number,
  verdict: StepRecord['verdict'],
  afterKey: string,
  target = 'S0',
): StepRecord =>
  step(index, t, {
    kind: 'recovery',
    action: { name: 'back', input: {} },
    verdict,
    verdictReason: verdict === 'success' ? 'reached as planned' : 'the rollback plan expected S1',
    after: { package: 'p', activity: 'a', stateKey: afterKey },
    recovery: { attempt: 1, target, path: ['back'] },
  });

const rec = (at: number, extra: Partial<TrueActionRecord> = {}): TrueActionRecord => ({
  method: 'tap',
  at,
  before: 's',
  after: 't',
  ...extra,
});
const intent = (at: number, extra: Partial<ModelIntent> = {}): ModelIntent => ({
  at,
  deliberateError: false,
  ...extra,
});
const flags = (r: ReturnType<typeof countIntendedActions>): boolean[] => r.perStep.map((s) => s.intended);

describe('countIntendedActions: (a) the action reached the device and did not fail there', () => {
  it('a step with no matching device record, a device error or no valid action is not intended; waits need no record', () => {
    const steps = [
      step(0, 100),
      step(1, 200),
      step(2, 300),
      step(3, 400, { action: { name: 'wait', input: {} } }),
      step(4, 500, { action: { name: 'none', input: {} }, verdict: 'fail' }),
    ];
    // 50: setup before the first step (nobody's); nothing between 200 and 300.
    const records = [rec(50), rec(110), rec(310, { error: 'element not found' })];
    const r = countIntendedActions(steps, records);
    expect(flags(r)).toEqual([true, false, false, true, false]);
    expect(r.perStep[1]!.why).toMatch(/no device action recorded/);
    expect(r.perStep[2]!.why).toMatch(/failed on the device: element not found/);
    expect(r.perStep[4]!.why).toMatch(/no valid action/);
    expect(r.intended).toBe(2);
  });

  it('a device error is not intended even for a planned oracle step or a recovery move judged success', () => {
    const steps = [step(0, 100), recovery(1, 200, 'success', 'S0')];
    const r = countIntendedActions(steps, [rec(110, { error: 'boom' }), rec(210, { error: 'boom' })], [intent(90)]);
    expect(flags(r)).toEqual([false, false]);
  });
});

describe('countIntendedActions: (b) the device did not mis-tap it', () => {
  it("the fault log's mis-tap makes a step unintended whatever the verdict or the intent said", () => {
    const misTap = { intended: 'Display', actual: 'Sound' };
    const steps = [step(0, 100), step(1, 200), recovery(2, 300, 'success', 'S0')];
    const records = [rec(110, { misTap }), rec(210, { misTap }), rec(310, { misTap })];
    const plain = countIntendedActions(steps, records);
    expect(flags(plain)).toEqual([false, false, false]);
    expect(plain.perStep[0]!.why).toMatch(/mis-tapped: aimed at "Display", hit "Sound"/);
    expect(flags(countIntendedActions(steps, records, [intent(90), intent(190)]))).toEqual([false, false, false]);
  });
});

describe('countIntendedActions: (c) a planned step, or a recovery move that reached its target', () => {
  it('a model with intents: deliberate errors and blind moves are not intended, planned steps are, whatever the verdict', () => {
    const steps = [
      step(0, 100, { verdict: 'fail' }), // planned, performed as aimed; the verifier doubted it
      step(1, 200), // deliberate error the verifier missed
      step(2, 300, { action: { name: 'back', input: {} } }), // blind Back
      step(3, 400, { action: { name: 'home', input: {} } }), // blind Home
      step(4, 500, { action: { name: 'wait', input: {} } }), // blind wait: no device record needed, still blind
      step(5, 600),
    ];
    const records = [rec(110), rec(210), rec(310), rec(410), rec(610)];
    const intents = [
      intent(90),
      intent(190, { deliberateError: true }),
      intent(290, { blind: true }),
      intent(390, { blind: true }),
      intent(490, { blind: true }),
      intent(590),
    ];
    const r = countIntendedActions(steps, records, intents);
    expect(flags(r)).toEqual([true, false, false, false, false, true]);
    expect(r.perStep[1]!.why).toMatch(/on purpose/);
    expect(r.perStep[2]!.why).toMatch(/blind move/);
  });

  it('a model without intents: a non-recovery step counts unless its verdict is fail', () => {
    const steps = [
      step(0, 100),
      step(1, 200, { verdict: 'no_change' }),
      step(2, 300, { verdict: 'fail', verdictReason: 'mis-grounded' }),
    ];
    const r = countIntendedActions(steps, [rec(110), rec(210), rec(310)]);
    expect(flags(r)).toEqual([true, true, false]);
    expect(r.perStep[2]!.why).toMatch(/no stated intents: the step was judged fail \(mis-grounded\)/);
  });

  it('a recovery move counts when its verdict is success or it reached the rollback target, for every model', () => {
    const steps = [
      recovery(0, 100, 'success', 'S1'), // reached where the rollback plan expected (an intermediate state)
      recovery(1, 200, 'fail', 'S0'), // judged fail by a stale plan, but the observation after it IS the target
      recovery(2, 300, 'fail', 'S7'), // missed: neither
      recovery(3, 400, 'no_change', 'S5'), // Back that changed nothing
    ];
    const records = [rec(110), rec(210), rec(310), rec(410)];
    for (const intents of [null, [intent(50, { blind: true })]]) {
      const r = countIntendedActions(steps, records, intents);
      expect(flags(r)).toEqual([true, true, false, false]);
      expect(r.perStep[2]!.why).toMatch(/missed its target/);
    }
  });

  it('the same clause holds without ground truth, the verdict standing in for (a) and (b)', () => {
    const steps = [
      step(0, 100),
      step(1, 200, { verdict: 'fail' }),
      step(2, 300, { verdict: 'no_change' }),
      recovery(3, 400, 'fail', 'S0'),
      recovery(4, 500, 'fail', 'S9'),
    ];
    expect(flags(countIntendedActions(steps, null))).toEqual([true, false, true, true, false]);
  });
});

describe('countIntendedActions: matching answers to steps', () => {
  it('each non-recovery step takes the latest untaken answer given before it started; recovery steps and refused answers take none', () => {
    const steps = [step(0, 100), recovery(1, 200, 'success', 'S0'), step(2, 300), step(3, 400)];
    const records = [rec(110), rec(210), rec(310), rec(410)];
    const intents = [
      intent(90),
      intent(150, { deliberateError: true }), // an answer the loop refused: no step of its own
      intent(290, { blind: true }),
      intent(395),
    ];
    const r = countIntendedActions(steps, records, intents);
    // Step 2 takes the blind answer at 290 (the latest before 300), not the refused one at 150.
    expect(flags(r)).toEqual([true, true, false, true]);
  });

  it('a step with no answer matched in a run with intents (a replayed shortcut) is judged by its verdict', () => {
    const steps = [step(0, 100), step(1, 200, { verdict: 'fail' }), step(2, 300)];
    const r = countIntendedActions(steps, [rec(110), rec(210), rec(310)], [intent(90)]);
    expect(flags(r)).toEqual([true, false, true]);
    expect(r.perStep[2]!.why).toMatch(/no model answer matched/);
  });
});
