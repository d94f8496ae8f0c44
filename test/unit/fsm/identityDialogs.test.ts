/**
 * Dialogs, pop-up menus and pickers keep their identity (issue 11 item 2, issue 12 item 3). Each case
 * reproduces a cause seen on real apps with a page source in both dump formats, and states the grouping
 * expected: what must be one state and what must be apart.
 *   - a dialog in a window of its own, with no framework dialog ids, must be a dialog (not the app screen);
 *   - its body and button row are ScrollViews: the buttons must count;
 *   - a popup menu is a ListView: its options must count;
 *   - dialog titles with an id like `dialog_title_textview`, or none, must be found.
 */
import { describe, expect, it } from 'vitest';
import { parsePageSource, renderCompact } from '../../../drivers/screen/index.ts';
import { stateKey } from '../../../fsm/index.ts';
import { pageSourceXml, textView, view, type DumpFormat } from '../../support/pageSourceXml.ts';
import {
  alarmPage,
  CLOCK,
  clockMain,
  dialogWindow,
  dump,
  MESSENGER,
  popupMenu,
  timerPage,
  titledList,
} from './fixtures/realLikeScreens.ts';

const FORMATS: DumpFormat[] = ['uiautomator', 'appium'];

/** Asserts that the screens fall into exactly these groups: same key within a group, different keys across. */
function expectGrouping(groups: Record<string, string[]>): void {
  const keyOf = new Map<string, string>();
  for (const [name, sources] of Object.entries(groups)) {
    const keys = sources.map((s) => stateKey(parsePageSource(s)).key);
    expect(new Set(keys).size, `${name}: every observation one state`).toBe(1);
    keyOf.set(name, keys[0]!);
  }
  const names = [...keyOf.keys()];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++)
      expect(keyOf.get(names[i]!), `${names[i]} and ${names[j]} must be different states`).not.toBe(
        keyOf.get(names[j]!),
      );
}

describe.each(FORMATS)('dialogs and menus (%s dumps)', (format) => {
  const alarms = (times: string[]) => clockMain('Alarm', alarmPage(times));
  const over = (times: string[], ...windows: Parameters<typeof dump>[1][]) => dump(format, alarms(times), ...windows);

  it('keeps five different Clock dialogs apart, and each one together whatever it shows', () => {
    const editAlarm = (time: string) =>
      dialogWindow(CLOCK, {
        title: time,
        titleId: 'dialog_title_textview',
        buttons: ['Cancel', 'OK'],
        message: 'Label',
      });
    expectGrouping({
      // A time in the title is content: editing the 7:00 alarm and the 8:30 alarm is one dialog.
      'alarm edit': [over(['7:00 AM'], editAlarm('7:00 AM')), over(['7:00 AM', '8:30 AM'], editAlarm('8:30 AM'))],
      'alarm warning': [
        over(['7:00 AM'], dialogWindow(CLOCK, { message: 'Alarm volume is muted.', buttons: ['Dismiss', 'Unmute'] })),
        over(['6:15 AM'], dialogWindow(CLOCK, { message: 'Alarm volume is muted.', buttons: ['Dismiss', 'Unmute'] })),
      ],
      'sort by': [
        over(
          ['7:00 AM'],
          dialogWindow(CLOCK, {
            title: 'Sort by',
            titleId: 'dialog_title_textview',
            options: { labels: ['Time', 'Name'], checked: 0 },
            buttons: ['Cancel'],
          }),
        ),
        over(
          ['9:00 PM'],
          dialogWindow(CLOCK, {
            title: 'Sort by',
            titleId: 'dialog_title_textview',
            options: { labels: ['Time', 'Name'], checked: 1 },
            buttons: ['Cancel'],
          }),
        ),
      ],
      'timer edit': [
        dump(
          format,
          clockMain('Timer', timerPage('04:59')),
          dialogWindow(CLOCK, { title: 'Edit timer', buttons: ['Cancel', 'OK'] }),
        ),
        dump(
          format,
          clockMain('Timer', timerPage('01:10')),
          dialogWindow(CLOCK, { title: 'Edit timer', buttons: ['Cancel', 'OK'] }),
        ),
      ],
      'sound picker': [
        over(
          ['7:00 AM'],
          dialogWindow(CLOCK, {
            title: 'Alarm sound',
            options: { labels: ['Argon', 'Barium', 'Carbon'], scrollable: true },
            buttons: ['Cancel', 'OK'],
          }),
        ),
        over(
          ['7:00 AM'],
          dialogWindow(CLOCK, {
            title: 'Alarm sound',
            options: { labels: ['Carbon', 'Daybreak', 'Elephant'], scrollable: true },
            buttons: ['Cancel', 'OK'],
          }),
        ),
      ],
      'alarms, no dialog': [over(['7:00 AM']), over(['5:00 AM', '6:00 AM'])],
    });
  });

  it('classes a dialog window without dialog ids as a dialog, and finds its title by id or by position', () => {
    const s = parsePageSource(
      over(
        ['7:00 AM'],
        dialogWindow(CLOCK, { title: 'Sort by', options: { labels: ['Time', 'Name'] }, buttons: ['Cancel'] }),
      ),
    );
    expect(s.windows.map((w) => w.kind)).toEqual(['app', 'dialog', 'status_bar']);
    const k = stateKey(s);
    expect(k.dialogTitle).toBe('Sort by');
    expect(k.features).toEqual(
      expect.arrayContaining(['dlg:window', 'dlg:title:Sort by', 'dlg:opt:Time', 'dlg:opt:Name']),
    );
    const titled = stateKey(
      parsePageSource(
        over(
          ['7:00 AM'],
          dialogWindow(CLOCK, { title: 'Edit timer', titleId: 'dialog_title_textview', buttons: ['OK'] }),
        ),
      ),
    );
    expect(titled.dialogTitle).toBe('Edit timer');
    // The buttons of a button row inside a ScrollView count.
    expect(titled.features).toContain('dlg:el:button|android:button1|OK');
  });

  it('on a messenger: the overflow menu is not the delete confirmation, the font-size picker is not the date-format picker', () => {
    const chats = (rows: string[]) => titledList(MESSENGER, 'Messages', rows);
    const fontSize = (checked: number) =>
      dialogWindow(MESSENGER, {
        title: 'Font size',
        titleId: 'dialog_title_textview',
        options: { labels: ['Small', 'Medium', 'Large', 'Extra large'], checked },
        buttons: ['Cancel'],
      });
    const dateFormat = (checked: number) =>
      dialogWindow(MESSENGER, {
        title: 'Date format',
        titleId: 'dialog_title_textview',
        options: { labels: ['dd.MM.yyyy', 'MM/dd/yyyy', 'yyyy-MM-dd', 'd MMMM yyyy'], checked },
        buttons: ['Cancel'],
      });
    expectGrouping({
      'overflow menu': [
        dump(format, chats(['Marco Bianchi', 'Victor Lang']), popupMenu(MESSENGER, ['Archive', 'Delete', 'Settings'])),
        dump(format, chats(['Ana']), popupMenu(MESSENGER, ['Archive', 'Delete', 'Settings'])),
      ],
      'another menu': [dump(format, chats(['Ana']), popupMenu(MESSENGER, ['Select all', 'Mark as read']))],
      'delete confirmation': [
        dump(
          format,
          chats(['Ana']),
          dialogWindow(MESSENGER, { message: 'Delete this conversation?', buttons: ['Cancel', 'Delete'] }),
        ),
        dump(
          format,
          chats(['Marco Bianchi']),
          dialogWindow(MESSENGER, { message: 'Delete 3 conversations?', buttons: ['Cancel', 'Delete'] }),
        ),
      ],
      'font size': [dump(format, chats(['Ana']), fontSize(1)), dump(format, chats(['Ana', 'Bo']), fontSize(3))],
      'date format': [dump(format, chats(['Ana']), dateFormat(0)), dump(format, chats(['Ana']), dateFormat(2))],
    });
  });
});

describe('dialogs recognised by structure, not by ids (both formats)', () => {
  /** Maps-style confirmation: a full-screen window with a scrim and a small panel, Compose views, no ids. */
  const mapsConfirm = (title: string) => ({
    pkg: 'com.google.android.apps.maps',
    root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
      children: [
        view('android.view.View', [90, 950, 990, 1450], {
          children: [
            textView(title, [150, 1000, 930, 1100]),
            textView('Your edits will be lost.', [150, 1120, 930, 1200]),
            view('android.view.View', [520, 1300, 720, 1420], {
              clickable: true,
              children: [textView('Cancel', [540, 1330, 700, 1390])],
            }),
            view('android.view.View', [740, 1300, 960, 1420], {
              clickable: true,
              children: [textView('Discard', [760, 1330, 940, 1390])],
            }),
          ],
        }),
      ],
    }),
  });
  const mapsBase = {
    pkg: 'com.google.android.apps.maps',
    root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
      children: [
        view('android.widget.EditText', [40, 120, 1040, 260], {
          id: 'search_omnibox_text',
          hint: 'Search here',
          clickable: true,
        }),
        view('android.view.View', [0, 300, 1080, 2400], { id: 'map', clickable: true }),
      ],
    }),
  };

  it.each(FORMATS)('a full-screen window holding a small panel with a button row is a dialog (%s)', (format) => {
    const s = parsePageSource(dump(format, mapsBase, mapsConfirm('Discard this edit?')));
    expect(s.windows.map((w) => w.kind)).toEqual(['app', 'dialog', 'status_bar']);
    const k = stateKey(s);
    expect(k.dialogTitle).toBe('Discard this edit?');
    expect(k.key).not.toBe(stateKey(parsePageSource(dump(format, mapsBase))).key);
    expect(k.key).not.toBe(stateKey(parsePageSource(dump(format, mapsBase, mapsConfirm('Remove this place?')))).key);
  });

  it('a dialog dumped as the only window (as DroidBot records it) is a dialog when the screen size is known', () => {
    const only = dialogWindow(CLOCK, { title: 'Sort by', options: { labels: ['Time', 'Name'] }, buttons: ['Cancel'] });
    const appium = parsePageSource(pageSourceXml([only], 'appium'));
    expect(appium.windows.map((w) => w.kind)).toEqual(['dialog']);
    // uiautomator dumps carry no size: the observer passes the device's.
    const uia = parsePageSource(pageSourceXml([only], 'uiautomator'), { width: 1080, height: 2400 });
    expect(uia.windows.map((w) => w.kind)).toEqual(['dialog']);
    expect(stateKey(uia).key).toBe(stateKey(appium).key);
    expect(stateKey(uia).features).toEqual(expect.arrayContaining(['dlg:title:Sort by', 'dlg:opt:Time']));
  });

  it('a menu is not a dialog: full-width option rows and no button bar', () => {
    const s = parsePageSource(
      dump('appium', titledList(MESSENGER, 'Messages', ['Ana']), popupMenu(MESSENGER, ['Archive', 'Settings'])),
    );
    expect(s.windows.map((w) => w.kind)).toEqual(['app', 'popup', 'status_bar']);
  });

  it.each(FORMATS)(
    'a full-screen input-method activity (Gboard settings) is an app screen, not a keyboard (%s)',
    (format) => {
      const ime = 'com.google.android.inputmethod.latin';
      const themes = (selected: string) => ({
        pkg: ime,
        root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
          children: [
            view('android.view.ViewGroup', [0, 80, 1080, 240], {
              id: 'toolbar',
              children: [
                view('android.widget.ImageButton', [0, 80, 160, 240], { desc: 'Navigate up', clickable: true }),
                textView('Theme', [180, 110, 800, 210]),
              ],
            }),
            view('androidx.recyclerview.widget.RecyclerView', [0, 240, 1080, 2400], {
              id: 'theme_list',
              scrollable: true,
              children: ['Default', 'Dark', selected].map((t, i) =>
                view('android.widget.LinearLayout', [0, 240 + i * 400, 1080, 640 + i * 400], {
                  clickable: true,
                  children: [textView(t, [40, 560 + i * 400, 600, 620 + i * 400])],
                }),
              ),
            }),
          ],
        }),
      });
      const s = parsePageSource(dump(format, themes('Blue')));
      expect(s.windows[0]!.kind).toBe('app');
      expect(s.foregroundPackage).toBe(ime);
      const text = renderCompact(s);
      expect(text).toContain('Navigate up');
      expect(text).not.toContain('(keyboard:');
      const k = stateKey(s);
      expect(k.title).toBe('Theme');
      expect(k.features).toEqual(expect.arrayContaining(['el:button||Navigate up', 'title:Theme']));
      // The keyboard itself, docked at the bottom, is still a keyboard.
      const keyboard = {
        pkg: ime,
        root: view('android.widget.FrameLayout', [0, 1500, 1080, 2400], {
          children: [textView('q', [0, 1600, 108, 1700], { clickable: true })],
        }),
      };
      const typing = parsePageSource(dump(format, titledList(MESSENGER, 'Messages', ['Ana']), keyboard));
      expect(typing.windows.map((w) => w.kind)).toEqual(['app', 'keyboard', 'status_bar']);
    },
  );
});
