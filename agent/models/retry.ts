/**
 * Retry with exponential backoff and jitter, honouring a server's
 * retry-after. Our own rather than the SDK's so the policy is configurable,
 * observable in tests (injected sleep and random) and shared by any client.
 */

export interface RetryPolicy {
  /** Retries after the first attempt (0 disables retrying). */
  maxRetries: number;
  /** Delay before the first retry; doubles each time. */
  baseDelayMs: number;
  /** Cap on the backoff delay. */
  maxDelayMs: number;
  /** Cap on a server-requested retry-after, so a bad header cannot stall a run. */
  maxRetryAfterMs: number;
  /** 0..1, the share of each delay that is randomised. */
  jitter: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  jitter: 0.5,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RetryDecision {
  retry: boolean;
  /** What the server asked for, when it did. */
  retryAfterMs?: number;
}

/** Thrown by withRetry when it gives up: the last error and how many attempts were made. */
export class RetryGaveUp extends Error {
  override readonly name = 'RetryGaveUp';
  readonly lastError: unknown;
  readonly attempts: number;
  readonly retryable: boolean;
  constructor(lastError: unknown, attempts: number, retryable: boolean) {
    super(`gave up after ${attempts} attempt(s)`);
    this.lastError = lastError;
    this.attempts = attempts;
    this.retryable = retryable;
  }
}

export function backoffDelayMs(retryIndex: number, policy: RetryPolicy, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  const jitter = Math.max(0, Math.min(1, policy.jitter));
  return Math.round(exp * (1 - jitter) + exp * jitter * policy.random());
}

export async function withRetry<T>(
  attempt: (attemptIndex: number) => Promise<T>,
  classify: (error: unknown) => RetryDecision,
  policy: RetryPolicy,
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void,
): Promise<{ value: T; attempts: number }> {
  for (let i = 0; ; i++) {
    try {
      return { value: await attempt(i), attempts: i + 1 };
    } catch (error) {
      const decision = classify(error);
      if (!decision.retry || i >= policy.maxRetries) throw new RetryGaveUp(error, i + 1, decision.retry);
      const delayMs = backoffDelayMs(i, policy, decision.retryAfterMs);
      onRetry?.({ attempt: i + 1, delayMs, error });
      await policy.sleep(delayMs);
    }
  }
}

/** Reads retry-after-ms, or retry-after as seconds or an HTTP date. */
export function parseRetryAfter(
  headers: { get(name: string): string | null } | undefined,
  now = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  const seconds = Number(ra);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
