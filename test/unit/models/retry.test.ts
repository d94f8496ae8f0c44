import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  RetryGaveUp,
  withRetry,
} from '../../../agent/models/retry.ts';

const headers = (h: Record<string, string>): { get(n: string): string | null } => ({ get: (n) => h[n] ?? null });

describe('retry policy', () => {
  it('doubles the delay up to the cap, with jitter inside its share', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 500, jitter: 0.5 };
    expect([0, 1, 2, 3, 4].map((i) => backoffDelayMs(i, { ...policy, random: () => 1 }))).toEqual([
      100, 200, 400, 500, 500,
    ]);
    expect(backoffDelayMs(1, { ...policy, random: () => 0 })).toBe(100);
    expect(backoffDelayMs(1, policy, 7_000)).toBe(7_000);
    expect(backoffDelayMs(1, { ...policy, maxRetryAfterMs: 3_000 }, 7_000)).toBe(3_000);
  });

  it('reads retry-after-ms, retry-after seconds and HTTP dates', () => {
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(parseRetryAfter(headers({ 'retry-after': '1.5' }))).toBe(1500);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }), now)).toBe(3000);
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(headers({}))).toBeUndefined();
  });

  it('stops at once on a non-retryable error and reports attempts', async () => {
    let calls = 0;
    const policy = { ...DEFAULT_RETRY_POLICY, sleep: async () => undefined };
    const err = await withRetry(
      async () => {
        calls++;
        throw new Error('bad');
      },
      () => ({ retry: false }),
      policy,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryGaveUp);
    expect(err).toMatchObject({ attempts: 1, retryable: false });
    expect(calls).toBe(1);
  });
});
