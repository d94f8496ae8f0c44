/**
 * Every real dump (the ui-dumps folder of the third-party data) parses, with facts checked by
 * reading each file: foreground package, windows, named labels, and the
 * number of actionable elements (visible, enabled, and clickable,
 * long-clickable, scrollable, a text field, or checkable on its own).
 */
import { expect, it } from 'vitest';
import {
  actionableElements,
  elementByLabel,
  parsePageSource,
  renderCompact,
  type Screen,
  type UiElement,
} from '../../../drivers/screen/index.ts';
import { DUMPS, readDump, realDumpNames } from './dumps.ts';

interface Facts {
  format: Screen['format'];
  size: [number, number];
  foreground: string;
  windows: string[];
  actionable: number;
  /** Labels of actionable elements that must be there, with their role. */
  controls: Array<[label: string, role: UiElement['role']]>;
  /** Informative labels that must be on screen (any element). */
  texts: string[];
  extra?: (screen: Screen) => void;
}

const FACTS: Record<string, Facts> = {
  'Ask-Amo__window_dump.xml': {
    format: 'uiautomator',
    size: [1080, 2178],
    foreground: 'android',
    windows: ['dialog:android'],
    actionable: 15,
    controls: [
      ['Messages', 'listitem'],
      ['Calendar', 'listitem'],
      ['Device care', 'listitem'],
      ['Information', 'button'],
    ],
    texts: ['Open with'],
    extra: (s) => {
      // The last grid row's captions have zero-size bounds: their text still labels the visible cell.
      expect(elementByLabel(s, 'Google Play services')?.role).toBe('listitem');
      // "Just once" / "Always" are disabled until an app is picked.
      const once = elementByLabel(s, 'Just once');
      expect(once?.actionable).toBe(false);
      expect(once?.locator).toEqual({ strategy: 'id', value: 'android:id/button_once' });
      // Two "Messages" cells: the second is reached by instance.
      const cells = s.elements.filter((e) => e.role === 'listitem' && e.label === 'Messages');
      expect(cells).toHaveLength(2);
      expect(cells[0]?.locator.strategy).toBe('xpath');
    },
  },
  'Intelligent-Search__popup_dump.xml': {
    format: 'uiautomator',
    size: [1344, 2992],
    foreground: 'com.google.android.apps.nexuslauncher',
    windows: ['launcher:com.google.android.apps.nexuslauncher', 'popup:com.google.android.apps.nexuslauncher'],
    actionable: 1,
    controls: [['Search settings', 'button']],
    texts: [],
    extra: (s) => {
      const item = elementByLabel(s, 'Search settings');
      expect(item?.window).toBe('w1');
      // Centre of [610,2593][1116,2715].
      expect(item?.tapPoint).toEqual({ x: 863, y: 2654 });
    },
  },
  'Intelligent-Search__settings_google.xml': {
    format: 'uiautomator',
    size: [1344, 2992],
    foreground: 'com.google.android.googlequicksearchbox',
    windows: ['app:com.google.android.googlequicksearchbox'],
    actionable: 7,
    controls: [
      ['System', 'radio'],
      ['Light', 'radio'],
      ['Dark', 'radio'],
      ['Custom', 'radio'],
      ['Back', 'button'],
      ['Send feedback', 'button'],
    ],
    texts: ['Customize', 'Theme', 'Transparency'],
    extra: (s) => {
      const reset = elementByLabel(s, 'Reset');
      expect(reset?.flags.enabled).toBe(false);
      expect(reset?.actionable).toBe(false);
      expect(elementByLabel(s, 'Change shortcut, AI Mode')?.actionable).toBe(true);
    },
  },
  'Nora__chat_dump.xml': {
    format: 'uiautomator',
    size: [1080, 2400],
    foreground: 'com.example.localagent',
    windows: ['app:com.example.localagent'],
    actionable: 2,
    controls: [['Type a message...', 'input']],
    texts: ['Local Agent', '你能做什么', 'nihaohello'],
    extra: (s) => {
      const field = s.elements.find((e) => e.role === 'input');
      expect(field?.flags.focused).toBe(true);
      expect(elementByLabel(s, 'Send')?.actionable).toBe(false);
    },
  },
  'free4g__window_dump.xml': {
    format: 'uiautomator',
    size: [1080, 2167],
    foreground: 'com.android.phone',
    windows: ['app:com.android.phone'],
    actionable: 6,
    controls: [
      ['Voltar', 'button'],
      ['5G preferencial', 'radio'],
      ['LTE preferencial', 'radio'],
      ['Apenas 2G', 'radio'],
    ],
    texts: ['Tipo de rede preferencial'],
    extra: (s) => {
      // The rows stand for their radio buttons, and carry their checked state.
      expect(elementByLabel(s, '5G preferencial')?.flags.checked).toBe(true);
      expect(elementByLabel(s, 'LTE preferencial')?.flags.checked).toBe(false);
      // The navigation bar background is zero-size: dropped.
      expect(s.elements.some((e) => e.resourceId === 'android:id/navigationBarBackground')).toBe(false);
    },
  },
  'mac-yolo-safeguards__window_dump.xml': {
    format: 'uiautomator',
    size: [1080, 2340],
    foreground: 'com.tplink.tpm5',
    windows: ['app:com.tplink.tpm5'],
    actionable: 18,
    controls: [
      ['App Settings', 'button'],
      ['Notifications', 'button'],
      ['Add Device', 'button'],
      ['Change Network', 'button'],
      ['12 Online Clients', 'button'],
      ['Security', 'tab'],
    ],
    texts: [],
    extra: (s) => {
      const network = s.elements.filter((e) => e.label === 'Network' && e.role === 'tab');
      expect(network.length).toBeGreaterThan(0);
      expect(network.every((e) => e.flags.selected)).toBe(true);
      expect(elementByLabel(s, 'Add Device')?.locator).toEqual({
        strategy: 'id',
        value: 'com.tplink.tpm5:id/menu_add',
      });
    },
  },
  'senior-shield__window_dump.xml': {
    format: 'uiautomator',
    size: [1080, 2400],
    foreground: 'com.android.systemui',
    windows: ['notification_shade:com.android.systemui'],
    actionable: 15,
    controls: [
      ['Internet, AndroidWifi', 'switch'],
      ['Bluetooth, On', 'switch'],
      ['Flashlight, Off', 'switch'],
      ['Power menu', 'button'],
      ['Open settings.', 'button'],
    ],
    texts: ['Wed, Apr 29', 'Device controls, Unavailable'],
    extra: (s) => {
      expect(elementByLabel(s, 'Bluetooth, On')?.flags.checked).toBe(true);
      expect(elementByLabel(s, 'Flashlight, Off')?.flags.checked).toBe(false);
    },
  },
  'tron-ai__page_source__nexuslauncher_168e42d.xml': {
    format: 'appium',
    size: [1080, 2424],
    foreground: 'com.google.android.apps.nexuslauncher',
    windows: ['launcher:com.google.android.apps.nexuslauncher'],
    actionable: 16,
    controls: [
      ['Gmail', 'button'],
      ['Photos', 'button'],
      ['Phone', 'button'],
      ['Chrome', 'button'],
      ['Google search', 'button'],
      ['Google Lens', 'button'],
    ],
    texts: [],
    extra: (s) => {
      expect(elementByLabel(s, 'Gmail')?.locator).toEqual({ strategy: 'accessibility id', value: 'Gmail' });
      // Two YouTube icons (grid and hotseat): text is not unique, the descriptions are.
      const yt = s.elements.filter((e) => e.text === 'YouTube');
      expect(yt).toHaveLength(2);
      expect(yt.map((e) => e.locator.value)).toEqual(['YouTube', 'Predicted app: YouTube']);
    },
  },
  'tron-ai__page_source__twitter_bd1a824.xml': {
    format: 'appium',
    size: [1440, 3120],
    foreground: 'com.twitter.android',
    windows: ['app:com.twitter.android'],
    actionable: 36,
    controls: [
      ['Show navigation drawer', 'button'],
      ['New post', 'button'],
      ['Following', 'tab'],
      ['Search and Explore', 'tab'],
      ['Timeline settings', 'button'],
    ],
    texts: [],
    extra: (s) => {
      expect(elementByLabel(s, 'For you')?.flags.selected).toBe(true);
      // The reply button's label is its count; the signature must not depend on it.
      const reply = s.elements.find((e) => e.resourceId === 'com.twitter.android:id/inline_reply');
      expect(reply?.label).toBe('60');
      expect(reply?.signature).toBe('android.view.ViewGroup|com.twitter.android:id/inline_reply|#');
    },
  },
  'ui_finder__dump.xml': {
    format: 'uiautomator',
    size: [1080, 2414],
    foreground: 'com.whereismytrain.android',
    windows: ['app:com.whereismytrain.android'],
    actionable: 19,
    controls: [
      ['Find trains', 'button'],
      ['EXPRESS', 'button'],
      ['METRO', 'button'],
      ['Swap Stations', 'button'],
      ['Phaphund', 'button'],
    ],
    texts: ['Where is my Train', 'SEARCH HISTORY'],
    extra: (s) => {
      const field = elementByLabel(s, 'Gomti Express');
      expect(field?.role).toBe('input');
      expect(field?.flags.enabled).toBe(false);
      // Status and navigation bar backgrounds are app-drawn views, not windows.
      expect(s.windows).toHaveLength(1);
    },
  },
};

DUMPS.describe('real UI dumps (the ui-dumps folder of the third-party data)', () => {
  it('the folder holds exactly the dumps these facts describe', () => {
    expect(realDumpNames()).toEqual(Object.keys(FACTS).sort());
  });

  for (const [name, facts] of Object.entries(FACTS)) {
    it(`${name}: parses with the facts read from the file`, () => {
      const screen = parsePageSource(readDump(name));
      expect(screen.format).toBe(facts.format);
      expect([screen.width, screen.height]).toEqual(facts.size);
      expect(screen.foregroundPackage).toBe(facts.foreground);
      expect(screen.windows.map((w) => `${w.kind}:${w.package}`)).toEqual(facts.windows);
      expect(actionableElements(screen)).toHaveLength(facts.actionable);
      for (const [label, role] of facts.controls) {
        const el = elementByLabel(screen, label);
        expect(el, `control "${label}"`).toBeDefined();
        expect(el?.role, `role of "${label}"`).toBe(role);
        expect(el?.actionable, `"${label}" actionable`).toBe(true);
      }
      for (const text of facts.texts) expect(elementByLabel(screen, text), `text "${text}"`).toBeDefined();
      facts.extra?.(screen);

      // Invariants every screen must satisfy.
      const ids = new Set(screen.elements.map((e) => e.id));
      screen.elements.forEach((e, k) => {
        expect(e.id).toBe(`e${k}`);
        if (e.parent !== null) expect(ids.has(e.parent)).toBe(true);
        const { left, top, right, bottom } = e.bounds;
        expect(right > left && bottom > top).toBe(true);
        expect(e.tapPoint.x >= Math.max(0, left) && e.tapPoint.x < Math.min(screen.width, right)).toBe(true);
        expect(e.tapPoint.y >= Math.max(0, top) && e.tapPoint.y < Math.min(screen.height, bottom)).toBe(true);
        expect(e.locator.value.length).toBeGreaterThan(0);
      });
      // The compact text names every window and every labelled control.
      const compact = renderCompact(screen, { budgetChars: 100_000 });
      for (const w of screen.windows) expect(compact).toContain(`[${w.id}] ${w.kind} ${w.package}`);
      for (const [label] of facts.controls) expect(compact).toContain(JSON.stringify(label));
    });
  }

  it('the listing keeps what a person sees on these screens (issue 12: whole values, hints, descriptions, state)', () => {
    const lines: Array<[dump: string, present: RegExp[], absent: RegExp[]]> = [
      [
        'mac-yolo-safeguards__window_dump.xml',
        [
          // Past the old 80-character cut: how many clients each Deco has.
          /^\[e\d+\] button "Deco_AD42, Working well, Wireless Connected to Office\(2\.4 GHz\/5 GHz\), 5 connected clients"$/m,
          /^\[e\d+\] tab "Network" \(selected\)$/m,
        ],
        [/…"/],
      ],
      [
        'Ask-Amo__window_dump.xml',
        [/^\[e\d+\] button "Just once" desc="Use selected app just once" \(disabled\)$/m],
        [],
      ],
      // A Compose field whose placeholder is a child text: empty, not typed.
      ['Nora__chat_dump.xml', [/^\[e\d+\] input hint="Type a message\.\.\." \(focused\)$/m], [/input "/]],
      [
        'tron-ai__page_source__twitter_bd1a824.xml',
        [
          /^\[e\d+\] tab "For you" \(selected\)$/m,
          /^\[e\d+\] tab "Home\. New items" \(selected\)$/m,
          /80904 verified views/,
        ],
        [],
      ],
      // Every quick-settings tile's insides are selected (marquee text): no tile claims to be the selected one.
      [
        'senior-shield__window_dump.xml',
        [/^\[e\d+\] switch "Internet, AndroidWifi" \(checked\)$/m],
        [/\bswitch .*selected/],
      ],
    ];
    for (const [dump, present, absent] of lines) {
      const compact = renderCompact(parsePageSource(readDump(dump)));
      for (const re of present) expect(compact, `${dump} ${re}`).toMatch(re);
      for (const re of absent) expect(compact, `${dump} ${re}`).not.toMatch(re);
    }
  });

  it('locators are unique where they claim to be: an id or accessibility id names one node of the dump', () => {
    for (const name of realDumpNames()) {
      const xml = readDump(name);
      const screen = parsePageSource(xml);
      for (const e of screen.elements) {
        if (e.locator.strategy === 'id') {
          expect(xml.split(`resource-id="${e.locator.value}"`).length - 1, `${name} ${e.id}`).toBe(1);
        }
      }
    }
  });
});
