/**
 * The retention benchmark's task set, checked without a device: 24 suite
 * tasks and their other-values variants (loadRetentionSuite), the static
 * checks on variants (validateOtherValues) catching each kind of broken
 * variant, the value swaps that make "same words, other values" checkable,
 * and `--suite retention` / `--suite retention-variants` loading them.
 */
import { describe, expect, it } from 'vitest';
import {
  applyValueSwaps,
  loadRetentionSuite,
  loadVirtualSuite,
  suiteStats,
  validateOtherValues,
  type OtherValuesTask,
} from '../../../benchmarks/suites/virtual/index.ts';
import { loadSuite, selectTasks } from '../../../benchmarks/runner/index.ts';
import { VIRTUAL_APP_LABELS } from '../../support/virtualAppLabels.ts';

const { learn, otherValues } = loadRetentionSuite();

describe('loadRetentionSuite', () => {
  it('pairs 24 suite tasks, at least 12 cross-app, with one variant each, in the same order', () => {
    expect(learn).toHaveLength(24);
    expect(otherValues.map((v) => v.learnedFrom)).toEqual(learn.map((t) => t.id));
    expect(otherValues.map((v) => v.id)).toEqual(learn.map((t) => `${t.id}__other`));
    expect(suiteStats(learn).crossApp).toBeGreaterThanOrEqual(12);
    expect(suiteStats(otherValues).crossApp).toBe(suiteStats(learn).crossApp);
  });

  it('covers every app of the phone and the categories the issue names', () => {
    const stats = suiteStats(learn);
    for (const a of VIRTUAL_APP_LABELS) expect(stats.appearances[a] ?? 0, a).toBeGreaterThanOrEqual(1);
    for (const c of ['settings', 'create', 'edit', 'lookup', 'communicate', 'transfer', 'compute'])
      expect(stats.byCategory[c] ?? 0, c).toBeGreaterThanOrEqual(1);
  });

  it('learns the suite tasks as --suite virtual runs them; the variants are not part of the 76', () => {
    const suite = loadVirtualSuite();
    expect(suite).toHaveLength(76);
    const byId = new Map(suite.map((t) => [t.id, t]));
    for (const t of learn) expect(t).toEqual(byId.get(t.id));
    for (const v of otherValues) expect(byId.has(v.id), v.id).toBe(false);
  });

  it('passes the static checks', () => {
    expect(validateOtherValues(learn, otherValues)).toEqual([]);
  });

  it('asks for as many actions as the original, so call counts compare like for like', () => {
    for (const [i, v] of otherValues.entries()) expect(v.goldenSteps, v.id).toBe(learn[i]!.goldenSteps);
  });

  it('gives no variant an answer or a value of its original (the original answers another question)', () => {
    for (const [i, v] of otherValues.entries()) {
      const original = learn[i]!;
      const answerOf = (t: typeof original): string | undefined =>
        t.reference!.flatMap((s) => (s.do === 'answer' ? [s.text] : []))[0];
      if (answerOf(original) !== undefined) expect(answerOf(v), v.id).not.toBe(answerOf(original));
      for (const [from] of v.values)
        expect(v.instruction, v.id).not.toMatch(new RegExp(`(?<!\\w)${escape(from)}(?!\\w)`));
    }
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('applyValueSwaps', () => {
  it('swaps every value at once, longest first', () => {
    expect(
      applyValueSwaps('Split $186.40 between 4 of us', [
        ['4', '3'],
        ['$186.40', '$143.70'],
      ]),
    ).toBe('Split $143.70 between 3 of us');
    // "5 minutes" -> "15 minutes" is one swap, not applied again to its own result.
    expect(applyValueSwaps('Running 5 minutes late', [['5 minutes', '15 minutes']])).toBe('Running 15 minutes late');
    expect(applyValueSwaps('on Saturday, this Saturday', [['Saturday', 'Sunday']])).toBe('on Sunday, this Sunday');
  });

  it('is null when a value is not in the instruction', () => {
    expect(applyValueSwaps('Call Emma Rossi.', [['Bob', 'Carol']])).toBeNull();
  });
});

describe('validateOtherValues', () => {
  const original = learn.find((t) => t.id === 'x_catan_price_to_bob')!;
  const good = otherValues.find((v) => v.learnedFrom === original.id)!;
  const broken = (patch: Partial<OtherValuesTask>): OtherValuesTask => ({ ...good, ...patch });
  const problemsOf = (variants: OtherValuesTask[], originals = [original]): string =>
    validateOtherValues(originals, variants)
      .map((p) => `${p.taskId}: ${p.problem}`)
      .join('\n');

  it('accepts the real pair', () => {
    expect(problemsOf([good])).toBe('');
  });

  it('names a wording that is not the original template with the values swapped', () => {
    const text = problemsOf([broken({ instruction: 'Text Emma Rossi how much Azul costs in the Shopping app.' })]);
    expect(text).toContain(
      'x_catan_price_to_bob__other: the instruction is not the original\'s words with the values swapped: expected "Find the price of Azul in the Shopping app and text it to Emma Rossi."',
    );
  });

  it('names swaps that are empty, change nothing, or are not in the original', () => {
    expect(problemsOf([broken({ values: [] })])).toContain('no values swapped');
    expect(problemsOf([broken({ values: [['Catan', 'Catan']] })])).toContain(
      'the swap "Catan" -> "Catan" changes nothing',
    );
    expect(problemsOf([broken({ values: [['Wingspan', 'Azul']] })])).toContain(
      '"Wingspan" is not in the original instruction',
    );
  });

  it('names a variant that changes the setting, or keeps the original predicate or reference', () => {
    expect(problemsOf([broken({ apps: ['Shopping', 'Mail'] })])).toContain('apps ["Shopping","Mail"] differs');
    expect(problemsOf([broken({ faultProfile: 'light' })])).toContain('fault profile "light" differs');
    expect(problemsOf([broken({ seed: 3 })])).toContain("seed 3 differs from the original's 1 and no seedNote");
    expect(problemsOf([broken({ seed: 3, seedNote: 'Azul is only in stock on seed 3' })])).toBe('');
    expect(problemsOf([broken({ success: original.success })])).toContain('the success check is the original');
    expect(problemsOf([broken({ reference: original.reference, goldenSteps: original.goldenSteps })])).toContain(
      "the reference is the original's",
    );
  });

  it('names ids, missing originals, duplicates and originals without a variant', () => {
    expect(problemsOf([broken({ id: 'azul_to_emma' })])).toContain(
      'azul_to_emma: id must be "x_catan_price_to_bob__other"',
    );
    expect(problemsOf([broken({ learnedFrom: 'no_such_task', id: 'no_such_task__other' })])).toContain(
      'no_such_task__other: its original "no_such_task" is not in the list of originals',
    );
    const twice = problemsOf([good, broken({})]);
    expect(twice).toContain('duplicate id');
    expect(twice).toContain('"x_catan_price_to_bob" already has a variant');
    expect(problemsOf([], [original])).toContain('x_catan_price_to_bob: has no other-values variant');
  });

  it('runs the suite checks on the variant itself', () => {
    expect(problemsOf([broken({ goldenSteps: 99 })])).toContain('goldenSteps 99 differs');
  });
});

describe('maple bench --suite retention | retention-variants', () => {
  it('loads the learnt tasks and the variants, selectable with --tasks', async () => {
    expect((await loadSuite('retention')).map((t) => t.id)).toEqual(learn.map((t) => t.id));
    const variants = await loadSuite('retention-variants');
    expect(variants.map((t) => t.id)).toEqual(otherValues.map((t) => t.id));
    expect(selectTasks(variants, 'x_*').length).toBe(suiteStats(otherValues).crossApp);
  });
});
