/**
 * Made-up graphs of a whole phone, shaped like what the agent learns: a
 * launcher whose icons open each app, and per app a tree of screens named
 * the way fsm/identity/stateName.ts names them (a title, "Title > Tab",
 * "Title > Delete alarm?" for a dialog), some of them long; taps down the
 * tree, back up it, a few cross links, and destructive steps (delete, send,
 * remove) that open a confirmation whose OK commits. For the FSM view's
 * scale tests and benchmark: any number of states spread over the apps.
 */
import { createAppGraph, type AbstractAction, type AppGraph, type StateNode } from '../../fsm/index.ts';
import { seededRandom } from './syntheticTrajectory.ts';

const APPS: Array<[label: string, pkg: string]> = [
  ['Settings', 'com.android.settings'],
  ['Clock', 'com.android.deskclock'],
  ['Contacts', 'com.google.android.contacts'],
  ['Messages', 'com.google.android.apps.messaging'],
  ['Mail', 'com.google.android.gm'],
  ['Calendar', 'com.google.android.calendar'],
  ['Notes', 'com.google.android.keep'],
  ['Maps', 'com.google.android.apps.maps'],
  ['Shopping', 'com.maple.shopping'],
  ['Files', 'com.google.android.apps.nbu.files'],
];

const TITLES = [
  'Network & internet',
  'Connected devices',
  'Notifications',
  'Battery usage since full charge',
  'Storage',
  'Sound & vibration',
  'Display',
  'Accessibility',
  'Security & privacy',
  'Location',
  'Passwords & accounts',
  'Digital Wellbeing & parental controls',
  'System',
  'About phone',
  'Search results',
  'Edit',
  'Details',
  'Starred',
  'Archive',
  'Labels',
  'Recently deleted',
  'Share with',
  'Saved places',
  'Your orders',
  'Watchlist',
  'Payment methods',
  'Help & feedback',
  'Storage manager',
  'Downloads',
  'Backup',
];
const TABS = ['Recent', 'All', 'Favourites', 'Shared'];
const DANGER = [
  ['Delete', 'Delete this item?'],
  ['Send', 'Send now?'],
  ['Remove', 'Remove from list?'],
] as const;

type Element = StateNode['snapshot']['elements'][number];

function button(label: string, top: number): Element {
  return {
    sig: `button|${label.toLowerCase().replace(/\W+/g, '_')}|${label}`,
    role: 'button',
    label,
    actionable: true,
    bounds: { left: 40, top, right: 1040, bottom: top + 150 },
  };
}

export interface SyntheticStoreOptions {
  /** States over all apps, the launcher's one included. */
  states: number;
  /** Apps besides the launcher (at most 10). Default 8. */
  apps?: number;
  seed?: number;
}

export function syntheticStoreGraphs(options: SyntheticStoreOptions): AppGraph[] {
  const rnd = seededRandom(options.seed ?? 11);
  const apps = APPS.slice(0, Math.max(1, Math.min(APPS.length, options.apps ?? 8)));
  const t0 = Date.parse('2025-03-01T09:00:00Z');
  let clock = 0;
  const launcher = createAppGraph('com.android.launcher3');
  const graphs = [launcher];
  const state = (g: AppGraph, key: string, name: string, title: string, elements: Element[], dialog?: string) => {
    g.states[key] = {
      key,
      name,
      features: [`title:${name}`],
      snapshot: {
        title,
        activity: '.MainActivity',
        elements,
        screen: { width: 1080, height: 2400 },
        ...(dialog ? { dialogTitle: dialog } : {}),
      },
      visits: 1 + Math.floor(rnd() * 5),
      firstSeen: t0 + clock++ * 1000,
      lastSeen: t0 + clock * 1000,
      stable: !dialog,
    };
  };
  const link = (g: AppGraph, source: string, target: string, action: AbstractAction, targetApp?: string) => {
    const actionId = `${action.kind}[${action.label ?? ''}]`;
    const id = `${source}>${actionId}>${target}`;
    g.transitions[id] = {
      id,
      source,
      target,
      action,
      actionId,
      count: 1 + Math.floor(rnd() * 3),
      failures: rnd() < 0.05 ? 1 : 0,
      firstSeen: t0,
      lastSeen: t0,
      pre: { elements: [] },
      post: { state: target },
      ...(targetApp ? { targetApp } : {}),
    };
  };
  state(
    launcher,
    'home',
    'Launcher',
    '',
    apps.map(([label], i) => button(label, 300 + i * 160)),
  );
  launcher.entry = 'home';

  const perApp = Math.max(1, Math.floor((options.states - 1) / apps.length));
  let left = options.states - 1;
  apps.forEach(([label, pkg], a) => {
    const g = createAppGraph(pkg);
    graphs.push(g);
    const count = a === apps.length - 1 ? left : Math.min(perApp, left);
    left -= count;
    const keys: string[] = [];
    const names = new Set<string>();
    for (let i = 0; i < count; i++) {
      const key = `${pkg.split('.').pop()}_${i}`;
      const parent = i === 0 ? undefined : keys[Math.floor(rnd() * Math.min(i, 1 + i / 2))];
      const parentName = parent ? g.states[parent]!.name : label;
      let name: string;
      let dialog: string | undefined;
      const danger = parent && rnd() < 0.12 ? DANGER[Math.floor(rnd() * DANGER.length)]! : undefined;
      if (i === 0) name = label;
      else if (danger) {
        dialog = danger[1];
        name = `${parentName.split(' > ')[0]} > ${dialog}`;
      } else if (rnd() < 0.25) name = `${parentName.split(' > ')[0]} > ${TABS[Math.floor(rnd() * TABS.length)]}`;
      else name = TITLES[Math.floor(rnd() * TITLES.length)]!;
      for (let n = 2; names.has(name); n++) name = `${name.replace(/ \(\d+\)$/, '')} (${n})`;
      names.add(name);
      const title = name.split(' > ')[0]!;
      state(g, key, name, title, [button(title, 120), button('More options', 300), button('Open', 500)], dialog);
      keys.push(key);
      if (!parent) continue;
      const tapLabel = danger ? danger[0] : name.split(' > ').pop()!;
      link(g, parent, key, { kind: 'tap', target: `button|x|${tapLabel}`, label: tapLabel });
      link(g, key, parent, { kind: 'back' });
      if (danger) {
        // The dialog's OK commits the deletion (or the send): back where it started.
        link(g, key, parent, { kind: 'tap', target: 'button|ok|OK', label: 'OK' });
      } else if (i > 3 && rnd() < 0.4) {
        const other = keys[Math.floor(rnd() * (i - 1))]!;
        if (other !== key) link(g, key, other, { kind: 'tap', target: `button|x|Go`, label: 'Go' });
      }
    }
    g.entry = keys[0];
    if (keys[0]) {
      link(launcher, 'home', keys[0], { kind: 'tap', target: `button|x|${label}`, label }, pkg);
      link(g, keys[0], 'home', { kind: 'back' }, launcher.app);
    }
  });
  return graphs;
}
