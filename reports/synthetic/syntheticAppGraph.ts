/**
 * A small, hand-shaped app graph (a clock app) in the FSM's AppGraph format,
 * for the explorer's tests and docs: tabs, a dialog (unstable state), a
 * settings branch, back transitions, one transition with failures, one state
 * whose elements carry bounds, a cross-app transition, and destructive steps:
 * deleting an alarm from its editor (learnt before the way back, so a path
 * finder that does not skip it proposes it) and a reset that only a
 * confirmation dialog leads to.
 */
import type { AbstractAction, AppGraph, StateNode, Transition } from '../../fsm/index.ts';

type El = StateNode['snapshot']['elements'][number];

const tab = (label: string): El => ({ sig: `tab|tabs|${label}`, role: 'tab', label, actionable: true });
const btn = (id: string, label: string): El => ({
  sig: `button|${id}|${label}`,
  role: 'button',
  label,
  actionable: true,
});
const txt = (id: string, label: string): El => ({ sig: `text|${id}|${label}`, role: 'text', label, actionable: false });
const row = (list: string, label: string): El => ({
  sig: `item:${list}|row`,
  role: 'listitem',
  label,
  actionable: true,
});
const TABS = [tab('Alarm'), tab('Clock'), tab('Timer'), tab('Stopwatch')];

export function syntheticAppGraph(app = 'com.maple.clock'): AppGraph {
  const t0 = Date.parse('2025-01-01T10:00:00Z');
  const states: Record<string, StateNode> = {};
  const add = (
    key: string,
    name: string,
    elements: El[],
    extra: Partial<StateNode> & { dialogTitle?: string } = {},
  ) => {
    const { dialogTitle, ...rest } = extra;
    states[key] = {
      key,
      name,
      features: [],
      snapshot: { title: name, activity: '.DeskClock', elements, ...(dialogTitle ? { dialogTitle } : {}) },
      visits: 3,
      firstSeen: t0,
      lastSeen: t0 + 60_000,
      stable: true,
      ...rest,
    };
  };
  add(
    'k_alarm',
    'Alarms',
    [
      txt('title', 'Alarms'),
      ...TABS,
      row('alarms', '07:00 Weekdays'),
      row('alarms', '08:30 Weekend'),
      btn('fab', 'Add alarm'),
    ],
    { visits: 9 },
  );
  add('k_clock', 'World clock', [
    txt('title', 'World clock'),
    ...TABS,
    row('cities', 'Paris 12:30'),
    row('cities', 'Tokyo 20:30'),
    btn('fab', 'Add city'),
  ]);
  add('k_timer', 'Timer', [
    txt('title', 'Timer'),
    ...TABS,
    { sig: 'input|duration|', role: 'input', label: 'Duration', actionable: true },
    btn('start', 'Start'),
  ]);
  add('k_stopwatch', 'Stopwatch', [
    txt('title', 'Stopwatch'),
    ...TABS,
    txt('time', '00:00.00'),
    btn('start', 'Start'),
    btn('lap', 'Lap'),
  ]);
  add(
    'k_add_alarm',
    'Set alarm time',
    [
      txt('title', 'Alarms'),
      ...TABS,
      { sig: 'dlg:text|dialog_title|Set time', role: 'text', label: 'Set time', actionable: false },
      { sig: 'dlg:button|ok|OK', role: 'button', label: 'OK', actionable: true },
      { sig: 'dlg:button|cancel|Cancel', role: 'button', label: 'Cancel', actionable: true },
    ],
    { stable: false, dialogTitle: 'Set time', visits: 2 },
  );
  add('k_settings', 'Clock settings', [
    txt('title', 'Settings'),
    { sig: 'switch|auto_home|Automatic home clock', role: 'switch', label: 'Automatic home clock', actionable: true },
    row('prefs', 'Style'),
    row('prefs', 'Home time zone'),
    row('prefs', 'Silence after'),
  ]);
  add(
    'k_zone',
    'Home time zone',
    [
      txt('title', 'Home time zone'),
      row('zones', 'Europe/Paris'),
      row('zones', 'Asia/Tokyo'),
      row('zones', 'America/New_York'),
    ],
    { visits: 1 },
  );
  add('k_edit_alarm', 'Edit alarm', [
    txt('title', 'Edit alarm'),
    btn('label', 'Label'),
    btn('delete', 'Delete'),
    btn('done', 'Done'),
  ]);
  add(
    'k_reset',
    'Stopwatch > Reset stopwatch?',
    [
      txt('title', 'Stopwatch'),
      { sig: 'dlg:button|ok|OK', role: 'button', label: 'OK', actionable: true },
      { sig: 'dlg:button|cancel|Cancel', role: 'button', label: 'Cancel', actionable: true },
    ],
    { stable: false, dialogTitle: 'Reset stopwatch?', visits: 1 },
  );
  // A state captured with element bounds, drawn where its elements were.
  add('k_style', 'Clock style', [
    { ...txt('title', 'Style'), bounds: { left: 0, top: 80, right: 1080, bottom: 240 } },
    { ...row('styles', 'Analog'), bounds: { left: 0, top: 260, right: 1080, bottom: 420 } },
    { ...row('styles', 'Digital'), bounds: { left: 0, top: 430, right: 1080, bottom: 590 } },
  ] as unknown as El[]);
  (states['k_style']!.snapshot as unknown as { screen: { width: number; height: number } }).screen = {
    width: 1080,
    height: 2400,
  };

  const transitions: Record<string, Transition> = {};
  const link = (
    source: string,
    target: string,
    action: AbstractAction,
    count: number,
    failures = 0,
    extra: Partial<Transition> = {},
  ) => {
    const actionId = `${action.kind}${action.app ? `(${action.app})` : ''}${action.target ? `[${action.target}]` : ''}`;
    const id = `${source}>${actionId}>${target}`;
    const pre = action.target ? [action.target] : [];
    transitions[id] = {
      id,
      source,
      target,
      action,
      actionId,
      count,
      failures,
      firstSeen: t0,
      lastSeen: t0 + 50_000,
      pre: { elements: pre },
      post: { state: target },
      ...extra,
    };
  };
  const tapTab = (label: string): AbstractAction => ({ kind: 'tap', target: `tab|tabs|${label}`, label });
  const tabStates: [string, string][] = [
    ['Alarm', 'k_alarm'],
    ['Clock', 'k_clock'],
    ['Timer', 'k_timer'],
    ['Stopwatch', 'k_stopwatch'],
  ];
  for (const [, from] of tabStates)
    for (const [label, to] of tabStates) if (from !== to) link(from, to, tapTab(label), from === 'k_alarm' ? 3 : 1);
  link('k_alarm', 'k_add_alarm', { kind: 'tap', target: 'button|fab|Add alarm', label: 'Add alarm' }, 2, 1, {
    post: { state: 'k_add_alarm', elements: ['dlg:button|ok|OK'] },
  });
  link('k_add_alarm', 'k_alarm', { kind: 'tap', target: 'dlg:button|ok|OK', label: 'OK' }, 1);
  link('k_add_alarm', 'k_alarm', { kind: 'back' }, 1);
  link('k_clock', 'k_settings', { kind: 'tap', target: 'button|more|Settings', label: 'Settings' }, 2);
  link('k_settings', 'k_clock', { kind: 'back' }, 2);
  link('k_settings', 'k_zone', { kind: 'tap', target: 'item:prefs|row', label: 'Home time zone' }, 1);
  link('k_zone', 'k_settings', { kind: 'back' }, 1);
  link('k_settings', 'k_style', { kind: 'tap', target: 'item:prefs|row', label: 'Style' }, 1);
  link('k_style', 'k_settings', { kind: 'back' }, 1);
  link('k_timer', 'k_timer', { kind: 'type', target: 'input|duration|', text: '5:00' }, 1);
  link('k_alarm', 'k_edit_alarm', { kind: 'tap', target: 'item:alarms|row', label: '07:00 Weekdays' }, 2);
  // Learnt first, so it comes first: the shortest way back to the list that deletes the alarm.
  link('k_edit_alarm', 'k_alarm', { kind: 'tap', target: 'button|delete|Delete', label: 'Delete' }, 1);
  link('k_edit_alarm', 'k_alarm', { kind: 'back' }, 1);
  link('k_stopwatch', 'k_reset', { kind: 'tap', target: 'button|reset|Reset', label: 'Reset' }, 1);
  link('k_reset', 'k_stopwatch', { kind: 'tap', target: 'dlg:button|ok|OK', label: 'OK' }, 1);
  link('k_reset', 'k_stopwatch', { kind: 'tap', target: 'dlg:button|cancel|Cancel', label: 'Cancel' }, 1);
  link('k_clock', 'k_msg_compose', { kind: 'tap', target: 'button|share|Share', label: 'Share' }, 1, 0, {
    targetApp: 'com.maple.messages',
  });

  return { format: 'maple.app-graph', version: 1, app, entry: 'k_alarm', revision: 12, states, transitions };
}
