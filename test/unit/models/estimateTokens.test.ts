/**
 * The project's token counter: text at 4 characters a token, images as
 * Anthropic counts them (width x height / 750 after its downscale), split by
 * the parts a role tagged; and the models that count with it (scripted, the
 * noisy oracle) count a screenshot by its size, not by its base64 text.
 */
import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../agent/actions/index.ts';
import {
  estimateRequestTokens,
  imagePart,
  imageTokensForSize,
  ScriptedModel,
  textPart,
  textTokens,
} from '../../../agent/models/index.ts';
import type { ModelRequest } from '../../../agent/models/index.ts';
import { encodePng } from '../../../reports/images/encodePng.ts';

const png = (w: number, h: number): Buffer => encodePng(Buffer.alloc(w * h * 4, 200), w, h);

function request(
  content: ModelRequest['messages'][number]['content'],
  extra: Partial<ModelRequest> = {},
): ModelRequest {
  return {
    system: { stable: 'x'.repeat(400), volatile: 'y'.repeat(40) },
    messages: [{ role: 'user', content }],
    maxTokens: 100,
    metadata: { role: 'executor' },
    ...extra,
  };
}

describe('image tokens as Anthropic counts them', () => {
  it('is width x height / 750 for an image within the limits', () => {
    expect(imageTokensForSize(432, 960)).toBe(Math.ceil((432 * 960) / 750));
    expect(imageTokensForSize(200, 200)).toBe(54);
  });

  it('first scales a larger image down to a 1568 px long edge and about 1,600 tokens', () => {
    // 1080x2400 -> 705x1568
    expect(imageTokensForSize(1080, 2400)).toBe(1474);
    // A square 2000x2000 is held to ~1,600 tokens by area, not by its edge.
    expect(imageTokensForSize(2000, 2000)).toBeLessThanOrEqual(1600);
    expect(imageTokensForSize(2000, 2000)).toBeGreaterThan(1500);
  });
});

describe('estimateRequestTokens', () => {
  it('splits a request by the parts its text was tagged with, and counts the image by its pixels', () => {
    const shot = png(432, 960);
    const r = request(
      [
        textPart('t'.repeat(100), 'task'),
        textPart('h'.repeat(80), 'history'),
        imagePart(shot),
        textPart('s'.repeat(400), 'screen'),
        textPart('untagged'),
      ],
      { tools: actionSpec().tools },
    );
    const e = estimateRequestTokens(r);
    expect(e.parts.system).toBe(110);
    expect(e.parts.task).toBe(25);
    expect(e.parts.history).toBe(20);
    expect(e.parts.screen).toBe(100);
    expect(e.parts.other).toBe(2);
    expect(e.parts.image).toBe(Math.ceil((432 * 960) / 750));
    expect(e.parts.tools).toBe(textTokens(JSON.stringify(actionSpec().tools)));
    expect(e.images).toBe(1);
    expect(e.total).toBe(Object.values(e.parts).reduce((a, b) => a + b, 0));
    // The base64 text of the image alone would be far more at 4 characters a token.
    expect(shot.toString('base64').length / 4).toBeGreaterThan(e.parts.image!);
  });

  it('counts plain-string messages and retry turns (tool_use, tool_result) as other', () => {
    const e = estimateRequestTokens({
      system: { stable: '' },
      messages: [
        { role: 'user', content: 'a'.repeat(40) },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'act', input: { action: 'back' } }] },
        { role: 'user', content: [{ type: 'tool_result', toolUseId: 't1', content: 'b'.repeat(20), isError: true }] },
      ],
      maxTokens: 10,
      metadata: { role: 'executor' },
    });
    expect(Object.keys(e.parts)).toEqual(['other']);
    expect(e.parts.other).toBe(10 + textTokens(JSON.stringify({ name: 'act', input: { action: 'back' } })) + 5);
  });
});

describe('models that count with it', () => {
  it("a scripted model reports the counter's input tokens: a full-size screenshot is ~1.5k, not its base64 length", async () => {
    const model = new ScriptedModel([{ tool: 'act', input: { action: 'back' } }]);
    const r = request([textPart('Current screen:\n…', 'screen'), imagePart(png(1080, 2400))]);
    const result = await model.complete(r);
    expect(result.usage.inputTokens).toBe(estimateRequestTokens(r).total);
    expect(result.usage.inputTokens).toBeLessThan(1700);
  });
});
