/**
 * Element re-identification rules on hand-built screens: rows by their own content (never position),
 * changed dynamic parts allowed only where the rest singles out one row, ties and weak fits answered
 * "not on screen", sections, rows cut by the list's edge, fields of details lists, controls by signature
 * and context, and stored references validated.
 */
import { describe, expect, it } from 'vitest';
import type { Screen } from '../../../drivers/screen/types.ts';
import {
  actionId,
  elementRef,
  FsmFormatError,
  FsmLookupError,
  parseAbstractAction,
  parseElementRef,
  reidentify,
  stateKey,
  type ElementRef,
} from '../../../fsm/index.ts';
import { buildScreen, button, list, node, row, text, toolbar, type NodeSpec } from './screenBuilder.ts';

const PKG = 'com.example.clock';

function screenOf(...body: NodeSpec[]): Screen {
  return buildScreen({
    pkg: PKG,
    windows: [{ kind: 'app', root: node('android.widget.FrameLayout', { children: body }) }],
  });
}

const alarms = (...rows: NodeSpec[]): Screen => screenOf(toolbar('Alarm'), list('com.example:id/alarms', rows));

/** The reference to the first element whose label is `label` (rows: the row element). */
function refTo(screen: Screen, label: string): ElementRef {
  const e = screen.elements.find((x) => x.label === label);
  if (!e) throw new Error(`no element "${label}"`);
  return elementRef(screen, stateKey(screen), e.id);
}

function find(ref: ElementRef, screen: Screen): string | null {
  const r = reidentify(ref, screen, stateKey(screen));
  return r.element ? r.element.label : null;
}

describe('list rows are found by their own content', () => {
  const before = alarms(row('06:30', 'Gym · Mon, Wed, Fri'), row('06:45', 'Not scheduled'), row('07:00', 'Mon-Fri'));
  const ref = refTo(before, '06:45 Not scheduled');

  it('records the row by content, not by position or id', () => {
    expect(ref.kind).toBe('row');
    expect(ref.row!.fields.map((f) => f.text)).toEqual(['06:45', 'Not scheduled']);
    expect(JSON.parse(JSON.stringify(ref))).toEqual(ref);
  });

  it('finds the 06:45 alarm, not the 06:30 one, after the list is reordered and grown', () => {
    const later = alarms(
      row('05:15', 'Mon-Fri'),
      row('07:00', 'Mon-Fri'),
      row('06:30', 'Gym · Mon, Wed, Fri'),
      row('06:45', 'Not scheduled'),
    );
    expect(find(ref, later)).toBe('06:45 Not scheduled');
  });

  it('answers "not on screen" when the 06:45 alarm was deleted, though other alarms differ only by minutes', () => {
    const later = alarms(row('06:30', 'Gym · Mon, Wed, Fri'), row('07:00', 'Mon-Fri'));
    const r = reidentify(ref, later, stateKey(later));
    expect(r.element).toBeNull();
  });

  it('does not take another "Not scheduled" alarm minutes away for it: the time is what names an alarm', () => {
    const later = alarms(row('06:30', 'Gym · Mon, Wed, Fri'), row('06:50', 'Not scheduled'), row('07:00', 'Mon-Fri'));
    expect(find(ref, later)).toBeNull();
  });

  it('keeps an alarm whose secondary line changed while its time singles it out', () => {
    const later = alarms(row('06:30', 'Gym · Mon, Wed, Fri'), row('06:45', 'Mon, Tue'), row('07:00', 'Mon-Fri'));
    const r = reidentify(ref, later, stateKey(later));
    expect(r.element?.label).toBe('06:45 Mon, Tue');
    expect(r.element && r.how).toBe('changed content');
  });

  it('answers "not on screen" when two rows fit a changed time equally', () => {
    const later = alarms(row('06:50', 'Not scheduled'), row('07:10', 'Not scheduled'));
    expect(find(ref, later)).toBeNull();
  });

  it('answers "not on screen" when two changed rows each keep a different part of it', () => {
    const stored = refTo(
      alarms(row('Standup', 'Room 4', 'Alice'), row('Review', 'Room 9', 'Dan')),
      'Standup Room 4 Alice',
    );
    const later = alarms(row('Standup', 'Room 4', 'Bob'), row('Standup', 'Room 7', 'Alice'));
    expect(reidentify(stored, later, stateKey(later))).toMatchObject({ element: null, why: 'ambiguous' });
  });

  it('does not take a renamed row for the stored one (a changed name counts heavily against)', () => {
    const people = (...rows: NodeSpec[]): Screen => screenOf(toolbar('Contacts'), list('com.example:id/people', rows));
    const stored = refTo(people(row('Alice Smith', 'Mobile'), row('Bob Jones', 'Work')), 'Alice Smith Mobile');
    expect(find(stored, people(row('Alicia Smyth', 'Mobile'), row('Bob Jones', 'Work')))).toBeNull();
  });

  it('keeps a note whose title was edited at one end while its body singles it out', () => {
    const notes = (...rows: NodeSpec[]): Screen => screenOf(toolbar('Notes'), list('com.example:id/notes', rows));
    const body = 'The Left Hand of Darkness; Piranesi; The Overstory';
    const stored = refTo(notes(row('Books to read', body), row('Groceries', 'Milk, eggs')), `Books to read ${body}`);
    expect(find(stored, notes(row('Groceries', 'Milk, eggs'), row('Books to read 2025', body)))).toBe(
      `Books to read 2025 ${body}`,
    );
    expect(find(stored, notes(row('Groceries', 'Milk, eggs'), row('Films to see', body)))).toBeNull();
  });

  it('keeps a conversation whose last message and time changed (its name singles it out)', () => {
    const chats = (...rows: NodeSpec[]): Screen => screenOf(toolbar('Messages'), list('com.example:id/chats', rows));
    const stored = refTo(
      chats(row('Bob Jones', 'See you at 5', '10:02'), row('Carol Singh', 'Thanks!', '09:40')),
      'Bob Jones See you at 5 10:02',
    );
    const later = chats(row('Carol Singh', 'Thanks!', '09:40'), row('Bob Jones', 'Running late', '10:15'));
    expect(find(stored, later)).toBe('Bob Jones Running late 10:15');
  });

  it('tells settings rows that share words apart', () => {
    const settings = (...rows: NodeSpec[]): Screen =>
      screenOf(toolbar('Settings'), list('com.example:id/recycler_view', rows));
    const stored = refTo(
      settings(row('Network & internet', 'Mobile, Wi-Fi, hotspot'), row('Connected devices', 'Bluetooth, pairing')),
      'Connected devices Bluetooth, pairing',
    );
    expect(find(stored, settings(row('Network & internet', 'Mobile, Wi-Fi, hotspot')))).toBeNull();
    expect(find(stored, settings(row('Connected devices', 'Bluetooth, pairing'), row('Apps', 'Recent apps')))).toBe(
      'Connected devices Bluetooth, pairing',
    );
  });
});

describe('ties, twins, sections and cut rows', () => {
  it('refuses a reference whose row had an identical twin when stored', () => {
    const screen = alarms(row('07:00', 'Mon-Fri'), row('07:00', 'Mon-Fri'));
    const ref = refTo(screen, '07:00 Mon-Fri');
    expect(ref.row!.twin).toBe(true);
    expect(reidentify(ref, screen, stateKey(screen))).toMatchObject({ element: null, why: 'ambiguous' });
  });

  it('tells a starred contact under Favorites from its row under its letter by the heading above it', () => {
    const contacts = (...rows: NodeSpec[]): Screen => screenOf(toolbar('Contacts'), list('com.example:id/list', rows));
    const header = (t: string): NodeSpec => text(t, { id: 'com.example:id/header' });
    const stored = contacts(
      header('Favorites'),
      row('Grace Okafor'),
      header('G'),
      row('Grace Okafor'),
      row('Gus Hale'),
    );
    const underG = stored.elements.filter((e) => e.label === 'Grace Okafor' && e.role !== 'text')[1]!;
    const ref = elementRef(stored, stateKey(stored), underG.id);
    expect(ref.row!.section).toBe('G');
    const r = reidentify(ref, stored, stateKey(stored));
    expect(r.element?.id).toBe(underG.id);
    // Scrolled: only the Favorites row is left, under its own heading: it is not the row under G.
    expect(find(ref, contacts(header('Favorites'), row('Grace Okafor'), header('H'), row('Hana Ito')))).toBeNull();
  });

  it('finds a row cut by the list edge from a text specific enough alone, but not from a common one', () => {
    const stored = alarms(row('06:30', 'Gym · Mon, Wed, Fri'), row('07:00', 'Mon-Fri'));
    const cut = (secondary: string): NodeSpec =>
      node('android.widget.LinearLayout', {
        id: 'com.example:id/row',
        clickable: true,
        children: [text(secondary, { id: 'com.example:id/secondary' })],
      });
    expect(
      find(refTo(stored, '06:30 Gym · Mon, Wed, Fri'), alarms(cut('Gym · Mon, Wed, Fri'), row('07:00', 'Mon-Fri'))),
    ).toBe('Gym · Mon, Wed, Fri');
    const many = alarms(row('06:30', 'Mon-Fri'), row('07:00', 'Mon-Fri'), row('08:00', 'Weekend'));
    expect(find(refTo(many, '06:30 Mon-Fri'), alarms(cut('Mon-Fri'), row('08:00', 'Weekend')))).toBeNull();
  });

  it('finds a field of a details list by its id whatever it shows now', () => {
    const route = (duration: string, summary: string): Screen =>
      screenOf(
        toolbar('Directions'),
        list('com.example:id/route', [
          text(duration, { id: 'com.example:id/route_duration' }),
          text('Arrive at 8:42', { id: 'com.example:id/route_arrival' }),
          text(summary, { id: 'com.example:id/route_summary' }),
        ]),
      );
    const ref = refTo(route('5 min (1.2 km)', 'Mostly flat route'), '5 min (1.2 km)');
    expect(ref.row!.field).toBe(true);
    const later = route('11 min (1.0 km)', 'Fastest route, the usual traffic');
    expect(reidentify(ref, later, stateKey(later))).toMatchObject({ how: 'field id' });
    expect(find(ref, later)).toBe('11 min (1.0 km)');
  });
});

describe('static controls', () => {
  it('finds a control by signature, and a caption change of its own id as the same element, said so', () => {
    const note = (pin: string): Screen =>
      screenOf(toolbar('Note', button(pin, 'com.example:id/menu_pin')), button('Save', 'com.example:id/save'));
    const ref = refTo(note('Pin'), 'Pin');
    expect(reidentify(ref, note('Pin'), stateKey(note('Pin')))).toMatchObject({ how: 'signature' });
    expect(reidentify(ref, note('Unpin'), stateKey(note('Unpin')))).toMatchObject({ how: 'same id, label changed' });
    expect(find(ref, note('Unpin'))).toBe('Unpin');
  });

  it('does not take a button with the same id elsewhere in the layout for a changed caption', () => {
    const keypad = screenOf(toolbar('Timer'), button('Start', 'com.example:id/fab'));
    const running = screenOf(
      toolbar('Timer'),
      node('android.widget.LinearLayout', { children: [button('Pause', 'com.example:id/fab')] }),
    );
    expect(find(refTo(keypad, 'Start'), running)).toBeNull();
  });

  it('tells unlabelled switches apart by the caption of their row', () => {
    const toggle = (caption: string): NodeSpec =>
      node('android.widget.LinearLayout', {
        children: [
          text(caption),
          node('android.widget.Switch', { id: 'com.example:id/onoff', clickable: true, checked: false }),
        ],
      });
    const screen = screenOf(toolbar('Alarm'), toggle('Vibrate'), toggle('Alarm on'));
    const second = screen.elements.filter((e) => e.className === 'android.widget.Switch')[1]!;
    const ref = elementRef(screen, stateKey(screen), second.id);
    expect(ref.context.rowLabel).toBe('Alarm on');
    const swapped = screenOf(toolbar('Alarm'), toggle('Alarm on'), toggle('Vibrate'));
    const r = reidentify(ref, swapped, stateKey(swapped));
    expect(
      r.element && swapped.elements.find((e) => e.parent === r.element!.parent && e.label === 'Alarm on'),
    ).toBeTruthy();
  });

  it('says "not on screen" for a control that is gone', () => {
    const ref = refTo(screenOf(toolbar('Note'), button('Save', 'com.example:id/save')), 'Save');
    expect(reidentify(ref, screenOf(toolbar('Note')), stateKey(screenOf(toolbar('Note'))))).toMatchObject({
      element: null,
      why: 'absent',
    });
  });
});

describe('stored references', () => {
  const screen = alarms(row('06:30', 'Gym'), row('06:45', 'Not scheduled'));

  it('round-trips through JSON and validates', () => {
    const ref = refTo(screen, '06:45 Not scheduled');
    expect(parseElementRef(JSON.parse(JSON.stringify(ref)))).toEqual(ref);
  });

  it('rejects what elementRef did not make, naming what is wrong', () => {
    expect(() => parseElementRef('e8')).toThrow(FsmFormatError);
    expect(() => parseElementRef({ v: 1, kind: 'row' })).toThrow(/signature/);
    const ref = refTo(screen, '06:45 Not scheduled');
    expect(() => parseElementRef({ ...ref, v: 7 })).toThrow(/version 7/);
    expect(() => parseElementRef({ ...ref, row: undefined })).toThrow(/row\.fields/);
  });

  it('travels in an AbstractAction, validated on load, without changing the action id', () => {
    const ref = refTo(screen, '06:45 Not scheduled');
    const action = { kind: 'tap' as const, target: ref.signature, label: ref.label, ref };
    const loaded = parseAbstractAction(JSON.parse(JSON.stringify(action)));
    expect(loaded.ref).toEqual(ref);
    expect(actionId(loaded)).toBe(actionId({ kind: 'tap', target: ref.signature }));
    expect(() => parseAbstractAction({ ...action, ref: { v: 1 } }, 'shortcut 3')).toThrow(/shortcut 3\.ref/);
  });

  it('refuses an element id that is not on the screen', () => {
    expect(() => elementRef(screen, stateKey(screen), 'e999')).toThrow(FsmLookupError);
  });
});
