/**
 * A value keyed in on a keypad is a slot (issue #11 item 5): a tip worked
 * out on the virtual phone's calculator by tapping its keys one by one is
 * learnt, and the same request with other amounts (worded as the first, or
 * reworded) replays with the new amounts' keys and no model call; the
 * answer is read again from the calculator's display. Real Appium server,
 * real WebdriverIO session.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTask } from '../../../agent/index.ts';
import { requestText } from '../../support/scriptedRequest.ts';
import { ScriptedModel } from '../../../agent/models/index.ts';
import { KnowledgeStore } from '../../../fsm/index.ts';
import { useVirtualPhone } from '../../support/virtualPhone.ts';

const CALCULATOR = 'com.google.android.calculator';
const phone = useVirtualPhone(2);
const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `maple-keypad-${name}-`));

/** A scripted model that works the tip out key by key, as a model reading the screen would, then answers. */
function tipModel(keys: string, answer: string) {
  let pressed = 0;
  return new ScriptedModel((request) => {
    const { tools, text } = requestText(request, 'first');
    if (tools.includes('plan'))
      return { toolCalls: [{ name: 'plan', input: { subgoals: [{ app: 'Calculator', goal: 'work out the tip' }] } }] };
    if (tools.includes('verdict'))
      return { toolCalls: [{ name: 'verdict', input: { verdict: 'success', reason: 'the result is shown' } }] };
    const screen = text.slice(text.indexOf('Current screen:'));
    if (screen.includes('foreground=com.android.launcher3')) {
      const icon = /\[(e\d+)\] \w+ "Calculator"/.exec(screen)?.[1];
      return { toolCalls: [{ name: 'act', input: { action: 'tap', element: icon, reason: 'open the calculator' } }] };
    }
    if (pressed < keys.length) {
      const key = keys[pressed++]!;
      const id = new RegExp(`\\[(e\\d+)\\] button "${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).exec(screen)?.[1];
      return { toolCalls: [{ name: 'act', input: { action: 'tap', element: id, reason: `press ${key}` } }] };
    }
    return { toolCalls: [{ name: 'act', input: { action: 'finish', success: true, answer, reason: 'worked out' } }] };
  });
}

async function results(): Promise<string[]> {
  const truth = await phone.opened.groundTruth!.groundTruth();
  return ((truth.apps[CALCULATOR] as { history: Array<{ result: string }> }).history ?? []).map((h) => h.result);
}

describe('a value keyed in on a keypad', () => {
  it('is learnt as a slot and replayed with the new amounts, key by key, with no model call', async () => {
    const store = tmp('store');
    const learn = tipModel('64.5×18÷100=', '18% of $64.50 is $11.61.');
    const r1 = await runTask({
      task: 'What is 18% of a $64.50 bill? Use the calculator.',
      device: phone.opened.device,
      model: learn,
      store,
      out: tmp('r1'),
    });
    expect(r1.summary.status, `${r1.summary.reason}: ${r1.summary.reasonDetail}`).toBe('success');
    expect(await results()).toContain('11.61');
    const kept = KnowledgeStore.open({ dir: store, readonly: true });
    const [skill] = kept.skills();
    kept.close();
    expect(skill?.template).toBe('What is {s1}% of a ${s2} bill? Use the calculator.');
    const keyed = skill!.subgoals.flatMap((g) => g.steps).flatMap((s) => (s.kind === 'act' && s.keys ? [s.keys] : []));
    expect(keyed).toEqual([
      { slot: 's2', typed: '64.5' },
      { slot: 's1', typed: '18' },
    ]);

    for (const [task, result] of [
      ['What is 15% of a $82.40 bill? Use the calculator.', '12.36'],
      ['what is 20% of a $7.25 bill? use the calculator', '1.45'],
    ] as const) {
      await phone.restore();
      // Any call to this model would press the old amounts: the replay must not ask it.
      const again = tipModel('64.5×18÷100=', 'unused');
      const r = await runTask({ task, device: phone.opened.device, model: again, store, out: tmp(result) });
      expect(r.summary.status, `${task}: ${r.summary.reason}: ${r.summary.reasonDetail}`).toBe('success');
      expect(again.calls, task).toBe(0);
      expect(await results(), task).toContain(result);
      expect(r.summary.answer, task).toContain(result);
    }
  });
});
