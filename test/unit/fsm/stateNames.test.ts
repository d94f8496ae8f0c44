/**
 * State names describe the screen (issue 11 item 9): its title or heading, the selected tab, the dialog over
 * it; never a list row, the activity class as written, or content such as the contact a conversation is
 * with; and unique within an app.
 */
import { describe, expect, it } from 'vitest';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { activityWords, FsmTracker, stateKey, stateName } from '../../../fsm/index.ts';
import { view, type XmlNode, type XmlWindow } from '../../support/pageSourceXml.ts';
import {
  alarmPage,
  CLOCK,
  clockMain,
  conversation,
  dialogWindow,
  dump,
  MESSENGER,
  timerPage,
  titledList,
} from './fixtures/realLikeScreens.ts';

const screen = (source: string, activity?: string) => parsePageSource(source, activity ? { activity } : {});
const nameOf = (source: string, activity?: string) => stateName(stateKey(screen(source, activity)));

describe('state names', () => {
  it('name a screen after its title, its selected tab, and the dialog over it', () => {
    expect(nameOf(dump('appium', titledList('com.android.settings', 'Display', ['Brightness level'])))).toBe('Display');
    expect(nameOf(dump('appium', clockMain('Timer', timerPage('04:59'), 'Clock')))).toBe('Clock > Timer');
    const sortBy = dialogWindow(CLOCK, {
      title: 'Sort by',
      options: { labels: ['Time', 'Name'] },
      buttons: ['Cancel'],
    });
    expect(nameOf(dump('appium', clockMain('Alarm', alarmPage(['7:00 AM']), 'Clock'), sortBy))).toBe(
      'Clock > Alarm > Sort by',
    );
    // A dialog without a title is named by its buttons; a menu by its options.
    const confirm = dialogWindow(MESSENGER, { message: 'Delete this conversation?', buttons: ['Cancel', 'Delete'] });
    expect(nameOf(dump('appium', titledList(MESSENGER, 'Messages', ['Ana']), confirm))).toBe(
      'Messages > dialog (Cancel, Delete)',
    );
  });

  it('never name a conversation after the contact it shows: a state learnt with Victor is not "Victor" with Marco', () => {
    const tracker = new FsmTracker();
    const thread = '.activities.ThreadActivity';
    const victor = tracker.observe(screen(dump('appium', conversation('Victor Lang', ['Hi'])), thread));
    const marco = tracker.observe(screen(dump('appium', conversation('Marco', ['Ciao', 'ok'])), thread));
    expect(marco.key).toBe(victor.key);
    expect(marco.state.name).toBe('Thread …');
    expect(marco.state.name).not.toMatch(/Victor|Marco/);
  });

  it('keep names unique within an app by what tells the screens apart, not the activity class twice', () => {
    const browse = '.activities.BrowseActivity';
    const page = (...children: XmlNode[]): XmlWindow => ({
      pkg: 'com.example.notes',
      root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], { children }),
    });
    const list = page(
      view('android.widget.ImageButton', [960, 100, 1060, 220], { id: 'sort', desc: 'Sort', clickable: true }),
    );
    const search = page(
      view('android.widget.EditText', [40, 100, 900, 220], { id: 'search', hint: 'Search notes', clickable: true }),
    );
    const tracker = new FsmTracker();
    const a = tracker.observe(screen(dump('appium', list), browse));
    const b = tracker.observe(screen(dump('appium', search), browse));
    expect(a.key).not.toBe(b.key);
    expect(a.state.name).toBe('Browse');
    expect(b.state.name).toBe('Browse (Search notes)');
    expect(a.state.name).not.toMatch(/Activity/);
  });

  it('say a page still loading is loading, and turn activity classes into words only as a last resort', () => {
    const loading: XmlWindow = {
      pkg: 'com.android.settings',
      root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
        children: [view('android.widget.ProgressBar', [440, 1100, 640, 1300], { id: 'progress' })],
      }),
    };
    expect(nameOf(dump('appium', loading), '.SubSettings')).toBe('Sub settings (loading)');
    expect(activityWords('com.android.settings.Settings$DisplaySettingsActivity')).toBe('Display settings');
    expect(activityWords('.ui.activities.ActivityUserProfile')).toBe('User profile');
    expect(activityWords('org.chromium.chrome.browser.ChromeTabbedActivity')).toBe('Chrome tabbed');
    // A titled screen never shows its activity.
    expect(nameOf(dump('appium', titledList('com.android.settings', 'Display', [])), '.SubSettings')).toBe('Display');
  });
});
