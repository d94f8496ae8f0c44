/**
 * Fault scheduler and engine on a Phone driven directly (no Appium): the
 * same seed gives the same faults, rates force each fault type, mis-taps
 * land on the nearest neighbour and are logged; plus the shell behaviours
 * added with them (overflow menu, date picker, shade, tab swipes).
 */
import { describe, expect, it } from 'vitest';
import launcher from '../../../drivers/virtual-android/src/apps/launcher/index.ts';
import { APPS } from '../../../drivers/virtual-android/src/apps/registry.ts';
import { defineApp, type AnyApp } from '../../../drivers/virtual-android/src/framework/types.ts';
import {
  button,
  datePickerDialog,
  editText,
  overflowMenu,
  row,
  screen,
  spacer,
  tabs,
  text,
  toolbar,
} from '../../../drivers/virtual-android/src/framework/widgets.ts';
import {
  FaultProfileError,
  initialFaultState,
  nearestNeighbour,
  parseFaultProfile,
  rollArrival,
  type FaultConfig,
} from '../../../drivers/virtual-android/src/phone/faults/index.ts';
import { pageSource } from '../../../drivers/virtual-android/src/phone/pageSource.ts';
import { Phone } from '../../../drivers/virtual-android/src/phone/Phone.ts';
import type { UiNode } from '../../../drivers/virtual-android/src/phone/UiNode.ts';
import { walk } from '../../../drivers/virtual-android/src/phone/UiNode.ts';

interface FixtureState {
  pressed: string[];
  date: string;
}

const PKG = 'com.maple.fixture';

const fixture = defineApp<FixtureState>({
  id: 'fixture',
  package: PKG,
  label: 'Fixture',
  icon: 'F',
  launchActivity: '.Main',
  home: 'main',
  initialState: () => ({ pressed: [], date: '' }),
  screens: {
    main: {
      render: (r) =>
        screen<FixtureState>([
          toolbar<FixtureState>('Fixture', {
            actions: [
              overflowMenu<FixtureState>([
                { label: 'Pick date', onTap: (a) => a.showDialog('date') },
                { label: 'Other', onTap: (a) => a.navigate('other') },
              ]),
            ],
          }),
          tabs<FixtureState>(
            ['One', 'Two', 'Three'].map((label) => ({
              label,
              selected: (r.local.tab ?? 'One') === label,
              onTap: (a) => {
                a.local.tab = label;
              },
            })),
          ),
          spacer<FixtureState>(400),
          row<FixtureState>(
            { h: 200 },
            ['A', 'B', 'C'].map((l) =>
              button<FixtureState>(
                l,
                (a) => {
                  a.state.pressed.push(l);
                },
                { h: 200 },
              ),
            ),
          ),
          text<FixtureState>(`tab ${String(r.local.tab ?? 'One')}`, { id: 'tab_shown' }),
        ]),
    },
    other: {
      render: (r) =>
        screen<FixtureState>([
          toolbar<FixtureState>('Other', { up: true }),
          text<FixtureState>('Other page'),
          editText<FixtureState>('query', 'Search things', {
            value: String(r.local.q ?? ''),
            onChange: (a, v) => {
              a.local.q = v;
            },
          }),
        ]),
    },
  },
  dialogs: {
    date: {
      render: (r) =>
        datePickerDialog<FixtureState>(r, {
          initial: { year: 2025, month: 6, day: 2 },
          onOk: (a, d) => {
            a.state.date = `${d.year}-${d.month}-${d.day}`;
          },
        }),
    },
  },
});

const APPS_WITH_FIXTURE: AnyApp[] = [launcher, fixture];

function find(phone: Phone, pred: (n: UiNode) => boolean): UiNode {
  let found: UiNode | null = null;
  for (const w of phone.render().windows)
    walk(w.root, (n) => {
      if (!found && pred(n)) found = n;
    });
  if (!found) throw new Error(`node not found on ${phone.render().screenId.id}`);
  return found;
}

/** One input, bracketed as the driver brackets commands. */
function input(phone: Phone, fn: () => void): void {
  phone.faults.beforeInput();
  fn();
  phone.faults.afterInput();
}

function tapText(phone: Phone, value: string): void {
  input(phone, () => phone.click(find(phone, (n) => n.text === value || n.desc === value).handle));
}

const CONFIG: FaultConfig = parseFaultProfile({ seed: 1 })!;

describe('fault profiles', () => {
  it('parses names, objects, JSON text and overriding options', () => {
    expect(parseFaultProfile('off')).toBeNull();
    expect(parseFaultProfile(null)).toBeNull();
    expect(parseFaultProfile('light')!.popupRate).toBeGreaterThan(0);
    expect(parseFaultProfile('heavy')!.misTapRate).toBeGreaterThan(parseFaultProfile('light')!.misTapRate);
    expect(parseFaultProfile('{"crashRate":1,"seed":9}')).toMatchObject({
      name: 'custom',
      crashRate: 1,
      seed: 9,
      popupRate: 0,
    });
    expect(parseFaultProfile('light', { seed: 5, latencyMs: 20 })).toMatchObject({
      name: 'light',
      seed: 5,
      latencyMs: 20,
    });
  });

  it('rejects bad profiles with a typed error', () => {
    expect(() => parseFaultProfile('medium')).toThrow(FaultProfileError);
    expect(() => parseFaultProfile({ popupRate: 2 })).toThrow(/from 0 to 1/);
    expect(() => parseFaultProfile({ popRate: 0.1 })).toThrow(/Unknown fault profile field 'popRate'/);
    expect(() => parseFaultProfile('{nope')).toThrow(/does not parse/);
    expect(() => parseFaultProfile({ popupKinds: ['toast'] })).toThrow(/popupKinds/);
  });
});

describe('fault scheduler', () => {
  it('draws the same arrivals for the same stream and different ones for another', () => {
    const config = { ...CONFIG, popupRate: 0.3, slowLoadRate: 0.3, networkErrorRate: 0.2, crashRate: 0.1 };
    const run = (rng: number) => {
      const fs = { ...initialFaultState(), rng };
      return Array.from({ length: 40 }, () => JSON.stringify(rollArrival(fs, config)));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    expect(new Set(run(7)).size).toBeGreaterThan(2);
  });

  it('rate 1 forces a type; rate 0 never fires', () => {
    const fs = { ...initialFaultState(), rng: 3 };
    for (let i = 0; i < 20; i++)
      expect(rollArrival(fs, { ...CONFIG, networkErrorRate: 1 })).toEqual({ type: 'networkError' });
    for (let i = 0; i < 20; i++) expect(rollArrival(fs, CONFIG)).toBeNull();
    const kinds = new Set(
      Array.from({ length: 30 }, () => (rollArrival(fs, { ...CONFIG, popupRate: 1 }) as { kind: string }).kind),
    );
    expect([...kinds].sort()).toEqual(['ad', 'permission', 'rating']);
  });

  it('picks the nearest other element, skipping containers of the target', () => {
    const box = (left: number, top: number, right: number, bottom: number) => ({
      bounds: { left, top, right, bottom },
    });
    const intended = box(400, 0, 600, 100);
    const around = box(0, 0, 1080, 200);
    const left = box(150, 0, 350, 100);
    const right = box(610, 0, 810, 100);
    expect(nearestNeighbour(intended.bounds, [around, left, right, intended])).toBe(right);
    expect(nearestNeighbour(intended.bounds, [around])).toBeNull();
  });
});

describe('faults on the phone', () => {
  it('a pop-up per arrival under popupRate 1, resolved by its button and logged', () => {
    const phone = new Phone(APPS, { seed: 2 });
    phone.faults.configure({ popupRate: 1, popupKinds: ['permission'], seed: 1 });
    input(phone, () => phone.launch('com.android.settings'));
    const src = pageSource(phone.render());
    expect(src).toContain('text="Allow Settings to send notifications?"');
    expect(src).toContain('package="com.google.android.permissioncontroller"');
    expect(phone.render().screenId.id).toBe('settings/main+fault/permission');
    tapText(phone, "Don't allow");
    expect(phone.render().screenId.id).toBe('settings/main');
    expect(phone.state.faults.log).toEqual([
      expect.objectContaining({
        step: 1,
        type: 'popup',
        kind: 'permission',
        screen: 'settings/main',
        resolved: { step: 2, how: "Don't allow" },
      }),
    ]);
  });

  it('slow load shows a spinner for one observation, then the screen', () => {
    const phone = new Phone(APPS, { seed: 2 });
    phone.faults.configure({ slowLoadRate: 1 });
    input(phone, () => phone.launch('com.android.settings'));
    phone.faults.beforeObserve();
    const first = pageSource(phone.render());
    expect(first).toContain('class="android.widget.ProgressBar"');
    expect(first).toContain('text="Loading…"');
    phone.faults.beforeObserve();
    expect(pageSource(phone.render())).not.toContain('ProgressBar');
    expect(phone.state.faults.log[0]).toMatchObject({ type: 'slowLoad', resolved: { how: 'loaded' } });
  });

  it('slow load also ends after slowLoadMs of virtual time', () => {
    const phone = new Phone(APPS, { seed: 2 });
    phone.faults.configure({ slowLoadRate: 1, slowLoadObservations: 100, slowLoadMs: 2000 });
    input(phone, () => phone.launch('com.android.settings'));
    expect(phone.render().screenId.id).toBe('settings/main+fault/slow_load');
    // A tap takes 400 ms of virtual time: still loading; 1,600 ms more reaches slowLoadMs.
    input(phone, () => phone.tap(500, 1200));
    expect(phone.render().screenId.id).toBe('settings/main+fault/slow_load');
    input(phone, () => phone.elapse(1600));
    expect(phone.render().screenId.id).toBe('settings/main');
  });

  it('network error replaces the screen until Retry', () => {
    const phone = new Phone(APPS, { seed: 2 });
    phone.faults.configure({ networkErrorRate: 1 });
    input(phone, () => phone.launch('com.android.settings'));
    expect(pageSource(phone.render())).toContain('text="No internet connection"');
    expect(pageSource(phone.render())).not.toContain('text="Network &amp; internet"');
    tapText(phone, 'Retry');
    expect(pageSource(phone.render())).toContain('text="Network &amp; internet"');
  });

  it('keeps-stopping dialog: Close app goes to the launcher', () => {
    const phone = new Phone(APPS, { seed: 2 });
    phone.faults.configure({ crashRate: 1 });
    input(phone, () => phone.launch('com.android.deskclock'));
    expect(pageSource(phone.render())).toContain('text="Clock keeps stopping"');
    tapText(phone, 'Close app');
    expect(phone.render().screenId.id).toBe('launcher/home');
    expect(phone.appState('com.android.deskclock')).toBe(1);
  });

  it('mis-tap lands on the nearest neighbour and the log names both', () => {
    const phone = new Phone(APPS_WITH_FIXTURE, { seed: 1 });
    phone.faults.configure({ misTapRate: 1 });
    input(phone, () => phone.launch(PKG));
    tapText(phone, 'B');
    const state = phone.state.apps[PKG] as unknown as FixtureState;
    // A and C are 360 px away, every other clickable further: it lands on one of them.
    expect(state.pressed).toHaveLength(1);
    expect(['A', 'C']).toContain(state.pressed[0]);
    const entry = phone.state.faults.log.find((e) => e.type === 'misTap')!;
    expect(entry).toMatchObject({
      step: 2,
      screen: 'fixture/main',
      intended: { text: 'B' },
      actual: { text: state.pressed[0] },
    });
  });

  it('same seed and actions give the same log; another seed differs', () => {
    const run = (seed: number) => {
      const phone = new Phone(APPS, { seed: 4 });
      phone.faults.configure('heavy', { seed, popupRate: 0.5 });
      const trail: string[] = [];
      for (let i = 0; i < 12; i++) {
        input(phone, () => phone.launch(i % 2 ? 'com.android.settings' : 'com.android.deskclock'));
        trail.push(phone.render().screenId.id);
        input(phone, () => phone.home());
      }
      return { trail, log: phone.state.faults.log };
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1).trail).not.toEqual(run(2).trail);
  });

  it('off by default: nothing injected', () => {
    const phone = new Phone(APPS, { seed: 4 });
    input(phone, () => phone.launch('com.android.settings'));
    expect(phone.render().screenId.id).toBe('settings/main');
    expect(phone.state.faults.log).toEqual([]);
  });
});

describe('shell behaviours', () => {
  it('overflow menu opens a popup ListView and runs the picked item', () => {
    const phone = new Phone(APPS_WITH_FIXTURE, { seed: 1 });
    phone.launch(PKG);
    phone.click(find(phone, (n) => n.desc === 'More options').handle);
    const src = pageSource(phone.render());
    expect(src).toContain('class="android.widget.ListView"');
    expect(phone.render().screenId.id).toBe('fixture/main+fixture/menu');
    phone.click(find(phone, (n) => n.text === 'Other').handle);
    expect(phone.render().screenId.id).toBe('fixture/other');
    phone.back();
    phone.click(find(phone, (n) => n.desc === 'More options').handle);
    phone.back();
    expect(phone.render().screenId.id).toBe('fixture/main');
  });

  it('date picker: next month, pick a day, OK', () => {
    const phone = new Phone(APPS_WITH_FIXTURE, { seed: 1 });
    phone.launch(PKG);
    phone.click(find(phone, (n) => n.desc === 'More options').handle);
    phone.click(find(phone, (n) => n.text === 'Pick date').handle);
    expect(pageSource(phone.render())).toContain('text="June 2025"');
    expect(find(phone, (n) => n.resourceId === 'android:id/date_picker_header_date').text).toBe('Mon, Jun 2');
    phone.click(find(phone, (n) => n.desc === 'Next month').handle);
    phone.click(find(phone, (n) => n.desc === '15 July 2025').handle);
    expect(find(phone, (n) => n.resourceId === 'android:id/date_picker_header_date').text).toBe('Tue, Jul 15');
    phone.click(find(phone, (n) => n.text === 'OK').handle);
    expect((phone.state.apps[PKG] as unknown as FixtureState).date).toBe('2025-7-15');
    expect(phone.render().screenId.dialog).toBeNull();
  });

  it('horizontal swipes change tabs', () => {
    const phone = new Phone(APPS_WITH_FIXTURE, { seed: 1 });
    phone.launch(PKG);
    phone.swipe(900, 1500, 200, 1500);
    expect(find(phone, (n) => n.resourceId.endsWith('tab_shown')).text).toBe('tab Two');
    phone.swipe(900, 1500, 200, 1500);
    phone.swipe(900, 1500, 200, 1500);
    expect(find(phone, (n) => n.resourceId.endsWith('tab_shown')).text).toBe('tab Three');
    phone.swipe(200, 1500, 900, 1500);
    expect(find(phone, (n) => n.resourceId.endsWith('tab_shown')).text).toBe('tab Two');
  });

  it('notification shade: swipe down from the status bar, toggle a tile, swipe up', () => {
    const phone = new Phone(APPS, { seed: 1 });
    phone.swipe(540, 20, 540, 1400);
    const shade = phone.render().windows.at(-1)!;
    expect(shade.key).toBe('shade');
    expect(shade.pkg).toBe('com.android.systemui');
    expect(phone.render().screenId.id).toBe('launcher/home+system/notification_shade');
    const tile = find(phone, (n) => n.cls === 'android.widget.Switch' && n.desc === 'Dark theme');
    expect(tile.checked).toBe(false);
    phone.click(tile.handle);
    expect((phone.state.apps['com.android.settings'] as { display: { darkMode: boolean } }).display.darkMode).toBe(
      true,
    );
    phone.swipe(540, 1800, 540, 300);
    expect(phone.render().screenId.id).toBe('launcher/home');
  });

  it('text fields report hint after displayed and before a11y-important', () => {
    const phone = new Phone(APPS_WITH_FIXTURE, { seed: 1 });
    phone.launch(PKG, 'other');
    const field = pageSource(phone.render())
      .split('\n')
      .find((l) => l.includes('class="android.widget.EditText"'))!;
    expect(field).toMatch(
      /text="Search things" resource-id="com.maple.fixture:id\/query" .* bounds="[^"]*" displayed="true" hint="Search things" a11y-important=.* showing-hint="true"/,
    );
  });
});
