/**
 * The agent with other model kinds on the virtual device: an exec: subprocess,
 * a recorded run replayed to the same trajectory, and knowledge retention
 * (the second run of a task on a reset device, same store, replays the
 * learned task: no model call at all).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTask } from '../../../agent/index.ts';
import { requestText } from '../../support/scriptedRequest.ts';
import { ScriptedModel, toMessagesBody } from '../../../agent/models/index.ts';
import { readTrajectory } from '../../../agent/trajectory/index.ts';
import { KnowledgeStore } from '../../../fsm/index.ts';
// @ts-expect-error: a plain .mjs fixture without types
import { answer } from './fixtures/darkThemeModel.mjs';
import { useVirtualPhone } from '../../support/virtualPhone.ts';

const answerFor = answer as (body: unknown) => { content: Array<{ type: string; name?: string; input?: unknown }> };
const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/darkThemeModel.mjs');
const TASK = 'Turn on Dark theme in Settings';

const phone = useVirtualPhone(1);

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `maple-${name}-`));

async function darkMode(): Promise<boolean> {
  const truth = await phone.opened.groundTruth!.groundTruth();
  return (truth.apps['com.android.settings'] as { display: { darkMode: boolean } }).display.darkMode;
}

function scriptedModel(): ScriptedModel {
  return new ScriptedModel((request) => {
    const body = toMessagesBody(request, 'scripted', { cache: false });
    const toolCalls = answerFor(body)
      .content.filter((b) => b.type === 'tool_use')
      .map((b) => ({ name: b.name!, input: b.input }));
    return { toolCalls };
  });
}

/** A scripted model working out 2 × 3 on the calculator: the plan, the launcher icon, the keys, then done. */
function calculatorModel(): ScriptedModel {
  const keys = ['2', '×', '3', '='];
  let pressed = 0;
  return new ScriptedModel((request) => {
    const { tools, text } = requestText(request, 'first');
    if (tools.includes('plan'))
      return {
        toolCalls: [
          {
            name: 'plan',
            input: {
              subgoals: [{ app: 'Calculator', goal: 'Work out 2 times 3', expected_end_screen: 'the result 6' }],
            },
          },
        ],
      };
    if (tools.includes('verdict'))
      return { toolCalls: [{ name: 'verdict', input: { verdict: 'success', reason: 'ok' } }] };
    const screen = text.slice(text.indexOf('Current screen:'));
    const idOf = (label: string) => new RegExp(`\\[(e\\d+)\\] button "${label}"`).exec(screen)?.[1];
    if (/\nok 1\./.test(text))
      return { toolCalls: [{ name: 'act', input: { action: 'finish', success: true, answer: '6', reason: 'done' } }] };
    if (screen.includes('foreground=com.android.launcher3'))
      return { toolCalls: [{ name: 'act', input: { action: 'tap', element: idOf('Calculator'), reason: 'open it' } }] };
    if (pressed < keys.length) {
      const key = keys[pressed]!;
      pressed += 1;
      return { toolCalls: [{ name: 'act', input: { action: 'tap', element: idOf(key), reason: `press ${key}` } }] };
    }
    return { toolCalls: [{ name: 'subgoal_done', input: { summary: '2 × 3 = 6', facts: { result: '6' } } }] };
  });
}

/** What must be the same between a recorded run and its replay. */
function shape(dir: string) {
  return readTrajectory(dir).steps.map((s) => ({
    action: s.action.name,
    input: s.action.input,
    verdict: s.verdict,
    before: s.before.stateKey,
    after: s.after?.stateKey,
    calls: s.modelCalls.map((c) => c.role),
  }));
}

describe('agent with exec, record/replay and scripted models', () => {
  it('completes the task with an exec: subprocess model', async () => {
    const r = await runTask({
      task: TASK,
      device: phone.opened.device,
      model: `exec:node ${FIXTURE}`,
      out: tmp('exec'),
      maxSteps: 12,
    });
    expect(r.summary.status).toBe('success');
    expect(r.summary.model).toBe(`exec:node ${FIXTURE}`);
    expect(r.summary.modelCalls).toBeGreaterThanOrEqual(5);
    expect(await darkMode()).toBe(true);
  });

  it('a recorded run replays to the same trajectory', async () => {
    const cassette = path.join(tmp('cassette'), 'run.jsonl');
    const recorded = await runTask({
      task: TASK,
      device: phone.opened.device,
      model: `record:${cassette}:exec:node ${FIXTURE}`,
      out: tmp('record'),
      maxSteps: 12,
    });
    expect(recorded.summary.status).toBe('success');
    await phone.restore();
    const replayed = await runTask({
      task: TASK,
      device: phone.opened.device,
      model: `replay:${cassette}`,
      out: tmp('replay'),
      maxSteps: 12,
    });
    expect(replayed.summary.status).toBe('success');
    expect(shape(replayed.dir)).toEqual(shape(recorded.dir));
    expect(replayed.summary.modelCalls).toBe(recorded.summary.modelCalls);
    expect(await darkMode()).toBe(true);
  });

  it('retains what it learnt: the second run on a reset device replays the learned task without a model call', async () => {
    const storeDir = tmp('store');
    const first = scriptedModel();
    const r1 = await runTask({
      task: TASK,
      device: phone.opened.device,
      model: first,
      store: storeDir,
      out: tmp('first'),
      maxSteps: 12,
    });
    expect(r1.summary.status).toBe('success');
    expect(r1.retained?.skills).toBe(1);

    await phone.restore();
    expect(await darkMode()).toBe(false);
    const second = scriptedModel();
    const r2 = await runTask({
      task: TASK,
      device: phone.opened.device,
      model: second,
      store: storeDir,
      out: tmp('second'),
      maxSteps: 12,
    });
    expect(r2.summary.status).toBe('success');
    expect(await darkMode()).toBe(true);
    // The plan and every step came from the learned task, each checked and verified: no call at all.
    expect(first.calls).toBeGreaterThan(3);
    expect(second.calls).toBe(0);
    const steps = readTrajectory(r2.dir).steps;
    expect(steps.filter((s) => s.verdictReason.endsWith('[skill]'))).toHaveLength(3);
    expect(steps.every((s) => s.verdict === 'success')).toBe(true);

    const store = KnowledgeStore.open({ dir: storeDir });
    try {
      const [skill] = store.skills();
      expect(skill?.successes).toBe(2);
      expect(skill?.subgoals.flatMap((g) => g.steps.map((s) => (s.kind === 'act' ? s.action.label : s.fact)))).toEqual([
        'Settings',
        'Display, Dark theme off, font size, brightness',
        'Dark theme, Will never turn on automatically',
      ]);
      expect(store.apps().map((a) => a.app)).toContain('com.android.settings');
    } finally {
      store.close();
    }
  });

  it('a learned task keeps the steps judged no_change of a successful path (the calculator\'s "="), and where it read the result', async () => {
    const storeDir = tmp('store-calc');
    const r = await runTask({
      task: 'Work out 2 times 3 with the calculator',
      device: phone.opened.device,
      model: calculatorModel(),
      store: storeDir,
      out: tmp('calc'),
      maxSteps: 12,
    });
    expect(r.summary.status).toBe('success');
    const steps = readTrajectory(r.dir).steps.filter((s) => s.kind === 'action');
    // The case in hand: a key press the verifier sees no change in.
    expect(steps.some((s) => s.verdict === 'no_change')).toBe(true);
    expect(steps.some((s) => s.verdict === 'fail')).toBe(false);
    const store = KnowledgeStore.open({ dir: storeDir });
    try {
      const [skill] = store.skills();
      const steps = skill!.subgoals.flatMap((g) => g.steps);
      expect(steps.map((s) => (s.kind === 'act' ? s.action.label : `read:${s.fact}`))).toEqual([
        'Calculator',
        '2',
        '×',
        '3',
        '=',
        'read:result',
      ]);
      // The answer is read again from where it showed, not remembered.
      expect(skill?.answer?.template).toBe('{value}');
    } finally {
      store.close();
    }
  });

  it('a pop-up after a replayed step that worked is cleared and the replay goes on', async () => {
    const storeDir = tmp('store-popup');
    const first = scriptedModel();
    const r1 = await runTask({
      task: TASK,
      device: phone.opened.device,
      model: first,
      store: storeDir,
      out: tmp('popup-first'),
      maxSteps: 12,
    });
    expect(r1.summary.status).toBe('success');

    await phone.restore();
    // A permission pop-up on every screen the phone arrives at: after each replayed step.
    await phone.opened.groundTruth!.setFaults(JSON.stringify({ popupRate: 1, popupKinds: ['permission'], seed: 3 }));
    const second = scriptedModel();
    try {
      const r2 = await runTask({
        task: TASK,
        device: phone.opened.device,
        model: second,
        store: storeDir,
        out: tmp('popup-second'),
        maxSteps: 20,
      });
      expect(r2.summary.status).toBe('success');
      expect(await darkMode()).toBe(true);
      const steps = readTrajectory(r2.dir).steps;
      const replayed = steps.filter((s) => s.verdictReason.endsWith('[skill]'));
      // Every stored step was replayed, pop-ups or not: each pop-up was cleared before its step was judged.
      expect(replayed).toHaveLength(3);
      expect(replayed.some((s) => (s.interruptions?.length ?? 0) > 0)).toBe(true);
      expect(replayed.every((s) => s.verdict !== 'fail')).toBe(true);
      expect(
        steps.filter((s) => s.kind === 'recovery' && s.recovery?.purpose === 'interruption').length,
      ).toBeGreaterThan(0);
      // Nothing was asked of the model: the learned task planned and finished the run.
      expect(second.calls).toBe(0);
    } finally {
      await phone.opened.groundTruth!.setFaults(null);
    }
    const store = KnowledgeStore.open({ dir: storeDir });
    try {
      const [skill] = store.skills();
      expect(skill?.failures).toBe(0);
      expect(skill?.successes).toBe(2);
    } finally {
      store.close();
    }
  });
});
