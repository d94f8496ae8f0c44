/** Shared bits for the model tests: a planted key, a fast retry policy, a request builder. */
import type { ModelRequest, RetryPolicy } from '../../../agent/models/index.ts';

export const PLANTED_KEY = 'sk-ant-test-PLANTED-SECRET-0123456789';

/** Retries without real waiting; records the delays it was asked for. */
export function fastRetry(): Partial<RetryPolicy> & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    maxRetries: 3,
    baseDelayMs: 10,
    maxDelayMs: 40,
    jitter: 0,
    sleep: async (ms: number) => {
      delays.push(ms);
    },
  };
}

export function request(text: string, extra: Partial<ModelRequest> = {}): ModelRequest {
  return {
    system: { stable: 'You operate an Android phone.', volatile: 'Step 1 of the task.' },
    messages: [{ role: 'user', content: text }],
    maxTokens: 512,
    metadata: { role: 'executor', step: 1 },
    ...extra,
  };
}
