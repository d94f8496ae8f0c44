/**
 * The token account from model calls to the benchmark summary: calls summed
 * by role and part, the per-request, per-run and per-cross-app-run figures,
 * summary.md's table, and nothing at all for runs without model calls.
 */
import { describe, expect, it } from 'vitest';
import {
  accountOfCalls,
  accountTotal,
  inputPerCallWithoutImages,
  sumAccounts,
} from '../../../agent/calls/tokenAccount.ts';
import type { ModelCallRecord } from '../../../agent/trajectory/types.ts';
import { aggregateResults } from '../../../benchmarks/metrics/aggregate.ts';
import { tokenStats } from '../../../benchmarks/metrics/tokenStats.ts';
import { renderSummaryMarkdown } from '../../../benchmarks/output/summaryFiles.ts';
import { makeResult, makeTask } from './fixtures.ts';

const call = (
  role: ModelCallRecord['role'],
  input: number,
  parts: ModelCallRecord['parts'],
  images = 0,
): ModelCallRecord => ({
  role,
  model: 'noisy-oracle',
  inputTokens: input,
  outputTokens: 10,
  costUsd: 0,
  durationMs: 1,
  parts,
  ...(images ? { images } : {}),
});

const executor = (screen: number, image = 0): ModelCallRecord =>
  call(
    'executor',
    1200 + screen + image,
    { tools: 900, system: 300, screen, ...(image ? { image } : {}) },
    image ? 1 : 0,
  );

describe('the token account', () => {
  it('sums calls by role and part, counting the requests that carried a screenshot', () => {
    const account = accountOfCalls([
      call('planner', 500, { tools: 140, system: 130, other: 230 }),
      executor(400),
      executor(600, 553),
    ]);
    expect(account.byRole.executor).toEqual({
      calls: 2,
      inputTokens: 1600 + 2353,
      outputTokens: 20,
      imageCalls: 1,
      images: 1,
      parts: { tools: 1800, system: 600, screen: 1000, image: 553 },
    });
    expect(accountTotal(account)).toMatchObject({ calls: 3, inputTokens: 500 + 3953, parts: { tools: 1940 } });
    // Per executor request without its screenshot: (3953 - 553) / 2.
    expect(inputPerCallWithoutImages(account.byRole.executor)).toBe(1700);
    expect(sumAccounts([account, account]).byRole.planner).toMatchObject({ calls: 2, inputTokens: 1000 });
  });

  it('gives a benchmark group the figures issue 12 is judged on', () => {
    const single = makeResult(makeTask('a', { apps: ['Clock'] }), true, {
      facts: { modelCalls: 3, steps: 3, tokenAccount: accountOfCalls([executor(400), executor(400), executor(400)]) },
    });
    const cross = makeResult(makeTask('b', { apps: ['Shopping', 'Messages'] }), true, {
      facts: { modelCalls: 2, steps: 2, tokenAccount: accountOfCalls([executor(800, 553), executor(800)]) },
    });
    const offline = makeResult(makeTask('c'), false, { facts: { modelCalls: 0, steps: 5 } });
    const t = tokenStats([single, cross, offline])!;
    expect(t.runs).toBe(2);
    expect(t.executor).toEqual({
      calls: 5,
      inputPerCall: (3 * 1600 + 2553 + 2000) / 5,
      inputPerCallWithoutImages: (3 * 1600 + 2000 + 2000) / 5,
      imageCalls: 1,
    });
    expect(t.inputPerRun).toBe((3 * 1600 + 4553) / 2);
    expect(t.crossApp).toEqual({ runs: 1, inputPerRun: 4553 });
    expect(t.callsPerStep).toBe(1);
    expect(tokenStats([offline])).toBeNull();
  });

  it('shows the account in summary.md, and nothing for runs without model calls', () => {
    const withCalls = makeResult(makeTask('a'), true, {
      facts: { modelCalls: 2, steps: 2, tokenAccount: accountOfCalls([executor(400), executor(600, 553)]) },
    });
    const md = renderSummaryMarkdown(aggregateResults([withCalls]));
    expect(md).toContain('## Token account');
    expect(md).toContain('| executor | 2 | 3,953 | 1,977 | 1,800 | 600 | 0 | 0 | 0 | 1,000 | 553 | 0 | 1 |');
    expect(md).toContain(
      '- per executor request: 1,700 input tokens without the screenshot, 1,977 with it (1 of 2 requests carried one)',
    );
    const offline = makeResult(makeTask('c'), true, { facts: { modelCalls: 0 } });
    expect(renderSummaryMarkdown(aggregateResults([offline]))).not.toContain('Token account');
  });
});
