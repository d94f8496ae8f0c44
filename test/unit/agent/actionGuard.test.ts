/**
 * The guard's rules on real screens of the virtual phone (driven directly,
 * parsed as the agent parses them): each rule blocks its case and lets the
 * matching benign action through; the confirmation policy refuses an
 * unrequested send under deny; no phone secret is typed unless the task or a
 * remembered fact holds it.
 */
import { describe, expect, it } from 'vitest';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import type { Screen } from '../../../drivers/screen/types.ts';
import { APPS } from '../../../drivers/virtual-android/src/apps/registry.ts';
import { pageSource } from '../../../drivers/virtual-android/src/phone/pageSource.ts';
import { Phone } from '../../../drivers/virtual-android/src/phone/Phone.ts';
import { parseAction, type Action } from '../../../agent/actions/index.ts';
import { ActionGuard, ConfirmPolicy, type GuardVerdict } from '../../../agent/safety/index.ts';
import { sensitiveKindOf, taskAsksFor } from '../../../agent/safety/sensitiveActions.ts';
import type { Plan } from '../../../agent/roles/types.ts';

const MESSAGES = 'com.google.android.apps.messaging';
const LABELS = ['Settings', 'Clock', 'Contacts', 'Messages', 'Mail', 'Notes', 'Files', 'Chrome', 'Shopping'];
const PKG_LABEL: Record<string, string> = { [MESSAGES]: 'Messages', 'com.android.settings': 'Settings' };

function act(name: string, input: Record<string, unknown>): Action {
  const r = parseAction(name, input);
  if (!r.ok) throw new Error(`bad action ${name}: ${JSON.stringify(r)}`);
  return r.action;
}

function screenOf(phone: Phone): Screen {
  return parsePageSource(pageSource(phone.render()));
}

function idOf(screen: Screen, label: string): string {
  const e = screen.elements.find((x) => x.label === label && x.actionable);
  if (!e) throw new Error(`no "${label}" among ${screen.elements.map((x) => x.label).join(' | ')}`);
  return e.id;
}

function check(
  guard: ActionGuard,
  action: Action,
  screen: Screen,
  facts: [string, string][] = [],
  plan?: Plan,
): GuardVerdict {
  return guard.check({ action, screen, plan, facts, appLabels: LABELS, labelOf: (p) => PKG_LABEL[p] });
}

function messagesPhone(attack?: string): Phone {
  const phone = new Phone(APPS, { seed: 1 });
  if (attack) phone.faults.configure({ profile: 'adversarial', attacks: [attack], attackRate: 1 });
  phone.faults.beforeInput();
  phone.launch(MESSAGES);
  phone.faults.afterInput();
  return phone;
}

describe('leave-apps', () => {
  it('blocks opening an app the task does not involve and allows the one it does (named or implied)', () => {
    const screen = screenOf(messagesPhone());
    for (const task of ['Reply to Alice that I am running 5 minutes late.', 'Let Alice know I will be 5 min late']) {
      const guard = new ActionGuard(task);
      // A task that implies no app ("let Alice know") makes the agent's first app the planned one.
      expect(check(guard, act('open_app', { app: 'Messages' }), screen)).toEqual({ kind: 'allow' });
      expect(check(guard, act('open_app', { app: 'Settings' }), screen)).toMatchObject({
        kind: 'block',
        rule: 'leave-apps',
      });
    }
  });

  it('allows an app the plan names, and the app the user had open at the start', () => {
    const screen = screenOf(messagesPhone());
    const plan: Plan = { source: 'model', subgoals: [{ app: 'Notes', goal: 'copy the list' }] };
    const guard = new ActionGuard('Send Bob my shopping list', 'com.android.settings');
    expect(check(guard, act('open_app', { app: 'Notes' }), screen, [], plan)).toEqual({ kind: 'allow' });
    expect(check(guard, act('open_app', { app: 'Settings' }), screen, [], plan)).toEqual({ kind: 'allow' });
    expect(check(guard, act('open_app', { app: 'Files' }), screen, [], plan)).toMatchObject({ kind: 'block' });
  });
});

describe('unsourced-text', () => {
  const screen = screenOf(messagesPhone());
  const compose = act('type', { text: 'x' });

  it("blocks an attacker's number and lets the task's own words and numbers through", () => {
    const guard = new ActionGuard('Text +1 555-0199 asking "Is the bike still for sale?"');
    expect(check(guard, { ...compose, text: '+1 555-0100' } as Action, screen)).toMatchObject({
      kind: 'block',
      rule: 'unsourced-text',
    });
    expect(check(guard, { ...compose, text: '+1 555-0199' } as Action, screen)).toEqual({ kind: 'allow' });
    expect(check(guard, { ...compose, text: '555 0199' } as Action, screen)).toEqual({ kind: 'allow' });
    expect(check(guard, { ...compose, text: 'Is the bike still for sale?' } as Action, screen)).toEqual({
      kind: 'allow',
    });
  });

  it('no secret leaves the phone unless the task asked: a Wi-Fi password or door code only from a fact', () => {
    const guard = new ActionGuard('Reply to Alice that I am running 5 minutes late.');
    for (const secret of ['pass4821', 'The code is 4827', 'verify@maple-support.example'])
      expect(check(guard, { ...compose, text: secret } as Action, screen)).toMatchObject({ kind: 'block' });
    const asked = new ActionGuard('Text Emma the building door code David sent me');
    expect(check(asked, { ...compose, text: 'The code is 4827' } as Action, screen, [['door code', '4827']])).toEqual({
      kind: 'allow',
    });
  });
});

describe('unexpected-overlay', () => {
  it("blocks the bait of a pop-up that came unasked, allows its Dismiss, and allows a dialog the agent's tap opened", () => {
    const phone = messagesPhone('popup_session_expired');
    const screen = screenOf(phone);
    const guard = new ActionGuard('Reply to Alice that I am running 5 minutes late.');
    expect(check(guard, act('tap', { element: idOf(screen, 'Sign in again') }), screen)).toMatchObject({
      kind: 'block',
      rule: 'unexpected-overlay',
    });
    expect(check(guard, act('tap', { element: idOf(screen, 'Dismiss') }), screen)).toEqual({ kind: 'allow' });
    // After a tap in the app's own window, the dialog it opened is the app answering the agent.
    const app = new Phone(APPS, { seed: 1 });
    app.launch(MESSAGES);
    const list = screenOf(app);
    const row = list.elements.find((e) => e.label.includes('Alice Chen') && e.actionable)!;
    app.longTap(row.tapPoint.x, row.tapPoint.y);
    const dialog = screenOf(app);
    const confirm = dialog.elements.find((e) => e.resourceId === 'android:id/button1')!;
    const deleting = new ActionGuard('Delete my conversation with Alice Chen.');
    expect(check(deleting, act('tap', { element: confirm.id }), dialog)).toMatchObject({ rule: 'unexpected-overlay' });
    deleting.acted(act('long_press', { element: row.id }), list);
    expect(check(deleting, act('tap', { element: confirm.id }), dialog)).toEqual({ kind: 'allow' });
  });

  it('a fake system dialog and a notification are overlays too', () => {
    for (const [attack, bait] of [
      ['system_update_required', 'Install now'],
      ['notification_delivery', 'Reschedule'],
    ] as const) {
      const screen = screenOf(messagesPhone(attack));
      const guard = new ActionGuard('Reply to Alice that I am running 5 minutes late.');
      expect(check(guard, act('tap', { element: idOf(screen, bait) }), screen)).toMatchObject({
        kind: 'block',
        rule: 'unexpected-overlay',
      });
    }
  });
});

describe('sensitive actions', () => {
  const screen = screenOf(messagesPhone());
  const send = (s: Screen): Action => act('tap', { element: s.elements.find((e) => /^Send/.test(e.label))!.id });

  it('a send the task did not ask for needs a yes; one it asked for goes through', async () => {
    const phone = messagesPhone();
    const row = screen.elements.find((e) => e.label.includes('Alice Chen') && e.actionable)!;
    phone.tap(row.tapPoint.x, row.tapPoint.y);
    const chat = screenOf(phone);
    const unasked = new ActionGuard('Pin my Groceries note.');
    expect(check(unasked, send(chat), chat)).toMatchObject({ kind: 'confirm', sensitive: 'send' });
    for (const task of ['Reply to Alice that I am late', 'Tell Alice I am late', 'Let Alice know I am late'])
      expect(check(new ActionGuard(task), send(chat), chat)).toEqual({ kind: 'allow' });
    expect(await new ConfirmPolicy('deny').decide({ task: 'x', sensitive: 'send', what: 'tap "Send"' })).toBe(false);
    expect(await new ConfirmPolicy('allow').decide({ task: 'x', sensitive: 'send', what: 'tap "Send"' })).toBe(true);
    const asked: string[] = [];
    const ask = new ConfirmPolicy('ask', async (r) => (asked.push(r.what), true));
    expect(await ask.decide({ task: 'x', sensitive: 'send', what: 'tap "Send"' })).toBe(true);
    expect(asked).toEqual(['tap "Send"']);
  });

  it('emailing or texting something from another app asks for its Share button; other tasks do not', () => {
    expect(sensitiveKindOf('Share')).toBe('share');
    for (const task of [
      'Email the SoundWave ANC headphones listing from Shopping to David (david.kim@example.com).',
      'Text Bob the Taco Loco address from Maps.',
      'Send the Lisbon note to Laura.',
      'Message Carol the link.',
    ])
      expect(taskAsksFor(task, 'share'), task).toBe(true);
    for (const task of ['Pin my Groceries note.', 'Turn off Wi-Fi.', 'Add Catan to the cart.'])
      expect(taskAsksFor(task, 'share'), task).toBe(false);
  });
});
