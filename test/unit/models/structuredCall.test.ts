import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actionSpec } from '../../../agent/actions/index.ts';
import {
  AnthropicModel,
  ModelOutputError,
  ScriptedModel,
  structuredCall,
  toolSpec,
} from '../../../agent/models/index.ts';
import { textReply, toolUseReply } from '../../support/fakeAnthropicServer.ts';
import { PLANTED_KEY, request } from './helpers.ts';
import { useFakeAnthropic } from './useFakeAnthropic.ts';

const fake = useFakeAnthropic();
const claude = (): AnthropicModel => fake.model();

describe('structuredCall with the real SDK', () => {
  it('fixes an invalid tool input by feeding the validation error back once', async () => {
    fake.server.enqueue(
      toolUseReply('act', { action: 'tap', element: 'the search box' }),
      toolUseReply('act', { action: 'tap', element: 'e7' }),
    );
    const r = await structuredCall(claude(), request('tap search'), actionSpec());
    expect(r.value).toEqual({ type: 'tap', element: 'e7' });
    expect(r.attempts).toBe(2);
    expect(r.results).toHaveLength(2);
    expect(r.usage.inputTokens).toBe(200);
    expect(r.costUsd).toBeCloseTo((2 * (100 * 3 + 20 * 15)) / 1e6, 12);

    // The retry carries the bad call and an error tool_result explaining it.
    const retryBody = fake.server.requests[1]!.body as {
      messages: Array<{ role: string; content: Array<Record<string, unknown>> }>;
    };
    const [, assistant, feedback] = retryBody.messages;
    expect(assistant!.role).toBe('assistant');
    expect(assistant!.content[0]).toMatchObject({
      type: 'tool_use',
      name: 'act',
      input: { action: 'tap', element: 'the search box' },
    });
    expect(feedback!.content[0]).toMatchObject({
      type: 'tool_result',
      tool_use_id: assistant!.content[0]!.id,
      is_error: true,
    });
    expect(String(feedback!.content[0]!.content)).toContain('element: must be an element id');
  });

  it('throws a typed ModelOutputError when the answer stays invalid, with every result kept for accounting', async () => {
    fake.server.enqueue(
      toolUseReply('act', { action: 'scroll', direction: 'sideways' }),
      toolUseReply('act', { action: 'scroll', direction: 'diagonal' }),
    );
    const err = await structuredCall(claude(), request('scroll'), actionSpec()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelOutputError);
    const e = err as ModelOutputError;
    expect(e.name).toBe('ModelOutputError');
    expect(e.attempts).toBe(2);
    expect(e.results).toHaveLength(2);
    expect(e.problem).toContain('direction');
    expect(e.message).not.toContain(PLANTED_KEY);
    expect(fake.server.requests).toHaveLength(2);
  });

  it('treats a text-only answer as invalid and asks for a tool call', async () => {
    fake.server.enqueue(textReply('I think I should go back.'), toolUseReply('act', { action: 'back' }));
    const r = await structuredCall(claude(), request('recover'), actionSpec(['back', 'home']));
    expect(r.value).toEqual({ type: 'back' });
    const body = fake.server.requests[1]!.body as {
      messages: Array<{ role: string; content: Array<{ type: string; text?: string }> }>;
      tool_choice: unknown;
    };
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(body.messages[2]!.content[0]!.text).toContain('answer by calling one of: act');
    // One tool offered (act): the retry forces it.
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'act' });
  });
});

describe('structuredCall with a zod tool and a scripted model', () => {
  const plan = toolSpec({
    name: 'submit_plan',
    description: 'Submit the plan',
    schema: z.object({ subgoals: z.array(z.object({ app: z.string(), goal: z.string() })).min(1) }),
  });

  it('forces the single tool and returns the parsed value', async () => {
    const model = new ScriptedModel([
      { tool: 'submit_plan', input: { subgoals: [{ app: 'Shopping', goal: 'find Catan' }] } },
    ]);
    const r = await structuredCall(model, request('plan'), plan);
    expect(r.value.subgoals[0]!.app).toBe('Shopping');
    expect(model.requests[0]!.toolChoice).toEqual({ type: 'tool', name: 'submit_plan' });
    expect(model.requests[0]!.tools![0]!.input_schema.required).toEqual(['subgoals']);
  });

  it('answers every tool_use of an invalid answer and honours retries: 0', async () => {
    const model = new ScriptedModel([
      {
        toolCalls: [
          { name: 'submit_plan', input: { subgoals: [] } },
          { name: 'submit_plan', input: {} },
        ],
      },
      { tool: 'submit_plan', input: { subgoals: [{ app: 'Notes', goal: 'write' }] } },
    ]);
    const r = await structuredCall(model, request('plan'), plan);
    expect(r.attempts).toBe(2);
    const feedback = model.requests[1]!.messages[2]!.content as Array<{
      type: string;
      toolUseId: string;
      isError?: boolean;
    }>;
    expect(feedback.map((p) => p.toolUseId)).toEqual(['toolu_scripted_0_0', 'toolu_scripted_0_1']);
    expect(feedback.every((p) => p.isError)).toBe(true);

    const once = new ScriptedModel([
      { tool: 'submit_plan', input: {} },
      { tool: 'submit_plan', input: { subgoals: [{ app: 'a', goal: 'b' }] } },
    ]);
    await expect(structuredCall(once, request('plan'), plan, { retries: 0 })).rejects.toBeInstanceOf(ModelOutputError);
    expect(once.calls).toBe(1);
  });
});
