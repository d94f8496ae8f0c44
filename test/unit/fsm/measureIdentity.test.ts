import { describe, expect, it } from 'vitest';
import type { Screen } from '../../../drivers/screen/types.ts';
import { measureIdentity, type LabelledObservation } from '../../../fsm/index.ts';
import { editor, home, settings } from './notesApp.ts';
import {
  button,
  buildScreen,
  frame,
  input,
  keyboardWindow,
  list,
  row,
  statusBar,
  tabLayout,
  text,
  toolbar,
  type WindowSpec,
} from './screenBuilder.ts';

describe('measureIdentity', () => {
  it('counts pairs kept together and kept apart against the true screen ids', () => {
    const obs: LabelledObservation[] = [
      { trueId: 'home', screen: home(['a']) },
      { trueId: 'home', screen: home(['b', 'c']) },
      { trueId: 'home', screen: home([]) },
      { trueId: 'editor', screen: editor() },
      { trueId: 'settings', screen: settings() },
    ];
    const m = measureIdentity(obs);
    expect(m).toMatchObject({
      observations: 5,
      trueScreens: 3,
      keys: 3,
      samePairs: 3,
      sameKeptTogether: 3,
      sameRate: 1,
      differentPairs: 7,
      differentKeptApart: 7,
      differentRate: 1,
      merges: [],
      splits: [],
    });
  });

  it('reports merges and splits made by a worse identity', () => {
    const obs: LabelledObservation[] = [
      { trueId: 'home', screen: home(['a']) },
      { trueId: 'home', screen: home(['b']) },
      { trueId: 'editor', screen: editor() },
      { trueId: 'settings', screen: settings() },
    ];
    // A scripted identity that splits home by content and merges editor with settings.
    let i = 0;
    const split = measureIdentity(obs, () => ['k1', 'k2', 'k3', 'k3'][i++]!);
    expect(split.sameRate).toBe(0);
    expect(split.splits).toEqual([{ trueId: 'home', keys: { k1: 1, k2: 1 } }]);
    expect(split.merges).toEqual([{ key: 'k3', trueIds: ['editor', 'settings'] }]);
    expect(split.differentKeptApart).toBe(split.differentPairs - 1);
  });
});

describe('measureIdentity on 2,000 generated observations (hand-built proxy until the device measurement)', () => {
  it('keeps same screens together >= 98% and different screens apart >= 99%', () => {
    let seed = 1234;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const words = [
      'Alice',
      'Bob',
      'Groceries',
      'Invoice #4411',
      'Trip to Oslo',
      'Re: lunch',
      '$12.99 order',
      'See you at 7:30',
      'Meeting notes',
      'Zed',
    ];
    const rows = () =>
      Array.from({ length: Math.floor(rnd() * 9) }, () => row(pick(words), `${Math.floor(rnd() * 59)} min ago`));
    const extras = (): WindowSpec[] => {
      const w: WindowSpec[] = [
        statusBar(
          `${Math.floor(rnd() * 24)}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`,
          `${Math.floor(rnd() * 100)}%`,
        ),
      ];
      if (rnd() < 0.2)
        w.push({
          kind: 'popup',
          pkg: 'android',
          root: frame(text(pick(['Saved', 'Message archived', 'No connection']))),
        });
      return w;
    };
    const keyboard = (): WindowSpec[] => (rnd() < 0.5 ? [keyboardWindow()] : []);
    const mail = (title: string, badge: boolean) =>
      buildScreen({
        pkg: 'com.example.mail',
        activity: '.MailActivity',
        windows: [
          ...extras(),
          {
            kind: 'app',
            root: frame(
              toolbar(title),
              list('com.example:id/messages', rows()),
              button(badge ? `Outbox (${Math.floor(rnd() * 9)})` : 'Outbox', 'com.example:id/outbox'),
            ),
          },
        ],
      });
    const clock = (selected: number) =>
      buildScreen({
        pkg: 'com.example.clock',
        windows: [
          ...extras(),
          {
            kind: 'app',
            root: frame(tabLayout(['Alarm', 'Clock', 'Timer'], selected), list('com.example:id/alarms', rows())),
          },
        ],
      });
    const generators: Record<string, () => Screen> = {
      'notes.home': () => home(rows().map((r) => r.children![0]!.text!)),
      'notes.editor': () => editor(),
      'notes.editor.discard': () => editor(true),
      'notes.settings': () => settings(),
      'mail.inbox': () => mail('Inbox', rnd() < 0.5),
      'mail.sent': () => mail('Sent', rnd() < 0.5),
      'mail.drafts': () => mail('Drafts', rnd() < 0.5),
      'clock.alarm': () => clock(0),
      'clock.clock': () => clock(1),
      'clock.timer': () => clock(2),
      'mail.compose': () =>
        buildScreen({
          pkg: 'com.example.mail',
          activity: '.ComposeActivity',
          windows: [
            ...extras(),
            {
              kind: 'app',
              root: frame(
                toolbar('Compose'),
                input('To', 'com.example:id/to', rnd() < 0.5 ? pick(words) : ''),
                input('Subject', 'com.example:id/subject'),
                button('Send', 'com.example:id/send'),
              ),
            },
            ...keyboard(),
          ],
        }),
    };
    const ids = Object.keys(generators);
    const obs: LabelledObservation[] = Array.from({ length: 2000 }, () => {
      const trueId = pick(ids);
      return { trueId, screen: generators[trueId]!() };
    });
    const m = measureIdentity(obs);
    expect(m.observations).toBe(2000);
    expect(m.sameRate).toBeGreaterThanOrEqual(0.98);
    expect(m.differentRate).toBeGreaterThanOrEqual(0.99);
    expect(m.keys).toBe(ids.length);
  });
});
