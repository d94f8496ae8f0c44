/**
 * What splits and what merges on the app layer (issue 11 item 2), each cause seen on a real app reproduced
 * with a page source in both dump formats:
 *   - a tab bar built as a horizontal scroller of plain layouts, with an obfuscated pager class: the selected
 *     tab must split (Clock, Timer and Stopwatch are different screens), the page's content must not;
 *   - a contact's name as a conversation's toolbar title: one state for every contact;
 *   - a launcher's search box flickering between clickable and not: one home screen;
 *   - an open navigation drawer over a screen: a state of its own;
 *   - a button disabled until a form is filled: one state.
 */
import { describe, expect, it } from 'vitest';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { stateKey } from '../../../fsm/index.ts';
import { buttonView, textView, view, type DumpFormat, type XmlWindow } from '../../support/pageSourceXml.ts';
import {
  alarmPage,
  clockMain,
  conversation,
  dump,
  MESSENGER,
  stopwatchPage,
  timerPage,
  titledList,
} from './fixtures/realLikeScreens.ts';

const FORMATS: DumpFormat[] = ['uiautomator', 'appium'];
const keyOf = (source: string) => stateKey(parsePageSource(source));

describe.each(FORMATS)('app-layer identity (%s dumps)', (format) => {
  it('tells Clock tabs apart by the selected cell of a scroller of plain layouts, whatever the page shows', () => {
    const timer = keyOf(dump(format, clockMain('Timer', timerPage('04:59'))));
    const timerLater = keyOf(dump(format, clockMain('Timer', timerPage('01:23'))));
    const stopwatch = keyOf(dump(format, clockMain('Stopwatch', stopwatchPage('00:12.40'))));
    const alarm = keyOf(dump(format, clockMain('Alarm', alarmPage(['7:00 AM']))));
    const clock = keyOf(dump(format, clockMain('Clock', [])));
    expect(timerLater.key).toBe(timer.key);
    expect(new Set([timer.key, stopwatch.key, alarm.key, clock.key]).size).toBe(4);
    expect(timer.features).toEqual(expect.arrayContaining(['tab:Timer (selected)', 'tab:Stopwatch', 'tab:Alarm']));
    expect(timer.selectedTab).toBe('Timer');
  });

  it('keeps a conversation one state whatever contact it is with; title-only differences elsewhere still split', () => {
    const marco = keyOf(dump(format, conversation('Marco', ['Ciao!'])));
    const victor = keyOf(dump(format, conversation('Victor', ['See you at 8', 'ok'])));
    const ana = keyOf(dump(format, conversation('Ana Lima', [])));
    expect(victor.key).toBe(marco.key);
    expect(ana.key).toBe(marco.key);
    expect(marco.titleIsContent).toBe(true);
    expect(marco.features).toContain('title:…');
    // Without a photo, a live subtitle under the name (the number) says the same.
    const byNumber = keyOf(dump(format, conversation('Marco', ['Ciao!'], 'number')));
    const byNumber2 = keyOf(dump(format, conversation('Victor', ['Hi'], 'number')));
    expect(byNumber2.key).toBe(byNumber.key);
    // A settings page is named by its title, which is the screen, not content.
    const display = keyOf(dump(format, titledList('com.android.settings', 'Display', ['Brightness level'])));
    const sound = keyOf(dump(format, titledList('com.android.settings', 'Sound', ['Media volume'])));
    expect(display.key).not.toBe(sound.key);
    expect(display.titleIsContent).toBeUndefined();
  });

  it('keeps the launcher one state while its search box flickers between clickable and not', () => {
    const home = (searchClickable: boolean): XmlWindow => ({
      pkg: 'com.google.android.apps.nexuslauncher',
      root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
        children: [
          view('android.widget.FrameLayout', [0, 2000, 1080, 2400], {
            id: 'hotseat',
            children: [
              view('android.widget.TextView', [40, 2020, 240, 2180], { desc: 'Phone', text: 'Phone', clickable: true }),
              view('android.widget.TextView', [280, 2020, 480, 2180], {
                desc: 'Messages',
                text: 'Messages',
                clickable: true,
              }),
              view('android.widget.FrameLayout', [60, 2220, 1020, 2360], {
                id: 'search_container_hotseat',
                desc: 'Google search',
                clickable: searchClickable,
                longClickable: searchClickable,
                children: [
                  view('android.widget.ImageView', [900, 2240, 1000, 2340], {
                    id: 'mic_icon',
                    desc: 'Voice search',
                    clickable: true,
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    });
    expect(keyOf(dump(format, home(false))).key).toBe(keyOf(dump(format, home(true))).key);
  });

  it('makes an open navigation drawer a state of its own', () => {
    const bookmarks = (drawerOpen: boolean): XmlWindow => ({
      pkg: 'com.yelp.android',
      root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
        children: [
          view('androidx.drawerlayout.widget.DrawerLayout', [0, 80, 1080, 2400], {
            id: 'drawer_layout',
            children: [
              view('android.widget.RelativeLayout', [0, 80, 1080, 2400], {
                id: 'content_wrapper',
                children: [
                  view('android.view.ViewGroup', [0, 80, 1080, 240], {
                    id: 'toolbar',
                    children: [
                      view('android.widget.ImageButton', [0, 80, 160, 240], { desc: 'Navigate up', clickable: true }),
                      textView('Bookmarks', [180, 110, 600, 210]),
                    ],
                  }),
                  textView('Bookmarks are a great way of saving businesses', [100, 1000, 980, 1200], {
                    id: 'error_text',
                  }),
                ],
              }),
              ...(drawerOpen
                ? [
                    view('android.widget.ListView', [0, 80, 780, 2400], {
                      id: 'nav_list',
                      scrollable: true,
                      children: ['Nearby', 'Search', 'Bookmarks', 'Settings'].map((t, i) =>
                        textView(t, [0, 300 + i * 150, 780, 450 + i * 150], {
                          id: `nav_${t.toLowerCase()}`,
                          clickable: true,
                        }),
                      ),
                    }),
                  ]
                : []),
            ],
          }),
        ],
      }),
    });
    const closed = keyOf(dump(format, bookmarks(false)));
    const open = keyOf(dump(format, bookmarks(true)));
    expect(open.key).not.toBe(closed.key);
    expect(open.features).toContain('drw:window');
    expect(open.hasOverlay).toBe(true);
    expect(open.title).toBe('Bookmarks');
  });

  it('keeps a form one state while its Save button is disabled and then enabled', () => {
    const form = (typed: string): XmlWindow => ({
      pkg: MESSENGER,
      root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
        children: [
          view('android.view.ViewGroup', [0, 80, 1080, 240], {
            id: 'toolbar',
            children: [
              textView('New contact', [180, 110, 700, 210]),
              buttonView('Save', [880, 100, 1060, 220], { id: 'save', enabled: typed !== '' }),
            ],
          }),
          view('android.widget.EditText', [40, 400, 1040, 540], {
            id: 'name',
            hint: 'Name',
            text: typed,
            clickable: true,
          }),
        ],
      }),
    });
    expect(keyOf(dump(format, form(''))).key).toBe(keyOf(dump(format, form('Ana'))).key);
  });
});
