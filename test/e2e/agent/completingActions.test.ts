/**
 * Fewer model calls per step (issue #12): an action may say it completes the
 * subgoal or the task (`completes`), so no subgoal_done or finish call
 * follows it; and a subgoal that starts on the launcher has its app opened by
 * the framework. Each through a scripted model on the virtual phone, with the
 * calls it was asked counted by tool and the outcome read from the device.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTask } from '../../../agent/index.ts';
import { requestText } from '../../support/scriptedRequest.ts';
import { ScriptedModel } from '../../../agent/models/index.ts';
import { readTrajectory } from '../../../agent/trajectory/index.ts';
import { useVirtualPhone } from '../../support/virtualPhone.ts';

const phone = useVirtualPhone(1);
const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `maple-completes-${name}-`));

interface Script {
  plan: Array<{ app?: string; goal: string }>;
  /** The stated outcome of the Save that completes the task. */
  saveExpected: string[];
  /** What the FAB tap completes, if anything. */
  fabCompletes?: 'subgoal';
}

/** A model that creates the event "Dentist" in Calendar; it counts the requests by the tool answered. */
function calendarModel(script: Script) {
  const asked: string[] = [];
  const model = new ScriptedModel((request) => {
    const { tools, text } = requestText(request, 'first');
    const reply = (name: string, input: Record<string, unknown>) => {
      asked.push(name === 'act' ? `act:${String(input.action)}` : name);
      return { toolCalls: [{ name, input }] };
    };
    if (tools.includes('plan')) return reply('plan', { subgoals: script.plan });
    if (tools.includes('verdict'))
      return reply('verdict', {
        verdict: /whole task is done/.test(text) ? 'success' : 'fail',
        reason: 'the schedule shows Dentist',
      });
    const screen = text.slice(text.indexOf('Current screen:'));
    const id = (re: RegExp) => re.exec(screen)?.[1];
    if (screen.includes('foreground=com.android.launcher3'))
      return reply('act', { action: 'open_app', app: 'Calendar', reason: 'open' });
    const title = id(/\[(e\d+)\] input hint="Add title"/);
    if (title) return reply('act', { action: 'type', element: title, text: 'Dentist', reason: 'title' });
    const save = id(/\[(e\d+)\] button "Save"/);
    if (save)
      return reply('act', {
        action: 'tap',
        element: save,
        reason: 'save',
        expected: { visible: script.saveExpected },
        completes: 'task',
      });
    if (/subgoal_done/.test(text) && screen.includes('Dentist'))
      return reply('act', { action: 'finish', success: true, reason: 'saved' });
    return reply('act', {
      action: 'tap',
      element: id(/\[(e\d+)\] \w+ "Create new event"/),
      reason: 'new event',
      ...(script.fabCompletes ? { completes: script.fabCompletes, expected: { visible: ['Save'] } } : {}),
    });
  });
  return { model, asked };
}

async function dentistSaved(): Promise<boolean> {
  const truth = await phone.opened.groundTruth!.groundTruth();
  const events = (truth.apps['com.google.android.calendar'] as { events: Array<{ title: string }> }).events;
  return events.some((e) => e.title === 'Dentist');
}

describe('completing actions and the subgoal app the framework opens', () => {
  it('a Save that completes the task and shows its expected outcome ends the run: no finish, no end check', async () => {
    const { model, asked } = calendarModel({
      plan: [{ app: 'Calendar', goal: 'create the event' }],
      saveExpected: ['Event saved'],
    });
    const r = await runTask({
      task: 'Add an event "Dentist" to my calendar.',
      device: phone.opened.device,
      model,
      out: tmp('sure'),
    });
    expect(r.summary.status, `${r.summary.reason}: ${r.summary.reasonDetail}`).toBe('success');
    expect(await dentistSaved()).toBe(true);
    // The framework opened Calendar: the model was never asked on the launcher.
    expect(asked).toEqual(['plan', 'act:tap', 'act:type', 'act:tap']);
    const steps = readTrajectory(r.dir).steps;
    expect(steps[0]?.action.name).toBe('open_app');
    expect(steps[0]?.modelCalls.map((c) => c.role)).toEqual(['planner']);
    expect(r.summary.modelCalls).toBe(asked.length);
  });

  it('when the stated outcome does not show, the end check looks before the run ends', async () => {
    await phone.restore();
    const { model, asked } = calendarModel({
      plan: [{ app: 'Calendar', goal: 'create the event' }],
      saveExpected: ['Appointment stored'],
    });
    const r = await runTask({
      task: 'Add an event "Dentist" to my calendar.',
      device: phone.opened.device,
      model,
      out: tmp('unsure'),
    });
    expect(r.summary.status, `${r.summary.reason}: ${r.summary.reasonDetail}`).toBe('success');
    expect(asked.filter((a) => a === 'verdict').length).toBeGreaterThanOrEqual(1);
    expect(asked.at(-1)).toBe('verdict');
    expect(asked).not.toContain('act:finish');
  });

  it('an action that completes a subgoal moves the plan on without a subgoal_done call', async () => {
    await phone.restore();
    const { model, asked } = calendarModel({
      plan: [
        { app: 'Calendar', goal: 'open a new event' },
        { app: 'Calendar', goal: 'title it Dentist and save' },
      ],
      saveExpected: ['Event saved'],
      fabCompletes: 'subgoal',
    });
    const r = await runTask({
      task: 'Add an event "Dentist" to my calendar.',
      device: phone.opened.device,
      model,
      out: tmp('subgoal'),
    });
    expect(r.summary.status, `${r.summary.reason}: ${r.summary.reasonDetail}`).toBe('success');
    expect(asked).not.toContain('subgoal_done');
    const steps = readTrajectory(r.dir).steps;
    expect(steps.find((s) => s.action.name === 'type')?.subgoal).toBe('title it Dentist and save');
    expect(await dentistSaved()).toBe(true);
  });
});
