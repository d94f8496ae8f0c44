import { describe, expect, it } from 'vitest';
import { checkStopRules, DEFAULT_LIMITS, exitCodeFor, type StopCounters } from '../../../agent/loop/index.ts';
import { FactMemory } from '../../../agent/memory/index.ts';

const base: StopCounters = {
  steps: 0,
  consecutiveFailures: 0,
  recent: [],
  replans: 0,
  tokens: 0,
  costUsd: 0,
  aborted: false,
};

describe('stop rules', () => {
  it('say nothing while within limits', () => {
    expect(checkStopRules({ ...base, steps: 5, recent: ['a|x', 'b|x', 'a|x'] }, DEFAULT_LIMITS)).toBeUndefined();
  });
  it('name each reason', () => {
    expect(checkStopRules({ ...base, steps: 40 }, DEFAULT_LIMITS)?.reason).toBe('step_limit');
    // Framework moves do not use the model's budget, but a phone that keeps interrupting is not worked around forever.
    expect(checkStopRules({ ...base, steps: 5, frameworkSteps: 79 }, DEFAULT_LIMITS)).toBeUndefined();
    expect(checkStopRules({ ...base, steps: 5, frameworkSteps: 80 }, DEFAULT_LIMITS)?.detail).toMatch(/recovery moves/);
    expect(checkStopRules({ ...base, consecutiveFailures: 5 }, DEFAULT_LIMITS)?.reason).toBe('consecutive_failures');
    expect(checkStopRules({ ...base, recent: ['a|x', 'b|y', 'a|x', 'c|z', 'a|x'] }, DEFAULT_LIMITS)?.reason).toBe(
      'repeated_actions',
    );
    expect(checkStopRules({ ...base, costUsd: 1.5 }, { ...DEFAULT_LIMITS, budget: { maxCostUsd: 1 } })?.reason).toBe(
      'budget_exceeded',
    );
    expect(checkStopRules({ ...base, replans: 3 }, DEFAULT_LIMITS)?.reason).toBe('consecutive_failures');
    expect(checkStopRules({ ...base, aborted: true }, DEFAULT_LIMITS)?.reason).toBe('timeout');
    expect(checkStopRules({ ...base, aborted: true, interrupted: true }, DEFAULT_LIMITS)?.reason).toBe('interrupted');
    expect(exitCodeFor('interrupted')).toBe(3);
    // Going round in circles with every step "working" (open the app, Back, open it again...).
    const loop = [
      'home|tap Maps',
      'maps|back',
      'home|tap Maps',
      'maps|back',
      'home|tap Maps',
      'maps|back',
      'home|tap Maps',
    ];
    expect(checkStopRules({ ...base, actions: loop }, DEFAULT_LIMITS)?.detail).toMatch(/round in circles/);
    expect(checkStopRules({ ...base, actions: loop.slice(0, 6) }, DEFAULT_LIMITS)).toBeUndefined();
  });
  it('only look at a recent window for repetition', () => {
    const recent = ['a|x', 'a|x', ...Array.from({ length: 8 }, (_, i) => `s${i}|y`), 'a|x'];
    expect(checkStopRules({ ...base, recent }, DEFAULT_LIMITS)).toBeUndefined();
  });
  it('map reasons to SPA-Bench exit codes', () => {
    expect(exitCodeFor('finished')).toBe(0);
    expect(exitCodeFor('unexpected_error')).toBe(1);
    expect(exitCodeFor('repeated_actions')).toBe(2);
    expect(exitCodeFor('model_error')).toBe(3);
    expect(exitCodeFor('step_limit')).toBe(4);
  });
});

describe('fact memory', () => {
  it('fills and abstracts {memory:name} placeholders', () => {
    const m = new FactMemory();
    m.set('Price', '$44.99');
    expect(m.fill('Catan costs {memory:price}')).toBe('Catan costs $44.99');
    expect(m.fill('{unknown} stays')).toBe('{unknown} stays');
    expect(m.abstract('It is $44.99 now')).toBe('It is {memory:price} now');
    expect(m.describe()).toBe('price = $44.99');
  });
});
