import { describe, expect, it } from 'vitest';
import { createAppGraph, type AppGraph, type StateNode } from '../../../fsm/index.ts';
import { syntheticAppGraph, syntheticStoreGraphs, toFsmViewModel } from '../../../reports/index.ts';
import { appLabels } from '../../../reports/fsm/appLabels.ts';
import { namesDestructiveAction } from '../../../reports/fsm/isDestructiveAction.ts';
import { viewStateNames } from '../../../reports/fsm/viewStateNames.ts';

function node(key: string, name: string, snapshot: Partial<StateNode['snapshot']>, features: string[] = []): StateNode {
  return {
    key,
    name,
    features,
    snapshot: { title: '', elements: [], ...snapshot },
    visits: 1,
    firstSeen: Number.parseInt(key.replace(/\D/g, '') || '0', 10),
    lastSeen: 0,
    stable: true,
  };
}

describe('FSM view model', () => {
  it('knows destructive actions by their words, whole words only', () => {
    for (const words of ['Delete', 'Remove item', 'Send', 'Pay now', 'Reset stopwatch', 'DISCARD', 'Place order'])
      expect(namesDestructiveAction(words), words).toBe(true);
    for (const words of ['Deleted', 'Sender', 'Settings', 'Display', 'End call', 'Cancel send', 'Recently paid', ''])
      expect(namesDestructiveAction(words), words).toBe(false);
  });

  it('marks the transitions a suggested path must skip: the destructive tap, and the OK of a dialog asking for one', () => {
    const model = toFsmViewModel([syntheticAppGraph()]);
    const destructive = model.transitions.filter((t) => t.destructive).map((t) => `${t.source} ${t.label}`);
    expect(destructive.sort()).toEqual(['k_edit_alarm tap "Delete"', 'k_reset tap "OK"', 'k_stopwatch tap "Reset"']);
    // the OK of "Set time" commits nothing irreversible
    expect(model.transitions.find((t) => t.source === 'k_add_alarm' && t.label === 'tap "OK"')?.destructive).toBe(
      false,
    );
  });

  it('renames class names and keys to what the screen is called, and keeps names unique within an app', () => {
    const g = createAppGraph('com.google.android.keep');
    g.states['a1'] = node('a1', 'BrowseActivity', { activity: '.activities.BrowseActivity' }, ['hdr:Notes']);
    g.states['a2'] = node('a2', 'BrowseActivity', { activity: '.activities.BrowseActivity' }, ['hdr:Reminders']);
    g.states['a3'] = node('a3', '.activities.EditorActivity', {
      title: 'Edit note',
      activity: '.activities.EditorActivity',
    });
    g.states['a4'] = node('a4', 'Stopwatch', { title: 'Stopwatch' }, ['tab:Stopwatch (selected)']);
    g.states['a5'] = node('a5', 'Stopwatch', { title: 'Stopwatch' }, ['tab:Stopwatch (selected)', 'el:button|lap|Lap']);
    g.states['a6'] = node('a6', 'Stopwatch', { title: 'Stopwatch' }, ['tab:Stopwatch (selected)', 'el:button|lap|Lap']);
    const names = viewStateNames(g);
    expect(names.get('a1')).toBe('Browse');
    expect(names.get('a2')).toBe('Browse (Reminders)');
    expect(names.get('a3')).toBe('Edit note');
    expect(names.get('a4')).toBe('Stopwatch');
    expect(names.get('a5')).toBe('Stopwatch (Lap)');
    expect(names.get('a6')).toBe('Stopwatch (2)');
    const model = toFsmViewModel([g]);
    expect(model.states.find((s) => s.id === 'a1')).toMatchObject({ name: 'Browse', storedName: 'BrowseActivity' });
  });

  it('names apps after their launcher icons when the graphs say it, else by their package', () => {
    const graphs = syntheticStoreGraphs({ states: 30, apps: 3 });
    const labels = appLabels(graphs);
    expect(labels.get('com.android.settings')).toBe('Settings');
    expect(labels.get('com.android.deskclock')).toBe('Clock');
    expect(labels.get('com.android.launcher3')).toBe('Launcher');
    const launcher = createAppGraph('com.android.launcher3');
    launcher.states['h'] = node('h', 'Launcher', {
      elements: [
        { sig: 'button|x|Clock', role: 'button', label: 'Clock', actionable: true },
        { sig: 'button|x|Messages', role: 'button', label: 'Messages', actionable: true },
      ],
    });
    const messages: AppGraph = createAppGraph('com.google.android.apps.messaging');
    messages.states['m'] = node('m', 'Messages', { title: 'Messages' });
    const mail = createAppGraph('com.google.android.gm');
    const byIcon = appLabels([launcher, createAppGraph('com.android.deskclock'), messages, mail]);
    expect(byIcon.get('com.android.deskclock')).toBe('Clock'); // a word of the package
    expect(byIcon.get('com.google.android.apps.messaging')).toBe('Messages'); // a screen's title
    expect(byIcon.has('com.google.android.gm')).toBe(false);
  });

  it('places every state in its app’s group, and gives each group its size', () => {
    const graphs = syntheticStoreGraphs({ states: 60, apps: 4 });
    const model = toFsmViewModel(graphs);
    expect(model.states).toHaveLength(60);
    expect(model.groups.map((g) => g.states).reduce((a, b) => a + b, 0)).toBe(60);
    for (const s of model.states) {
      const group = model.groups.find((g) => g.id === s.app)!;
      expect(s.box.x + s.box.width / 2).toBeLessThanOrEqual(group.width + 0.001);
      expect(s.box.y + s.box.height / 2).toBeLessThanOrEqual(group.height + 0.001);
      expect(s.lines.length).toBeGreaterThan(0);
    }
  });
});
