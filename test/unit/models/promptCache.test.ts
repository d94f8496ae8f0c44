/**
 * Prompt caching, checked on the wire: the executor's requests carry one
 * cache breakpoint, at the end of the stable system text (the API's prefix
 * is tools, then system, then messages), and two steps of a run send that
 * prefix byte for byte the same while the per-step text after it differs.
 */
import { describe, expect, it } from 'vitest';
import { ModelCallLog } from '../../../agent/calls/ModelCallLog.ts';
import { EXECUTOR_SYSTEM } from '../../../agent/prompts/index.ts';
import { ModelExecutor } from '../../../agent/roles/executor/ModelExecutor.ts';
import { buttonView, pageSourceXml, view } from '../../support/pageSourceXml.ts';
import { toolUseReply } from '../../support/fakeAnthropicServer.ts';
import { executorInput, perceptionOf } from '../agent/executorInput.ts';
import { useFakeAnthropic } from './useFakeAnthropic.ts';

const fake = useFakeAnthropic();

const settings = (labels: string[]): string =>
  pageSourceXml(
    [
      {
        pkg: 'com.android.settings',
        root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
          children: labels.map((l, i) => buttonView(l, [0, 200 + i * 160, 1080, 340 + i * 160])),
        }),
      },
    ],
    'uiautomator',
  );

/** The cached prefix as sent: the tools and the system blocks, serialised in the order the client sent them. */
function prefix(raw: string): string {
  const body = JSON.parse(raw) as { tools: unknown; system: unknown };
  return JSON.stringify({ tools: body.tools, system: body.system });
}

describe('executor requests and the prompt cache', () => {
  it('marks the end of the stable prefix once, and two steps share that prefix byte for byte', async () => {
    fake.server.enqueue(
      toolUseReply('act', { action: 'tap', element: 'e2' }),
      toolUseReply('act', { action: 'tap', element: 'e3' }),
    );
    const calls = new ModelCallLog(fake.model());
    const executor = new ModelExecutor(calls, { screenshots: 'never' });
    const first = await executor.decide(
      executorInput(perceptionOf(settings(['Network', 'Display', 'Sound'])), { step: 0 }),
    );
    const second = await executor.decide(
      executorInput(perceptionOf(settings(['Dark theme', 'Font size', 'Screen timeout', 'Colors'])), {
        step: 1,
        history: [{ step: 0, action: 'tap "Display"', verdict: 'success', note: 'the screen changed' }],
      }),
    );
    expect(first).toMatchObject({ kind: 'act', action: { type: 'tap', element: 'e2' } });
    expect(second).toMatchObject({ kind: 'act', action: { type: 'tap', element: 'e3' } });

    const [a, b] = fake.server.requests.map((r) => r.raw);
    // One breakpoint per request, on the stable system block.
    for (const raw of [a!, b!]) {
      expect(raw.match(/"cache_control"/g)).toHaveLength(1);
      const body = JSON.parse(raw) as { system: Array<Record<string, unknown>>; tools: Array<{ name: string }> };
      expect(body.system).toEqual([{ type: 'text', text: EXECUTOR_SYSTEM, cache_control: { type: 'ephemeral' } }]);
      expect(body.tools.map((t) => t.name)).toEqual(['act', 'subgoal_done']);
    }
    expect(prefix(a!)).toBe(prefix(b!));
    // The per-step text comes after the marker (in the messages) and differs; the part tags never go on the wire.
    const messages = (raw: string) => JSON.stringify((JSON.parse(raw) as { messages: unknown }).messages);
    expect(messages(a!)).not.toBe(messages(b!));
    expect(messages(b!)).toContain('tap \\"Display\\"');
    expect(a).not.toContain('"part"');
    // The executor's stable prefix is worth caching: tools and system are over Sonnet's 1,024-token minimum.
    expect(prefix(a!).length / 4).toBeGreaterThan(1024);
  });
});
