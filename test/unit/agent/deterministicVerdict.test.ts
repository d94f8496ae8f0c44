/** The verifier's deterministic rules on small hand-made screens. */
import { describe, expect, it } from 'vitest';
import { parseAction, type Action } from '../../../agent/actions/index.ts';
import { screenFingerprint, type Perception } from '../../../agent/perceive/index.ts';
import { deterministicVerdict, findInterruption } from '../../../agent/roles/index.ts';
import { VERIFY_RULES } from '../../../agent/roles/verifier/rules/index.ts';
import type { AppLookup } from '../../../agent/roles/types.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';

interface N {
  cls?: string;
  text?: string;
  desc?: string;
  id?: string;
  b: [number, number, number, number];
  click?: boolean;
  check?: boolean;
  checked?: boolean;
  kids?: N[];
}

function node(n: N, pkg: string, i: number): string {
  const a = `index="${i}" text="${n.text ?? ''}" resource-id="${n.id ?? ''}" class="${n.cls ?? 'android.widget.TextView'}" package="${pkg}" content-desc="${n.desc ?? ''}" checkable="${!!n.check}" checked="${!!n.checked}" clickable="${!!n.click}" enabled="true" focusable="${!!n.click}" focused="false" scrollable="false" long-clickable="false" password="false" selected="false" bounds="[${n.b[0]},${n.b[1]}][${n.b[2]},${n.b[3]}]"`;
  return `<node ${a}>${(n.kids ?? []).map((k, j) => node(k, pkg, j)).join('')}</node>`;
}

function perception(pkg: string, kids: N[]): Perception {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><hierarchy rotation="0">${node({ cls: 'android.widget.FrameLayout', b: [0, 0, 1080, 2400], kids }, pkg, 0)}</hierarchy>`;
  const screen = parsePageSource(xml);
  return {
    observation: { pageSource: xml, package: pkg, activity: '.Main', takenAt: 0 },
    screen,
    fingerprint: screenFingerprint(screen),
    observeMs: 0,
    perceiveMs: 0,
  };
}

function row(label: string, top: number, on: boolean): N {
  return {
    cls: 'android.widget.LinearLayout',
    b: [0, top, 1080, top + 170],
    click: true,
    kids: [
      { text: label, b: [40, top + 20, 800, top + 150] },
      {
        cls: 'android.widget.Switch',
        id: 'android:id/switch_widget',
        b: [880, top + 20, 1040, top + 150],
        check: true,
        checked: on,
      },
    ],
  };
}

const act = (name: string, input: Record<string, unknown> = {}): Action => {
  const r = parseAction(name, input);
  if (!r.ok) throw r.error;
  return r.action;
};
const idOf = (p: Perception, label: string) =>
  p.screen.elements.find((e) => e.actionable && e.label.startsWith(label))!.id;
const verdict = (action: Action, before: Perception, after: Perception, error?: Error) =>
  deterministicVerdict({ action, before, after, ...(error ? { error } : {}), step: 0, task: 't' }, { fsm: true });

const SETTINGS = 'com.android.settings';

describe('deterministic verification', () => {
  const before = perception(SETTINGS, [row('Wi-Fi', 300, false), row('Bluetooth', 470, false)]);

  it('NoChange when the screen looks the same; Fail when the action could not run', () => {
    const tap = act('tap', { element: idOf(before, 'Wi-Fi') });
    expect(
      verdict(tap, before, perception(SETTINGS, [row('Wi-Fi', 300, false), row('Bluetooth', 470, false)])).verdict,
    ).toBe('no_change');
    expect(verdict(tap, before, before, new Error('element e99 is not on the current screen'))).toMatchObject({
      verdict: 'fail',
      cause: 'error',
    });
  });

  it('a switch that flipped is Success; a neighbour that flipped instead is a mis-tap', () => {
    const tap = act('tap', { element: idOf(before, 'Wi-Fi') });
    expect(
      verdict(tap, before, perception(SETTINGS, [row('Wi-Fi', 300, true), row('Bluetooth', 470, false)])).verdict,
    ).toBe('success');
    const wrong = verdict(tap, before, perception(SETTINGS, [row('Wi-Fi', 300, false), row('Bluetooth', 470, true)]));
    expect(wrong).toMatchObject({ verdict: 'fail', cause: 'mistap' });
    expect(wrong.reason).toContain('Bluetooth');
  });

  it('a pop-up that appeared is Fail with its dismissive button found', () => {
    const after = perception(SETTINGS, [
      row('Wi-Fi', 300, true),
      {
        cls: 'android.widget.LinearLayout',
        id: 'android:id/parentPanel',
        b: [60, 900, 1020, 1400],
        kids: [
          { text: 'Enjoying Settings?', id: 'android:id/alertTitle', b: [100, 920, 900, 1040] },
          {
            cls: 'android.widget.Button',
            text: 'Not now',
            id: 'android:id/button2',
            b: [500, 1250, 760, 1380],
            click: true,
          },
          {
            cls: 'android.widget.Button',
            text: 'Rate',
            id: 'android:id/button1',
            b: [780, 1250, 980, 1380],
            click: true,
          },
        ],
      },
    ]);
    const v = verdict(act('tap', { element: idOf(before, 'Wi-Fi') }), before, after);
    expect(v).toMatchObject({ verdict: 'fail', cause: 'popup' });
    expect(findInterruption(after.screen)?.dismiss?.label).toBe('Not now');
  });

  it('a crash dialog is found with its Close app button', () => {
    const after = perception('android', [
      { text: 'Settings keeps stopping', id: 'android:id/alertTitle', b: [100, 900, 900, 1040] },
      { cls: 'android.widget.Button', text: 'App info', b: [100, 1100, 900, 1230], click: true },
      { cls: 'android.widget.Button', text: 'Close app', b: [100, 1240, 900, 1370], click: true },
    ]);
    expect(findInterruption(after.screen)).toMatchObject({ kind: 'crash', dismiss: { label: 'Close app' } });
  });

  it('a launcher tap that opened the app named like the neighbouring icon is a mis-tap', () => {
    const launcher = perception('com.android.launcher3', [
      { cls: 'android.widget.TextView', text: 'Shopping', desc: 'Shopping', b: [0, 1400, 270, 1700], click: true },
      { cls: 'android.widget.TextView', text: 'Maps', desc: 'Maps', b: [270, 1400, 540, 1700], click: true },
    ]);
    const tap = act('tap', { element: idOf(launcher, 'Shopping') });
    const maps = perception('com.google.android.apps.maps', [
      { text: 'Search here', b: [40, 100, 1000, 250], click: true },
    ]);
    expect(verdict(tap, launcher, maps)).toMatchObject({ verdict: 'fail', cause: 'mistap' });
    const shop = perception('com.maple.shopping', [{ text: 'Search products', b: [40, 100, 1000, 250], click: true }]);
    expect(verdict(tap, launcher, shop).verdict).toBe('success');
  });

  it('open_app is judged by the package in front, not by a changed screen', () => {
    const launcher = perception('com.android.launcher3', [
      { cls: 'android.widget.TextView', text: 'Calendar', desc: 'Calendar', b: [0, 1400, 270, 1700], click: true },
      { cls: 'android.widget.TextView', text: 'Mail', desc: 'Mail', b: [270, 1400, 540, 1700], click: true },
    ]);
    const gmail = perception('com.google.android.gm', [{ text: 'Inbox', b: [40, 100, 1000, 250] }]);
    const open = act('open_app', { app: 'Calendar' });
    const judge = (apps?: AppLookup, after = gmail) =>
      deterministicVerdict(
        { action: open, before: launcher, after, step: 0, task: 't', ...(apps ? { apps } : {}) },
        {
          fsm: true,
        },
      );
    const lookup = (pairs: Record<string, string>): AppLookup => ({
      packageOf: (l) => pairs[l],
      labelOf: (p) => Object.keys(pairs).find((l) => pairs[l] === p),
      labels: Object.keys(pairs),
    });
    // Known: Mail is com.google.android.gm, so Calendar did not open.
    expect(judge(lookup({ Mail: 'com.google.android.gm' }))).toMatchObject({ verdict: 'fail', cause: 'wrong_app' });
    // Nothing known and the package does not name Calendar: not sure, so the model verifier is asked.
    expect(judge().verdict).toBe('undecided');
    const calendar = perception('com.google.android.calendar', [{ text: 'June', b: [40, 100, 1000, 250] }]);
    expect(judge(undefined, calendar)).toMatchObject({ verdict: 'success', rule: 'opened-app' });
  });

  it('typed text must be exactly what the field holds afterwards (no concatenation with earlier text)', () => {
    const form = (first: string) =>
      perception('com.google.android.contacts', [
        {
          cls: 'android.widget.EditText',
          id: 'com.google.android.contacts:id/first',
          text: first,
          b: [40, 300, 1000, 420],
          click: true,
        },
        {
          cls: 'android.widget.EditText',
          id: 'com.google.android.contacts:id/last',
          text: '',
          b: [40, 450, 1000, 570],
          click: true,
        },
      ]);
    const before = form('Priya');
    const type = act('type', {
      element: before.screen.elements.find((e) => e.resourceId.endsWith('/first'))!.id,
      text: 'Raman',
    });
    expect(verdict(type, before, form('PriyaRaman'))).toMatchObject({ verdict: 'fail', cause: 'typed' });
    expect(verdict(type, before, form('Raman'))).toMatchObject({ verdict: 'success', rule: 'typed-text' });
  });

  it("the app's own messages count: a complaint fails the step, a confirmation settles a doubt", () => {
    const editor = perception('com.google.android.calendar', [
      { text: 'New event', b: [40, 100, 1000, 250] },
      { text: 'Save', b: [800, 100, 1000, 250], click: true },
    ]);
    const save = act('tap', { element: idOf(editor, 'Save'), expected: { visible: ['Haircut'] } });
    const list = (toast: string) =>
      perception('com.google.android.calendar', [
        { text: 'June', b: [40, 100, 1000, 250] },
        { cls: 'android.widget.Toast', text: toast, b: [200, 2000, 880, 2100] },
      ]);
    // "Haircut" is not on the visible screen (below the fold?), but the app says it saved.
    expect(verdict(save, editor, list('Event saved'))).toMatchObject({ verdict: 'success', rule: 'app-confirmed' });
    expect(verdict(save, editor, list("Couldn't save event"))).toMatchObject({ verdict: 'fail', cause: 'rejected' });
  });

  it('an expected post-condition decides only when sure: labels match whole texts, a missing one is left to the model', () => {
    const tap = act('tap', { element: idOf(before, 'Bluetooth'), expected: { visible: ['Pair new device'] } });
    const after = perception(SETTINGS, [
      { text: 'Bluetooth', b: [40, 100, 1000, 250] },
      { text: 'Connected devices', b: [40, 300, 1000, 400] },
    ]);
    // Missing: it may be below the fold or worded otherwise, so the model verifier is asked.
    expect(verdict(tap, before, after)).toMatchObject({ verdict: 'undecided', rule: 'expected' });
    const ok = perception(SETTINGS, [
      { text: 'Bluetooth', b: [40, 100, 1000, 250] },
      { text: 'Pair new device', b: [40, 300, 1000, 400], click: true },
    ]);
    expect(verdict(tap, before, ok)).toMatchObject({ verdict: 'success', rule: 'expected' });
    // A substring is not the label: "Pair new device now" does not show "new device".
    const part = act('tap', { element: idOf(before, 'Bluetooth'), expected: { visible: ['new device'] } });
    expect(verdict(part, before, ok).verdict).toBe('undecided');
    // Absent: "Create new event" does not contain the label "New event"; the title "New event" does.
    const gone = act('tap', { element: idOf(before, 'Bluetooth'), expected: { absent: ['New event'] } });
    const list = perception(SETTINGS, [
      { text: 'Calendar', b: [40, 100, 1000, 250] },
      { desc: 'Create new event', b: [800, 2000, 1000, 2200], click: true },
    ]);
    const editor = perception(SETTINGS, [
      { text: 'New event', b: [40, 100, 1000, 250] },
      { text: 'Save', b: [40, 300, 1000, 400], click: true },
    ]);
    const save = act('tap', { element: idOf(editor, 'Save'), expected: { absent: ['New event'] } });
    expect(verdict(save, editor, list)).toMatchObject({ verdict: 'success', rule: 'expected' });
    // The editor the Save was to close is still up, titled so: the post-condition failed.
    const stillEditing = perception(SETTINGS, [
      { text: 'New event', b: [40, 100, 1000, 250] },
      { text: 'Save', b: [40, 300, 1000, 400], click: true },
      { text: 'Add a title first', b: [40, 500, 1000, 600] },
    ]);
    expect(verdict(save, editor, stillEditing)).toMatchObject({ verdict: 'fail', cause: 'expectation' });
    // A label that was not the title before and titles the screen the action opened ("Create contact" opens the
    // editor titled so) is not a screen left up.
    expect(verdict(gone, before, editor).verdict).not.toBe('fail');
    // Labels that showed before the action already prove nothing about it: the rule stands aside.
    expect(verdict(gone, before, list).rule).not.toBe('expected');
    const stillThere = act('tap', { element: idOf(before, 'Bluetooth'), expected: { visible: ['Bluetooth'] } });
    expect(verdict(stillThere, before, ok).rule).not.toBe('expected');
  });

  it('an action whose precondition names one element but acts on another is mis-grounded', () => {
    const menu = perception(SETTINGS, [
      {
        cls: 'android.widget.LinearLayout',
        b: [0, 300, 1080, 470],
        click: true,
        kids: [{ text: 'Display', b: [40, 320, 800, 450] }],
      },
      {
        cls: 'android.widget.LinearLayout',
        b: [0, 470, 1080, 640],
        click: true,
        kids: [{ text: 'Sound', b: [40, 490, 800, 620] }],
      },
    ]);
    const rowOf = (label: string) => menu.screen.elements.find((e) => e.actionable && e.label.includes(label))!.id;
    const sound = perception(SETTINGS, [
      { text: 'Sound', b: [40, 100, 1000, 250] },
      { text: 'Volume', b: [40, 300, 1000, 400] },
    ]);
    // Meant Display (stated), pointed at the Sound row: Fail, whatever screen followed.
    const wrong = act('tap', { element: rowOf('Sound'), precondition: { visible: ['Display'] } });
    expect(verdict(wrong, menu, sound)).toMatchObject({ verdict: 'fail', cause: 'mistap' });
    expect(verdict(wrong, menu, sound).reason).toMatch(/names "Display" but acted on/);
    // The row whose title is the stated label: fine.
    const right = act('tap', { element: rowOf('Sound'), precondition: { visible: ['Sound'] } });
    expect(verdict(right, menu, sound).verdict).toBe('success');
    // A label nobody on screen carries, or several labels: no claim to check.
    expect(
      verdict(act('tap', { element: rowOf('Sound'), precondition: { visible: ['Brightness'] } }), menu, sound).verdict,
    ).toBe('success');
    expect(
      verdict(act('tap', { element: rowOf('Sound'), precondition: { visible: ['Display', 'Sound'] } }), menu, sound)
        .verdict,
    ).toBe('success');
  });

  it('without the FSM every rule but the FSM prediction runs (the ablation changes one thing)', () => {
    const plain = (action: Action, b: Perception, a: Perception) =>
      deterministicVerdict({ action, before: b, after: a, step: 0, task: 't' }, { fsm: false });
    // The neighbouring switch flipped: a mis-tap in both arms (the rule reads the screens, not the FSM).
    const tap = act('tap', { element: idOf(before, 'Wi-Fi') });
    const flipped = perception(SETTINGS, [row('Wi-Fi', 300, false), row('Bluetooth', 470, true)]);
    expect(verdict(tap, before, flipped)).toMatchObject({ verdict: 'fail', cause: 'mistap' });
    expect(plain(tap, before, flipped)).toEqual(verdict(tap, before, flipped));
    expect(plain(tap, before, before).verdict).toBe('no_change');
    const readsFsm = VERIFY_RULES.filter((r) => r.readsFsm).map((r) => r.id);
    expect(readsFsm).toEqual(['fsm-prediction']);
  });
});

describe('the FSM prediction', () => {
  const MAIL = 'com.google.android.gm';
  const compose = perception(MAIL, [
    { text: 'Send', b: [900, 100, 1060, 200], click: true },
    { text: 'Discard', b: [700, 100, 880, 200], click: true },
    { text: 'Forwarded message', b: [0, 400, 1080, 500] },
  ]);
  const opened = perception(MAIL, [{ text: 'Team offsite', b: [0, 300, 1080, 400] }]);
  // Where Send was seen to lead three times (the inbox), and where it led now (the mail it was forwarded from).
  const fsm = {
    netCount: 3,
    after: {
      key: 'mail-view',
      state: { name: 'Team offsite' },
      unexpected: true,
      prediction: { target: 'inbox', transition: { count: 3 } },
    },
  };
  const judge = (label: string) =>
    VERIFY_RULES.find((r) => r.id === 'fsm-prediction')!.decide({
      action: act('tap', { element: idOf(compose, label), reason: 't' }),
      before: compose,
      after: opened,
      step: 0,
      task: 't',
      fsm,
    } as never);

  it('does not fail a button that closes its screen for landing elsewhere than last time (Send goes back to where it came from)', () => {
    expect(judge('Send')).toBeUndefined();
  });
});
