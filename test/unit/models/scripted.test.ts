import { describe, expect, it } from 'vitest';
import { ScriptedModel, ScriptExhaustedError } from '../../../agent/models/index.ts';
import { request } from './helpers.ts';

describe('ScriptedModel', () => {
  it('answers from a list in order, counts calls and keeps the requests', async () => {
    const m = new ScriptedModel([{ tool: 'tap', input: { element: 'e1' } }, { text: 'done' }]);
    const a = await m.complete(request('first'));
    const b = await m.complete(request('second'));
    expect(a.toolCalls).toEqual([{ id: 'toolu_scripted_0_0', name: 'tap', input: { element: 'e1' } }]);
    expect(a.stopReason).toBe('tool_use');
    expect(b).toMatchObject({ text: 'done', toolCalls: [], stopReason: 'end_turn', costUsd: 0, model: 'scripted' });
    expect(m.calls).toBe(2);
    expect(m.requests.map((r) => r.messages[0]!.content)).toEqual(['first', 'second']);
    await expect(m.complete(request('third'))).rejects.toBeInstanceOf(ScriptExhaustedError);
  });

  it('answers from a function of the request and call index, with deterministic usage', async () => {
    const m = new ScriptedModel((req, i) => ({
      tool: 'wait',
      input: { ms: i * 100 },
      usage: req.metadata.role === 'planner' ? { inputTokens: 1 } : {},
    }));
    const r0 = await m.complete(request('x'));
    const r1 = await m.complete({ ...request('x'), metadata: { role: 'planner' } });
    expect(r0.toolCalls[0]!.input).toEqual({ ms: 0 });
    expect(r1.toolCalls[0]!.input).toEqual({ ms: 100 });
    expect(r0.usage.inputTokens).toBeGreaterThan(10);
    expect(r1.usage.inputTokens).toBe(1);
    const again = await new ScriptedModel(() => ({ tool: 'wait', input: { ms: 0 } })).complete(request('x'));
    expect(again.usage).toEqual(r0.usage);
  });
});
