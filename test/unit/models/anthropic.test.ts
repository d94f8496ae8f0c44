import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionSpec, actionTool } from '../../../agent/actions/index.ts';
import { subgoalDoneTool } from '../../../agent/prompts/index.ts';
import type { Action } from '../../../agent/actions/index.ts';
import {
  AnthropicModel,
  DEFAULT_ANTHROPIC_MODEL,
  assistantMessage,
  estimateCostUsd,
  imagePart,
  MissingApiKeyError,
  ModelApiError,
  structuredCall,
  toolResultPart,
} from '../../../agent/models/index.ts';
import type { ModelMessage } from '../../../agent/models/index.ts';
import { badRequest, overloaded, rateLimited, serverError, toolUseReply } from '../../support/fakeAnthropicServer.ts';
import { fastRetry, PLANTED_KEY, request } from './helpers.ts';
import { useFakeAnthropic } from './useFakeAnthropic.ts';

const fake = useFakeAnthropic();
const model = fake.model;
afterEach(() => {
  expect(fake.server.pending()).toBe(0);
});

describe('AnthropicModel against a local Messages API', () => {
  it('completes a whole task through tool calls over several turns', async () => {
    const m = model();
    fake.server.enqueue(
      toolUseReply('act', { action: 'open_app', app: 'Shopping', expected: { screen: 'Shopping home' } }),
      toolUseReply('act', { action: 'type', text: 'Catan', element: 'e4', submit: true }),
      toolUseReply('act', { action: 'finish', success: true, answer: '$39.99' }),
    );
    const messages: ModelMessage[] = [
      { role: 'user', content: 'Task: find the price of Catan on Shopping.\nScreen: launcher' },
    ];
    const actions: Action[] = [];
    for (let step = 1; step <= 3; step++) {
      const r = await structuredCall(
        m,
        { system: { stable: 'You operate a phone.' }, messages, maxTokens: 400, metadata: { role: 'executor', step } },
        actionSpec(),
      );
      actions.push(r.value);
      messages.push(assistantMessage(r.result), {
        role: 'user',
        content: [toolResultPart(r.call.id, `done; new screen after step ${step}`)],
      });
    }
    expect(actions.map((a) => a.type)).toEqual(['open_app', 'type', 'finish']);
    expect(actions[2]).toEqual({ type: 'finish', success: true, answer: '$39.99' });

    // The third request carries the whole exchange in Messages API form.
    const body = fake.server.requests[2]!.body as {
      messages: Array<{ role: string; content: unknown }>;
      tool_choice: unknown;
      model: string;
    };
    expect(body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'act' });
    expect(body.messages.map((x) => x.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(body.messages[1]!.content).toEqual([
      {
        type: 'tool_use',
        id: expect.stringMatching(/^toolu_fake_/),
        name: 'act',
        input: { action: 'open_app', app: 'Shopping', expected: { screen: 'Shopping home' } },
      },
    ]);
    expect(body.messages[2]!.content).toEqual([
      {
        type: 'tool_result',
        tool_use_id: (body.messages[1]!.content as Array<{ id: string }>)[0]!.id,
        content: 'done; new screen after step 1',
      },
    ]);
    // The SDK sends the key as a bearer token, and only there.
    expect(fake.server.requests[0]!.headers.authorization).toBe(`Bearer ${PLANTED_KEY}`);
  });

  it('marks one cache breakpoint at the end of the stable prefix: the stable system part, not the tools or the volatile part', async () => {
    fake.server.enqueue(toolUseReply('act', { action: 'back' }));
    const tools = [actionTool(['back', 'home']), ...subgoalDoneTool.tools];
    await model().complete(request('go back', { tools, toolChoice: { type: 'any' } }));
    const body = fake.server.requests[0]!.body as { system: unknown; tools: Array<Record<string, unknown>> };
    expect(body.system).toEqual([
      { type: 'text', text: 'You operate an Android phone.', cache_control: { type: 'ephemeral' } },
      { type: 'text', text: 'Step 1 of the task.' },
    ]);
    // Tools come before the system text in the prefix, so the system block's marker caches them too.
    expect(body.tools.map((t) => 'cache_control' in t)).toEqual([false, false]);
  });

  it('marks the last tool when there is no stable system text', async () => {
    fake.server.enqueue(toolUseReply('act', { action: 'back' }));
    const tools = [actionTool(['back', 'home']), ...subgoalDoneTool.tools];
    await model().complete(request('go back', { tools, system: { stable: '' } }));
    const body = fake.server.requests[0]!.body as { system?: unknown; tools: Array<Record<string, unknown>> };
    expect(body.system).toBeUndefined();
    expect(body.tools.map((t) => t.cache_control)).toEqual([undefined, { type: 'ephemeral' }]);
  });

  it('sends a screenshot as a base64 PNG image block when the request has one', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    fake.server.enqueue(toolUseReply('act', { action: 'tap', element: 'e1' }));
    await model().complete(
      request('', { messages: [{ role: 'user', content: [{ type: 'text', text: 'Screen:' }, imagePart(png)] }] }),
    );
    const content = (fake.server.requests[0]!.body.messages as Array<{ content: unknown[] }>)[0]!.content;
    expect(content[1]).toEqual({
      type: 'image',
      source: { type: 'base64', media_type: 'image/png', data: png.toString('base64') },
    });
  });

  it('retries a 429 after the retry-after the server asked for, then succeeds', async () => {
    const retry = fastRetry();
    fake.server.enqueue(rateLimited(2), toolUseReply('act', { action: 'home' }));
    const r = await model(retry).complete(request('go home'));
    expect(r.toolCalls[0]!.input).toEqual({ action: 'home' });
    expect(fake.server.requests).toHaveLength(2);
    expect(retry.delays).toEqual([2000]);
  });

  it('retries 529 overloaded and 500 with exponential backoff, then succeeds', async () => {
    const retry = fastRetry();
    fake.server.enqueue(overloaded(), serverError(), toolUseReply('act', { action: 'enter' }));
    const r = await model(retry).complete(request('press enter'));
    expect(r.toolCalls[0]!.input).toEqual({ action: 'enter' });
    expect(retry.delays).toEqual([10, 20]);
  });

  it('gives up after the configured retries with a typed error naming the status', async () => {
    const retry = { ...fastRetry(), maxRetries: 2 };
    fake.server.enqueue(overloaded(), overloaded(), overloaded());
    const err = await model(retry)
      .complete(request('x'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelApiError);
    expect(err).toMatchObject({
      name: 'ModelApiError',
      status: 529,
      type: 'overloaded_error',
      attempts: 3,
      retryable: true,
    });
    expect(fake.server.requests).toHaveLength(3);
  });

  it('does not retry a 400 and keeps the key out of the error', async () => {
    fake.server.enqueue(badRequest(`bad request mentioning ${PLANTED_KEY}`));
    const err = (await model()
      .complete(request('x'))
      .catch((e: unknown) => e)) as ModelApiError;
    expect(err).toBeInstanceOf(ModelApiError);
    expect(err.status).toBe(400);
    expect(err.attempts).toBe(1);
    expect(err.message).not.toContain(PLANTED_KEY);
    expect(err.message).not.toContain('PLANTED-SECRET');
    expect(fake.server.requests).toHaveLength(1);
  });

  it('reports usage with cache tokens and an estimated cost from the price table', async () => {
    fake.server.enqueue(
      toolUseReply(
        'back',
        {},
        {
          usage: {
            input_tokens: 1000,
            output_tokens: 200,
            cache_read_input_tokens: 5000,
            cache_creation_input_tokens: 2000,
          },
        },
      ),
    );
    const r = await model().complete(request('x'));
    expect(r.usage).toEqual({ inputTokens: 1000, outputTokens: 200, cacheReadTokens: 5000, cacheWriteTokens: 2000 });
    // Sonnet: $3/M in, $15/M out, cache write 1.25x, cache read 0.1x.
    const expected = (1000 * 3 + 200 * 15 + 2000 * 3 * 1.25 + 5000 * 3 * 0.1) / 1e6;
    expect(r.costUsd).toBeCloseTo(expected, 12);
    expect(r.model).toBe('claude-sonnet-4-6');
    expect(r.stopReason).toBe('tool_use');
    expect(estimateCostUsd('llama-3-8b-local', r.usage)).toBe(0);
    expect(
      estimateCostUsd('claude-opus-4-1', {
        inputTokens: 1e6,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
      }),
    ).toBe(15);
    expect(
      estimateCostUsd('claude-opus-4-6', {
        inputTokens: 1e6,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
      }),
    ).toBe(5);
    expect(
      estimateCostUsd('claude-3-haiku-20240307', {
        inputTokens: 1e6,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
      }),
    ).toBe(0.25);
    expect(
      estimateCostUsd('claude-haiku-4-5', {
        inputTokens: 1e6,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
      }),
    ).toBe(1);
    expect(
      estimateCostUsd('claude-haiku-4-5', {
        inputTokens: 0,
        outputTokens: 1e6,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
      }),
    ).toBe(5);
  });

  it('refuses to start without ANTHROPIC_API_KEY, with a typed error saying what to do', () => {
    vi.stubEnv('ANTHROPIC_API_KEY', '');
    expect(() => new AnthropicModel({ baseURL: fake.server.baseURL })).toThrow(MissingApiKeyError);
    expect(() => new AnthropicModel({ baseURL: fake.server.baseURL })).toThrow(/--model offline/);
  });

  it('turns a connection failure into a typed, retried error', async () => {
    const retry = { ...fastRetry(), maxRetries: 1 };
    const dead = new AnthropicModel({ baseURL: 'http://127.0.0.1:1', retry });
    const err = await dead.complete(request('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelApiError);
    expect(err).toMatchObject({ attempts: 2, type: 'connection_error' });
  });
});
