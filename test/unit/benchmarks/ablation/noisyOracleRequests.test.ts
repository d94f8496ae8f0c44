/**
 * What the noisy oracle reads from an executor request and what it states
 * back: it grounds its step on the listing also when the request carries a
 * screenshot (as `maple bench` sends by default), and it states the label it
 * means (precondition, reason) but no expected outcome: the next reference
 * step's label is knowledge of the solution that no real model has.
 */
import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../agent/actions/index.ts';
import { NoisyOracleModel } from '../../../../benchmarks/ablation/index.ts';
import { imagePart, textPart } from '../../../../agent/models/index.ts';
import type { ModelRequest } from '../../../../agent/models/types.ts';
import { parsePageSource, renderCompact } from '../../../../drivers/screen/index.ts';
import type { Screen } from '../../../../drivers/screen/types.ts';

const page = (labels: string[]): Screen =>
  parsePageSource(
    `<hierarchy><node class="android.widget.FrameLayout" package="com.android.settings" bounds="[0,0][1080,2400]">${labels
      .map(
        (l, i) =>
          `<node class="android.widget.Button" package="com.android.settings" text="${l}" clickable="true" enabled="true" bounds="[0,${i * 200}][1080,${i * 200 + 150}]" />`,
      )
      .join('')}</node></hierarchy>`,
    { activity: '.Settings' },
  );

/** An executor request shaped as ModelExecutor sends it: the prompt text, then (screenshots on) the image. */
const request = (screen: Screen, screenshot: boolean): ModelRequest => ({
  system: { stable: 'executor' },
  messages: [
    {
      role: 'user',
      content: [
        textPart(`Task: turn on dark theme\n\nCurrent screen:\n${renderCompact(screen)}`),
        ...(screenshot ? [imagePart(Buffer.from([0x89, 0x50, 0x4e, 0x47]))] : []),
      ],
    },
  ],
  tools: actionSpec().tools,
  maxTokens: 100,
  metadata: { role: 'executor' },
});

const oracleOn = (screen: Screen): NoisyOracleModel =>
  new NoisyOracleModel({
    instruction: 'turn on dark theme',
    reference: [
      { do: 'tap', target: { text: 'Display' } },
      { do: 'tap', target: { text: 'Dark theme' } },
    ],
    errorRate: 0,
    noiseKey: 'k',
    readScreen: async () => screen,
  });

describe('NoisyOracleModel requests', () => {
  it.each([false, true])('taps the target on screen (screenshot in the request: %s)', async (screenshot) => {
    const screen = page(['Network', 'Display']);
    const oracle = oracleOn(screen);
    const reply = await oracle.complete(request(screen, screenshot));
    const display = screen.elements.find((e) => e.label === 'Display')!;
    expect(reply.toolCalls[0]?.name).toBe('act');
    expect(reply.toolCalls[0]?.input).toMatchObject({ action: 'tap', element: display.id });
    expect(oracle.decisions.map((d) => d.blind)).toEqual([false]);
  });

  it('states the label it means and no expected outcome, though the next target is known and not on screen', async () => {
    const screen = page(['Network', 'Display']);
    const reply = await oracleOn(screen).complete(request(screen, false));
    const input = reply.toolCalls[0]?.input as Record<string, unknown>;
    expect(input['action']).toBe('tap');
    expect(input['precondition']).toEqual({ visible: ['Display'] });
    expect(input['reason']).toBe('step 1 of the solution: "Display"');
    expect(input).not.toHaveProperty('expected');
  });
});
