import { describe, expect, it } from 'vitest';
import {
  aggregateResults,
  compareResults,
  computeTaskMetrics,
  newcombeDiff,
  wilson,
} from '../../../benchmarks/metrics/index.ts';
import { exitCodeFor, isCompletedExitCode, SpaBenchExitCode } from '../../../benchmarks/output/exitCodes.ts';
import { makeFacts, makeResult, makeTask } from './fixtures.ts';

describe('Wilson interval', () => {
  it('matches published values', () => {
    const w = wilson(8, 10);
    expect(w.rate).toBe(0.8);
    expect(w.low).toBeCloseTo(0.4902, 4);
    expect(w.high).toBeCloseTo(0.9433, 4);
    const z = wilson(0, 10);
    expect(z.low).toBe(0);
    expect(z.high).toBeCloseTo(0.2775, 4);
    expect(wilson(0, 0)).toEqual({ successes: 0, n: 0, rate: null, low: null, high: null });
  });

  it('Newcombe difference matches Newcombe (1998), example 56/70 vs 48/80', () => {
    const d = newcombeDiff(48, 80, 56, 70);
    expect(d?.diff).toBeCloseTo(0.2, 10);
    expect(d?.low).toBeCloseTo(0.0524, 3);
    expect(d?.high).toBeCloseTo(0.3339, 3);
  });
});

describe('per-task metrics', () => {
  it('computes ratios and leaves undefined ones null', () => {
    expect(computeTaskMetrics(makeFacts(), 4)).toMatchObject({
      steps: 6,
      stepRatio: 1.5,
      recoverySuccess: 0.5,
      actionAccuracy: null,
      msPerStep: 500,
    });
    expect(computeTaskMetrics(makeFacts({ steps: 0, errorsDetected: 0, errorsRecovered: 0 }), null)).toMatchObject({
      stepRatio: null,
      recoverySuccess: null,
      actionAccuracy: null,
      msPerStep: null,
    });
  });

  it('maps terminations to SPA-Bench exit codes', () => {
    expect(exitCodeFor('finished')).toBe(SpaBenchExitCode.Finished);
    expect(exitCodeFor('step_limit')).toBe(4);
    expect(exitCodeFor('repeated_actions')).toBe(2);
    expect(exitCodeFor('model_error')).toBe(3);
    expect(exitCodeFor('unexpected_error')).toBe(1);
    expect([0, 1, 2, 3, 4].map((c) => isCompletedExitCode(c as SpaBenchExitCode))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });
});

describe('aggregation', () => {
  const clock = makeTask('alarm', { apps: ['Clock'], difficulty: 1 });
  const cross = makeTask('share', { apps: ['Notes', 'Messages'], difficulty: 3, crossApp: true, category: 'sharing' });
  const results = [
    makeResult(clock, true, { repetition: 0 }),
    makeResult(clock, false, {
      repetition: 1,
      facts: { termination: 'step_limit', errorsDetected: 0, errorsRecovered: 0 },
    }),
    makeResult(cross, true, {
      facts: { steps: 10, errorsDetected: 4, errorsRecovered: 4, wallMs: 5000 },
      truth: {
        agentSteps: 10,
        accurate: 8,
        judged: 10,
        effective: 9,
        ineffective: 1,
        falseFail: 1,
        falseSuccess: 1,
        wasted: 1,
        faults: { hit: 2, recovered: 1, byType: {} },
        confusion: { effect: { success: 8, fail: 1 }, mis_tap: { success: 1 } },
      },
    }),
  ];
  const s = aggregateResults(results, new Date('2025-01-02T00:00:00Z'));

  it('pools rates over runs with intervals', () => {
    expect(s.runs).toBe(3);
    expect(s.tasks).toBe(2);
    expect(s.overall.success).toMatchObject({ successes: 2, n: 3 });
    expect(s.overall.recoverySuccess).toMatchObject({ successes: 5, n: 6 });
    // Ground truth pooled over runs: 5 + 5 + 8 accurate of 6 + 6 + 10 agent actions.
    expect(s.overall.actionAccuracy).toMatchObject({ successes: 18, n: 22 });
    expect(s.overall.truth).toMatchObject({
      runs: 3,
      falseFail: { successes: 1, n: 19 },
      falseSuccess: { successes: 1, n: 3 },
      faultRecovery: { successes: 1, n: 2 },
      faultedRunsSucceeded: { successes: 1, n: 1 },
      wasted: { successes: 3, n: 22 },
    });
    expect(s.overall.truth!.confusion).toEqual({
      effect: { success: 18, fail: 1 },
      no_effect: { no_change: 2 },
      mis_tap: { success: 1 },
    });
    expect(s.overall.meanSteps).toBeCloseTo(22 / 3);
    expect(s.overall.msPerStep).toBeCloseTo(11000 / 22);
    expect(s.overall.meanStepRatio).toBeCloseTo((1.5 + 1.5 + 2.5) / 3);
    expect(s.overall.costUsd).toBeCloseTo(0.03);
  });

  it('groups by app (a task under each of its apps), difficulty, suite and category', () => {
    expect(Object.keys(s.byApp)).toEqual(['Clock', 'Messages', 'Notes']);
    expect(s.byApp['Clock']?.success).toMatchObject({ successes: 1, n: 2 });
    expect(s.byApp['Notes']?.runs).toBe(1);
    expect(s.byDifficulty['1']?.runs).toBe(2);
    expect(s.byDifficulty['3']?.runs).toBe(1);
    expect(s.bySuite['virtual']?.runs).toBe(3);
    expect(s.byCategory).toHaveProperty('sharing');
  });

  it('counts termination errors and exit codes', () => {
    expect(s.terminationErrors).toEqual({ step_limit: 1 });
    expect(s.exitCodes).toEqual({ '0': 2, '4': 1 });
    expect(s.configs).toEqual(['model=offline fsm=on faults=none']);
  });
});

describe('compare', () => {
  const tasks = Array.from({ length: 10 }, (_, i) => makeTask(`t${i}`));
  const reps = [0, 1, 2];
  const a = tasks.flatMap((t, i) =>
    reps.map((r) => makeResult(t, i < 4, { repetition: r, fsm: false, facts: { steps: 10 } })),
  );
  const b = tasks.flatMap((t, i) => reps.map((r) => makeResult(t, i < 9, { repetition: r, facts: { steps: 6 } })));

  it('finds a clear improvement with a paired bootstrap over tasks', () => {
    const c = compareResults(a, b, { resamples: 1000, seed: 3 });
    expect(c.sharedTasks).toBe(10);
    const s = c.metrics.find((m) => m.metric === 'success rate');
    expect(s).toMatchObject({ a: 0.4, b: 0.9, method: 'paired-bootstrap', significant: true });
    expect(s?.diff).toBeCloseTo(0.5);
    expect(s?.low).toBeGreaterThan(0);
    expect(s?.high).toBeLessThanOrEqual(1);
    expect(s?.newcombe?.low).toBeGreaterThan(0);
    const steps = c.metrics.find((m) => m.metric === 'steps per run');
    expect(steps).toMatchObject({ a: 10, b: 6, diff: -4, higherIsBetter: false });
  });

  it('is reproducible by seed and finds no difference between equal sets', () => {
    const c1 = compareResults(a, b, { resamples: 500, seed: 9 });
    const c2 = compareResults(a, b, { resamples: 500, seed: 9 });
    expect(c1.metrics[0]).toEqual(c2.metrics[0]);
    const same = compareResults(a, a, { resamples: 500 });
    expect(same.metrics[0]).toMatchObject({ diff: 0, low: 0, high: 0, significant: false });
  });

  it('falls back to Newcombe when no tasks are shared', () => {
    const other = [makeResult(makeTask('z1'), true), makeResult(makeTask('z2'), true)];
    const c = compareResults(a, other);
    expect(c.sharedTasks).toBe(0);
    expect(c.metrics[0]).toMatchObject({ method: 'newcombe', a: 0.4, b: 1 });
    expect(c.metrics[1]?.method).toBe('none');
  });
});
