/**
 * Rollbacks that reach the screen they aim for, in whole runs through the real
 * Appium server and the virtual phone, judged by the device's true screen (the
 * benchmark's ground-truth labels). A scripted model taps "Navigate up" on a
 * Settings sub-screen while naming the switch it meant (a mis-grounding, as
 * the noisy oracle makes them): Navigate up closes the sub-screen, so Back
 * does not return to it, and the rollback relaunches Settings and follows the
 * known path two screens deep, checking each step by state key; with pop-ups
 * on, those that cover the path on the way are cleared and the path goes on.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runTask } from '../../../agent/index.ts';
import { requestText } from '../../support/scriptedRequest.ts';
import { ScriptedModel } from '../../../agent/models/index.ts';
import { readTrajectory } from '../../../agent/trajectory/index.ts';
import { labelSteps, TruthRecorder, truthProbeOf } from '../../../benchmarks/truth/index.ts';
import { useVirtualPhone } from '../../support/virtualPhone.ts';

const phone = useVirtualPhone(1);
beforeEach(async () => {
  await phone.opened.groundTruth!.setFaults(null);
});

const act = (action: string, input: Record<string, unknown> = {}) => ({
  toolCalls: [{ name: 'act', input: { action, reason: 'scripted', ...input } }],
});

/** Settings > Battery > Battery Saver, then the switch; the first time there it points at "Navigate up". */
function batterySaverModel(): ScriptedModel {
  let slipped = false;
  return new ScriptedModel((request) => {
    const { tools, text } = requestText(request);
    if (tools.includes('plan'))
      return {
        toolCalls: [{ name: 'plan', input: { subgoals: [{ app: 'Settings', goal: 'turn on Battery Saver' }] } }],
      };
    if (tools.includes('verdict'))
      return { toolCalls: [{ name: 'verdict', input: { verdict: 'success', reason: 'looks right' } }] };
    const screen = text.slice(text.indexOf('Current screen:'));
    const id = (re: RegExp) => re.exec(screen)?.[1];
    if (/switch "Use Battery Saver" \(checked\)/.test(screen)) return act('finish', { success: true });
    const toggle = id(/\[(e\d+)\] switch "Use Battery Saver"/);
    if (toggle) {
      const precondition = { visible: ['Use Battery Saver'] };
      if (slipped) return act('tap', { element: toggle, precondition });
      slipped = true;
      return act('tap', { element: id(/\[(e\d+)\] button "Navigate up"/), precondition });
    }
    const next =
      id(/\[(e\d+)\] \w+ "Battery Saver[^"]*"/) ??
      id(/\[(e\d+)\] \w+ "Battery, [^"]*"/) ??
      id(/\[(e\d+)\] \w+ "Settings"/);
    return next ? act('tap', { element: next }) : act('finish', { success: false });
  });
}

async function run(name: string) {
  const recorder = new TruthRecorder(phone.opened.device, truthProbeOf(phone.opened.groundTruth));
  const result = await runTask({
    task: 'Turn on Battery Saver.',
    device: recorder.device,
    model: batterySaverModel(),
    out: mkdtempSync(path.join(tmpdir(), `maple-rollback-${name}-`)),
    maxSteps: 20,
  });
  const steps = readTrajectory(result.dir).steps;
  const { labels } = labelSteps(steps, recorder.records);
  const rollbacks = steps.filter((s) => s.kind === 'recovery' && s.recovery?.purpose === 'rollback');
  const attempts = labels.filter((l) => l.rollback).map((l) => l.rollback!);
  return { result, steps, rollbacks, attempts };
}

describe('rollback to a deep screen: relaunch plus the known path', () => {
  it('Navigate up taken by mistake: relaunch, Battery, Battery Saver, each checked; the true screen is reached', async () => {
    const { rollbacks, attempts } = await run('deep');
    expect(rollbacks.map((s) => s.action.name)).toEqual(['open_app', 'tap', 'tap']);
    expect(rollbacks[0]!.action.input.fresh).toBe(true);
    expect(rollbacks.every((s) => s.verdict === 'success')).toBe(true);
    expect(attempts).toEqual([{ attempt: 1, intended: 'settings/battery_saver', reached: true }]);
    expect(await phone.screen()).toBe('settings/battery_saver');
    const settings = (await phone.apps<Record<string, { battery: { saver: boolean } }>>())['com.android.settings'];
    expect(settings!.battery.saver).toBe(true);
  }, 60_000);

  it('with pop-ups covering the path on the way, each is cleared and the path goes on', async () => {
    await phone.opened.groundTruth!.setFaults(JSON.stringify({ popupRate: 1, seed: 4 }));
    const { steps, attempts } = await run('popups');
    const recovery = steps.filter((s) => s.kind === 'recovery' && (s.recovery?.attempt ?? 0) >= 1);
    // Pop-ups came in the middle of the rollback and were cleared there.
    expect(recovery.some((s) => s.recovery?.purpose === 'interruption')).toBe(true);
    expect(attempts).toEqual([{ attempt: 1, intended: 'settings/battery_saver', reached: true }]);
  }, 60_000);
});
