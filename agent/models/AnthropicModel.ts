/**
 * Claude through @anthropic-ai/sdk. The SDK's own retries are off
 * (maxRetries: 0): we retry ourselves with a configurable policy so runs and
 * tests control timing. The key comes from ANTHROPIC_API_KEY only. The SDK
 * (about 170 ms to import) loads at the first call, so commands that never call
 * Claude (the offline policy, --help) do not pay for it.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import { MissingApiKeyError, ModelApiError } from './errors.ts';
import { checkMessagesResponse, fromMessagesResponse, toMessagesBody } from './messagesApi.ts';
import { redactSecrets } from './redactSecrets.ts';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, RetryGaveUp, withRetry } from './retry.ts';
import type { RetryDecision, RetryPolicy } from './retry.ts';
import type { ModelClient, ModelRequest, ModelResult } from './types.ts';

/** A current Sonnet: strong at tool use, priced for many calls per task. Override with --model anthropic:<id>. */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-4-6';

export interface AnthropicModelOptions {
  /** Model id; DEFAULT_ANTHROPIC_MODEL when omitted. */
  model?: string;
  /** API root without /v1 (tests point it at a local server); the SDK default otherwise. */
  baseURL?: string;
  /** Where ANTHROPIC_API_KEY is read from; process.env by default. */
  env?: NodeJS.ProcessEnv;
  retry?: Partial<RetryPolicy>;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Prompt caching on the stable system block and the last tool; on by default. */
  cache?: boolean;
  /** Called before each retry sleep (for progress lines); never receives the key. */
  onRetry?: (info: { attempt: number; delayMs: number; status: number | undefined }) => void;
}

export class AnthropicModel implements ModelClient {
  readonly name: string;
  readonly model: string;
  private client?: Promise<{ sdk: typeof Anthropic; client: Anthropic }>;
  private readonly clientOptions: ConstructorParameters<typeof Anthropic>[0];
  private readonly policy: RetryPolicy;
  private readonly cache: boolean;
  private readonly onRetry: AnthropicModelOptions['onRetry'];

  constructor(options: AnthropicModelOptions = {}) {
    const env = options.env ?? process.env;
    const apiKey = env.ANTHROPIC_API_KEY;
    if (!apiKey) throw new MissingApiKeyError();
    this.model = options.model ?? DEFAULT_ANTHROPIC_MODEL;
    this.name = `anthropic:${this.model}`;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.cache = options.cache ?? true;
    this.onRetry = options.onRetry;
    this.clientOptions = {
      apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: 0,
      timeout: options.timeoutMs ?? 120_000,
    };
  }

  private connect(): Promise<{ sdk: typeof Anthropic; client: Anthropic }> {
    this.client ??= import('@anthropic-ai/sdk').then(({ default: sdk }) => ({
      sdk,
      client: new sdk(this.clientOptions),
    }));
    return this.client;
  }

  async complete(request: ModelRequest): Promise<ModelResult> {
    const body = toMessagesBody(request, this.model, { cache: this.cache });
    const { sdk, client } = await this.connect();
    try {
      const { value } = await withRetry(
        () => client.messages.create(body as unknown as MessageCreateParamsNonStreaming),
        (error) => classify(sdk, error),
        this.policy,
        (info) => this.onRetry?.({ attempt: info.attempt, delayMs: info.delayMs, status: statusOf(sdk, info.error) }),
      );
      return fromMessagesResponse(checkMessagesResponse(value));
    } catch (error) {
      if (error instanceof RetryGaveUp) throw toModelApiError(sdk, error.lastError, error.attempts, error.retryable);
      if (error instanceof Error && !(error instanceof sdk.APIError)) {
        // A malformed response body: not retryable, but still a typed, key-free error.
        throw new ModelApiError({
          status: undefined,
          type: 'invalid_response',
          message: error.message,
          attempts: 1,
          retryable: false,
        });
      }
      throw error;
    }
  }
}

function statusOf(sdk: typeof Anthropic, error: unknown): number | undefined {
  return error instanceof sdk.APIError ? error.status : undefined;
}

/** 429, 529 (overloaded), other 5xx, 408/409 and dropped connections are worth retrying. */
function classify(sdk: typeof Anthropic, error: unknown): RetryDecision {
  if (error instanceof sdk.APIUserAbortError) return { retry: false };
  if (error instanceof sdk.APIConnectionError) return { retry: true };
  if (error instanceof sdk.APIError) {
    const status = error.status ?? 0;
    const retry = status === 408 || status === 409 || status === 429 || status >= 500;
    const retryAfterMs = parseRetryAfter(error.headers);
    return retryAfterMs === undefined ? { retry } : { retry, retryAfterMs };
  }
  return { retry: false };
}

function toModelApiError(sdk: typeof Anthropic, error: unknown, attempts: number, retryable: boolean): ModelApiError {
  if (error instanceof sdk.APIError) {
    return new ModelApiError({
      status: error.status,
      type: error.type ?? (error instanceof sdk.APIConnectionError ? 'connection_error' : undefined),
      message: redactSecrets(error.apiMessage ?? error.message),
      attempts,
      retryable,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelApiError({
    status: undefined,
    type: undefined,
    message: redactSecrets(message),
    attempts,
    retryable,
  });
}
