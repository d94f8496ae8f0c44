/**
 * Every model call of a run goes through here: it times the call, counts
 * tokens and cost (and what the input was spent on: the token account), and
 * keeps the records until the step that made them is written to the
 * trajectory. Errors are recorded too (tokens of invalid answers still count).
 */
import { estimateRequestTokens, ModelOutputError, structuredCall } from '../models/index.ts';
import type {
  ModelClient,
  ModelRequest,
  ModelResult,
  StructuredRequest,
  StructuredResult,
  StructuredSpec,
} from '../models/index.ts';
import { redactSecrets } from '../trajectory/redactSecrets.ts';
import type { ModelCallRecord, TokenAccount } from '../trajectory/types.ts';
import { addCall, emptyAccount } from './tokenAccount.ts';

export type Role = ModelCallRecord['role'];

export interface UsageTotals {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export class ModelCallLog {
  private pending: ModelCallRecord[] = [];
  readonly totals: UsageTotals = { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
  /** Calls per role, for the summary and tests. */
  readonly byRole = new Map<Role, number>();
  /** Tokens by role and by part (agent/calls/tokenAccount.ts), for the run's summary. */
  readonly account: TokenAccount = emptyAccount();

  constructor(readonly client: ModelClient) {}

  private record(
    role: Role,
    request: ModelRequest,
    result: ModelResult | undefined,
    durationMs: number,
    error?: unknown,
  ): void {
    const rec: ModelCallRecord = {
      role,
      model: result?.model ?? this.client.name,
      inputTokens: result ? result.usage.inputTokens + result.usage.cacheReadTokens + result.usage.cacheWriteTokens : 0,
      outputTokens: result?.usage.outputTokens ?? 0,
      costUsd: result?.costUsd ?? 0,
      durationMs: Math.round(durationMs),
    };
    if (result?.usage.cacheReadTokens) rec.cacheReadTokens = result.usage.cacheReadTokens;
    if (result) {
      // Where the input went, estimated from the request itself (a call that failed has no tokens to split).
      const estimate = estimateRequestTokens(request);
      rec.parts = estimate.parts;
      if (estimate.images > 0) rec.images = estimate.images;
    }
    if (error) rec.error = redactSecrets(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    this.pending.push(rec);
    this.totals.calls += 1;
    this.totals.inputTokens += rec.inputTokens;
    this.totals.outputTokens += rec.outputTokens;
    this.totals.costUsd += rec.costUsd;
    this.byRole.set(role, (this.byRole.get(role) ?? 0) + 1);
    addCall(this.account, rec);
  }

  /** A client bound to a role: each complete() is timed and recorded. */
  forRole(role: Role): ModelClient {
    const complete = async (request: ModelRequest): Promise<ModelResult> => {
      const t0 = performance.now();
      try {
        const result = await this.client.complete(request);
        this.record(role, request, result, performance.now() - t0);
        return result;
      } catch (error) {
        this.record(role, request, undefined, performance.now() - t0, error);
        throw error;
      }
    };
    return { name: this.client.name, complete };
  }

  /** structuredCall through the recording client; an invalid final answer is marked on its last record. */
  async structured<T>(role: Role, request: StructuredRequest, spec: StructuredSpec<T>): Promise<StructuredResult<T>> {
    try {
      return await structuredCall(this.forRole(role), request, spec, { retries: 1 });
    } catch (error) {
      if (error instanceof ModelOutputError) {
        const last = this.pending[this.pending.length - 1];
        if (last && !last.error) last.error = redactSecrets(`${error.name}: ${error.message}`);
      }
      throw error;
    }
  }

  /** Records made since the last take (they belong to the step being written). */
  take(): ModelCallRecord[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}
