import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsmFormatError, importDroidbot } from '../../../fsm/index.ts';
import { testData } from '../../support/sharedData.ts';

const YELP = testData('traces/droidbot-yelp');

const short = (s: string) => s.slice(0, 8);

describe('importDroidbot (Yelp trace)', () => {
  it.skipIf(YELP.missing)(YELP.title('keeps DroidBot identity one to one: 16 states and 30 transitions'), () => {
    const r = importDroidbot(YELP.path, { identity: 'droidbot' });
    expect([r.utgNodes, r.utgEdges, r.utgEvents]).toEqual([16, 30, 30]);
    expect(Object.keys(r.graph.states)).toHaveLength(16);
    expect(Object.keys(r.graph.transitions)).toHaveLength(30);
    expect(r.graph.app).toBe('com.yelp.android');
    expect(short(r.graph.entry!)).toBe('36b4f247');
  });

  const accounts =
    'accounts for every DroidBot state and transition under our identity, and merges only same-screen pairs';
  it.skipIf(YELP.missing)(YELP.title(accounts), () => {
    const r = importDroidbot(YELP.path);
    expect(r.stateMap.size).toBe(16);
    for (const key of r.stateMap.values()) expect(r.graph.states[key]).toBeDefined();
    expect(r.transitionMap.size).toBe(30);
    for (const id of r.transitionMap.values()) expect(r.graph.transitions[id]).toBeDefined();
    expect(r.screens.size).toBe(16);

    // The merges documented in docs/fsm.md: same activity, content or scroll position differing.
    const groups = [...r.merged.values()].map((g) => g.map(short).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(groups).toEqual([
      ['3932688f', '6c73d6be'].sort(), // Nearby: banner shown vs scrolled to the category grid
      ['58beb4c9', '8c0b4d9c'].sort(), // Search results: loading panel vs loaded list
      ['7690400f', 'b064180e'].sort(), // Activity feed: other feed cards
      ['b2f5fbbd', 'ec90a76a'].sort(), // User profile: scrolled
    ]);
    for (const group of r.merged.values()) {
      const activities = new Set(group.map((s) => r.screens.get(s)!.screen.activity));
      expect(activities.size).toBe(1);
    }
    expect(Object.keys(r.graph.states)).toHaveLength(12);
    const byPrefix = (p: string) => [...r.stateMap.entries()].find(([s]) => s.startsWith(p))![1];
    // The "Signing up…" progress dialog, dumped as its own window, is a dialog state, not the sign-up form.
    expect(byPrefix('daf8aa7d')).not.toBe(byPrefix('68493b69'));
    expect(r.graph.states[byPrefix('daf8aa7d')]!.features).toContain('dlg:window');
    // Bookmarks with the navigation drawer open is not Bookmarks.
    expect(byPrefix('138b509f')).not.toBe(byPrefix('1b8a8ac3'));
    expect(r.graph.states[byPrefix('138b509f')]!.features).toContain('drw:window');
  });

  it.skipIf(YELP.missing)(
    YELP.title('turns touch events into taps on element signatures from the source screen'),
    () => {
      const r = importDroidbot(YELP.path);
      const actions = Object.values(r.graph.transitions).map((t) => t.action);
      expect(actions.every((a) => a.kind === 'tap' && typeof a.target === 'string')).toBe(true);
      const ids = new Set(Object.values(r.graph.transitions).map((t) => t.actionId));
      expect(ids).toContain('tap[button|hot_button_bookmarks|Bookmarks]');
      expect(ids).toContain('tap[button|accept_button|Yes, turn it on]');
      const first = Object.values(r.graph.transitions).find((t) => t.action.label === 'Yes, turn it on')!;
      expect(first.source).toBe(r.graph.entry);
    },
  );

  it('says clearly when the folder is not a DroidBot output', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'maple-droidbot-'));
    try {
      expect(() => importDroidbot(dir)).toThrow(FsmFormatError);
      writeFileSync(path.join(dir, 'utg.json'), '{"nodes": 3}');
      expect(() => importDroidbot(dir)).toThrow(/app_package, nodes\[\] and edges\[\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
