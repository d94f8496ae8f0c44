/** Original wording against paraphrases in the aggregate and in summary.md. */
import { describe, expect, it } from 'vitest';
import { aggregateResults, compareVariants } from '../../../benchmarks/metrics/index.ts';
import { renderSummaryMarkdown } from '../../../benchmarks/output/summaryFiles.ts';
import { makeResult, makeTask } from './fixtures.ts';

const original = makeTask('catan', { category: 'transfer' });
const p1 = makeTask('catan~p1', { category: 'transfer', variant: 'paraphrase', baseId: 'catan' });
const p2 = makeTask('catan~p2', { category: 'transfer', variant: 'paraphrase', baseId: 'catan' });
const alarm = makeTask('alarm', { category: 'create' });
const alarmP1 = makeTask('alarm~p1', { category: 'create', variant: 'paraphrase', baseId: 'alarm' });

describe('compareVariants', () => {
  it('is null while only one wording ran; results without a variant are originals', () => {
    expect(compareVariants([makeResult(original, true), makeResult(alarm, false)])).toBeNull();
    expect(compareVariants([makeResult(p1, true)])).toBeNull();
  });

  it('rates each wording per category and pairs paraphrase runs with the same repetition of their original', () => {
    const results = [
      makeResult(original, true, { repetition: 0 }),
      makeResult(original, false, { repetition: 1 }),
      makeResult(p1, false, { repetition: 0 }),
      makeResult(p1, true, { repetition: 1 }),
      makeResult(p2, true, { repetition: 0 }),
      // No original run of alarm: counted in the rates, not in the pairs.
      makeResult(alarmP1, false),
    ];
    const v = compareVariants(results)!;
    expect(v.overall.original).toMatchObject({ successes: 1, n: 2 });
    expect(v.overall.paraphrase).toMatchObject({ successes: 2, n: 4 });
    expect(v.byCategory['transfer']?.paraphrase).toMatchObject({ successes: 2, n: 3 });
    expect(v.byCategory['create']?.original.n).toBe(0);
    expect(v.paired).toEqual({ pairs: 3, both: 1, originalOnly: 1, paraphraseOnly: 1, neither: 0 });

    const summary = aggregateResults(results);
    expect(Object.keys(summary.byVariant)).toEqual(['original', 'paraphrase']);
    expect(summary.byVariant['paraphrase']?.tasks).toBe(3);
    const md = renderSummaryMarkdown(summary);
    expect(md).toContain('## By variant');
    expect(md).toContain('| transfer | 50.0% (1/2) | 66.7% (2/3) | +16.7 pp |');
    expect(md).toContain('| create | – | 0.0% (0/1) | – |');
    expect(md).toContain(
      '3 paraphrase run(s) against the original run of the same task and repetition: 1 both succeeded',
    );
  });

  it('a run in the suite wording alone has no variant tables', () => {
    const md = renderSummaryMarkdown(aggregateResults([makeResult(original, true)]));
    expect(md).not.toContain('By variant');
    expect(md).not.toContain('Original wording vs paraphrases');
  });
});
