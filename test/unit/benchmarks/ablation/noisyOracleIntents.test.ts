/**
 * The noisy oracle's evaluation-side record (`decisions`, handed to the
 * runner as `modelIntents`): a reference step it can see is a planned answer,
 * a move made because its next target is not on screen is marked blind.
 */
import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../agent/actions/index.ts';
import { NoisyOracleModel } from '../../../../benchmarks/ablation/index.ts';
import { parsePageSource, renderCompact } from '../../../../drivers/screen/index.ts';
import type { Screen } from '../../../../drivers/screen/types.ts';
import type { ModelRequest } from '../../../../agent/models/types.ts';

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

const request = (screen: Screen, feedback = ''): ModelRequest => ({
  system: { stable: 'executor' },
  messages: [
    { role: 'user', content: `${feedback ? `Feedback: ${feedback}\n` : ''}Current screen:\n${renderCompact(screen)}` },
  ],
  tools: actionSpec().tools,
  maxTokens: 100,
  metadata: { role: 'executor' },
});

describe('NoisyOracleModel decisions', () => {
  it('records planned reference steps as not blind and moves for a target not on screen as blind', async () => {
    let screen = page(['Network', 'Display']);
    const oracle = new NoisyOracleModel({
      instruction: 'turn on dark theme',
      reference: [
        { do: 'tap', target: { text: 'Display' } },
        { do: 'tap', target: { text: 'Dark theme' } },
      ],
      errorRate: 0,
      noiseKey: 'k',
      readScreen: async () => screen,
    });
    const first = await oracle.complete(request(screen));
    expect(first.toolCalls[0]?.input).toMatchObject({ action: 'tap' });
    // The tap "worked" but the screen shows no Dark theme: the next target is not there, so it moves blind.
    screen = page(['Brightness', 'Font size']);
    const second = await oracle.complete(request(screen, 'Your last action succeeded.'));
    expect(second.toolCalls[0]?.input).toMatchObject({ action: 'back' });
    expect(oracle.decisions.map((d) => ({ step: d.step, deliberateError: d.deliberateError, blind: d.blind }))).toEqual(
      [
        { step: 0, deliberateError: false, blind: false },
        { step: -1, deliberateError: false, blind: true },
      ],
    );
  });
});
