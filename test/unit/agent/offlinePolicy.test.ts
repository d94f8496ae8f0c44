/**
 * The offline policy's capabilities on real screens of the virtual phone
 * (parsed in-process from its page source): forms, pickers, the calculator,
 * answers, switches, search, verbs on an opened item, the share sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OfflinePolicy, type PolicyDecision } from '../../../agent/offline/index.ts';
import { parsePageSource, type Screen } from '../../../drivers/screen/index.ts';
import {
  APPS,
  Phone,
  crawlScreens,
  pageSource,
  type CrawledScreen,
} from '../../../drivers/virtual-android/src/index.ts';
import { VIRTUAL_APP_LABELS } from '../../support/virtualAppLabels.ts';

const LABELS = [...VIRTUAL_APP_LABELS];
let phone: Phone;
let screens: Map<string, CrawledScreen>;
const packages: Record<string, string> = {};

beforeAll(() => {
  phone = new Phone(APPS, { seed: 1 });
  screens = crawlScreens(phone);
  for (const app of phone.installed()) packages[app.label] = app.package;
});

function screen(id: string): Screen {
  const s = screens.get(id);
  if (!s) throw new Error(`no crawled screen ${id}`);
  phone.restore(s.state);
  return parsePageSource(pageSource(phone.render()));
}

/** A policy with only what a user gives: the instruction (and the launcher's labels, as on the phone). */
function policy(task: string): OfflinePolicy {
  const p = new OfflinePolicy(task, { appLabels: LABELS, knownPackages: packages });
  p.plan(LABELS);
  return p;
}

/** The decided action with its target's label, for readable assertions. */
function decide(
  p: OfflinePolicy,
  s: Screen,
  key: string,
): { name: string; label?: string; desc?: string; input: Record<string, unknown> } | PolicyDecision {
  const d = p.decide(s, key);
  if (d.kind !== 'act') return d;
  const el = s.elements.find((e) => e.id === d.action.input['element']);
  return { name: d.action.name, ...(el ? { label: el.label, desc: el.contentDesc } : {}), input: d.action.input };
}

describe('offline policy on virtual-phone screens', () => {
  it('fills a new contact form field by field from the hints', () => {
    const p = policy('Save a new contact: Lena Hoffmann, phone +1 415-555-0123, works at Maple Labs.');
    const s = screen('contacts/new');
    const typed: Record<string, unknown> = {};
    for (let i = 0; i < 4; i++) {
      const a = decide(p, s, 'contacts/new') as { name: string; label?: string; input: Record<string, unknown> };
      expect(a.name).toBe('type');
      typed[a.label!] = a.input['text'];
    }
    expect(typed).toEqual({
      'First name': 'Lena',
      'Last name': 'Hoffmann',
      Company: 'Maple Labs',
      Phone: '+1 415-555-0123',
    });
    // Everything filled: commit with Save.
    expect(decide(p, s, 'contacts/new')).toMatchObject({ name: 'tap', label: 'Save' });
  });

  it('fills a mail: recipient, subject and body, then sends', () => {
    const p = policy(
      'Email Carol (carol.singh@example.com) with the subject "Dinner on Sunday" saying I will bring dessert.',
    );
    const s = screen('mail/compose');
    const texts = [0, 1, 2].map(
      () => (decide(p, s, 'mail/compose') as { input: Record<string, unknown> }).input['text'],
    );
    expect(texts).toEqual(['carol.singh@example.com', 'Dinner on Sunday', 'I will bring dessert']);
    expect(decide(p, s, 'mail/compose')).toMatchObject({ name: 'tap', label: 'Send' });
  });

  it('sets a time picker: clears a field that shows another hour before typing', () => {
    const p = policy('Set an alarm for 5:45 in the morning.');
    const s = screen('clock/alarms+clock/time_picker');
    expect(decide(p, s, 'tp')).toMatchObject({ name: 'clear', label: '08' });
  });

  it('picks a day in a date picker by its description', () => {
    const p = policy('Add a "Haircut" appointment on Wednesday June 11 at 16:30.');
    const s = screen('calendar/new+calendar/date_picker');
    expect(decide(p, s, 'dp')).toMatchObject({ name: 'tap', desc: 'Wednesday, June 11' });
  });

  it('presses an expression from the instruction on the calculator keypad', () => {
    const p = policy('Use the calculator to work out 128 times 37.');
    const s = screen('calculator/main');
    const labels = [0, 1, 2, 3].map(() => (decide(p, s, 'calc') as { label?: string }).label);
    expect(labels).toEqual(['1', '2', '8', '×']);
  });

  it('answers a question with what the opened screen shows', () => {
    const p = policy(
      'Which Wi-Fi network am I connected to, and is its signal good? Tell me the network name and signal strength.',
    );
    const s = screen('settings/wifi_details');
    // Opened by an earlier tap in a real run; here the subject is already on screen.
    (p as unknown as { progress: { opened: boolean } }).progress.opened = true;
    let d = p.decide(s, 'wd');
    for (let i = 0; i < 3 && d.kind === 'act'; i++) d = p.decide(s, `wd${i}`);
    expect(d.kind).toBe('finish');
    expect((d as { answer?: string }).answer).toMatch(/HomeNet/);
    expect((d as { answer?: string }).answer).toMatch(/Poor/);
  });

  it('turns a switch on by its row label', () => {
    const p = policy('Turn on the dark theme.');
    const s = screen('settings/display');
    expect(decide(p, s, 'display')).toMatchObject({ name: 'tap', label: expect.stringMatching(/^Dark theme/) });
  });

  it('searches for a person who is not on screen, then opens them and taps the verb', () => {
    const p = policy('Call Emma Rossi.');
    const list = screen('contacts/list');
    const first = decide(p, list, 'list') as { name: string; label?: string };
    // Emma is below the fold: the toolbar search or the list row, never an unrelated tap.
    expect(first.name === 'tap' && /Search contacts|Emma Rossi/.test(first.label ?? '')).toBe(true);
    const search = screen('contacts/search');
    if (first.label === 'Search contacts')
      expect(decide(p, search, 'search')).toMatchObject({ name: 'type', input: { text: 'Emma Rossi', submit: true } });
  });

  it('taps the clause verb on an opened item (Call on a contact card)', () => {
    const p = policy('Call David Kim.');
    expect(decide(p, screen('contacts/list'), 'list')).toMatchObject({ name: 'tap', label: 'David Kim' });
    expect(decide(p, screen('contacts/details'), 'details')).toMatchObject({ name: 'tap', label: 'Call' });
  });

  it('shares through the share sheet to the app the task goes on in', () => {
    const p = policy('Share my "Passwords hint" note with Laura Novak over Messages.');
    expect(p.subgoals.map((c) => c.app)).toEqual(['Notes', 'Messages']);
    expect(decide(p, screen('notes/list'), 'list')).toMatchObject({
      name: 'tap',
      label: expect.stringMatching(/^Passwords hint/),
    });
    expect(decide(p, screen('notes/edit'), 'edit')).toMatchObject({ name: 'tap', label: 'Share' });
    expect(decide(p, screen('notes/edit+system/share'), 'sheet')).toMatchObject({ name: 'tap', label: 'Messages' });
  });

  it('confirms a destructive dialog with its positive button', () => {
    const p = policy('Take the earbuds out of my cart.');
    expect(decide(p, screen('shopping/cart+shopping/remove_item'), 'dlg')).toMatchObject({
      name: 'tap',
      label: 'REMOVE',
    });
  });
});
