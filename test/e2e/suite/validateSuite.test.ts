/**
 * The virtual suite, checked without a device: size and mix, ids, predicates,
 * apps, golden steps; and the validator itself catches broken tasks.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadVirtualSuite,
  suiteStats,
  validateVirtualSuite,
  VirtualSuiteError,
  assertValidSuite,
} from '../../../benchmarks/suites/virtual/index.ts';
import { loadTaskFile } from '../../../benchmarks/runner/loadTaskFile.ts';
import { countActions } from '../../../benchmarks/suites/virtual/defineTask.ts';
import type { BenchTask } from '../../../benchmarks/types.ts';
import { VIRTUAL_APP_LABELS } from '../../support/virtualAppLabels.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../benchmarks/suites/virtual/examples/my-tasks.json');

describe('the virtual suite', () => {
  const tasks = loadVirtualSuite();
  const stats = suiteStats(tasks);

  it('has at least 60 tasks, 20 of them cross-app, all three difficulties and a few with faults', () => {
    expect(stats.total).toBeGreaterThanOrEqual(60);
    expect(stats.crossApp).toBeGreaterThanOrEqual(20);
    for (const d of ['1', '2', '3']) expect(stats.byDifficulty[d] ?? 0).toBeGreaterThanOrEqual(5);
    expect(stats.withFaults).toBeGreaterThanOrEqual(4);
  });

  it('has single-app tasks for every app of the virtual phone', () => {
    for (const a of VIRTUAL_APP_LABELS) expect(stats.singleAppByApp[a] ?? 0, a).toBeGreaterThanOrEqual(3);
  });

  it('passes validation: unique ids, predicates parse, apps installed, golden steps = reference length', () => {
    expect(validateVirtualSuite(tasks)).toEqual([]);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    for (const t of tasks) {
      expect(t.suite).toBe('virtual');
      expect(t.goldenSteps, t.id).toBe(countActions(t.reference!));
      expect(t.maxSteps!, t.id).toBeGreaterThan(t.goldenSteps!);
    }
  });

  it('checks answers only in tasks whose reference answers (information-seeking tasks)', () => {
    const answering = tasks.filter((t) => t.reference!.some((s) => s.do === 'answer'));
    expect(answering.length).toBeGreaterThanOrEqual(8);
    for (const t of answering) expect(JSON.stringify(t.success), t.id).toContain('"answer"');
  });
});

describe('validateVirtualSuite', () => {
  const good = loadVirtualSuite()[0]!;
  const broken = (patch: Partial<BenchTask>): BenchTask => ({ ...good, ...patch });

  it('names each problem with the task', () => {
    const problems = validateVirtualSuite([
      good,
      broken({}),
      broken({ id: 'b1', apps: ['Instagram'] }),
      broken({ id: 'b2', goldenSteps: 99 }),
      broken({ id: 'b3', success: { kind: 'state', predicate: { path: 'apps[', equals: 1 } } }),
      broken({ id: 'b4', faultProfile: 'stormy' }),
      broken({ id: 'b5', success: { kind: 'state', predicate: { answer: { contains: 'x' } } } }),
      broken({ id: 'b6', reference: [] }),
    ]);
    const text = problems.map((p) => `${p.taskId}: ${p.problem}`).join('\n');
    expect(text).toContain(`${good.id}: duplicate id`);
    expect(text).toContain('b1: app "Instagram" is not on the virtual phone');
    expect(text).toContain('b2: goldenSteps 99 differs');
    expect(text).toContain('b3: predicate:');
    expect(text).toContain("b4: fault profile: Unknown fault profile 'stormy'");
    expect(text).toContain('b5: the predicate checks the answer but the reference gives none');
    expect(text).toContain('b6: no reference solution');
    expect(() => assertValidSuite([good, broken({ id: 'b2', goldenSteps: 99 })])).toThrow(VirtualSuiteError);
  });

  it('accepts a golden-steps difference that a note explains', () => {
    const t = { ...broken({ id: 'n1', goldenSteps: 2 }), goldenStepsNote: 'a person would use the search button' };
    expect(validateVirtualSuite([t])).toEqual([]);
  });

  it('validates the example task file the docs describe (loaded as --suite file: does)', async () => {
    const custom = await loadTaskFile(EXAMPLE);
    expect(custom.map((t) => t.id)).toEqual(['my_alarm_0610', 'my_wingspan_price_to_emma', 'my_lisbon_lookup']);
    expect(validateVirtualSuite(custom)).toEqual([]);
    expect(custom[1]!.crossApp).toBe(true);
  });
});
