/**
 * Other-values variants of 12 single-app suite tasks (otherValues.ts
 * assembles the list): the original's words with other values, a predicate
 * for the new values and a reference solution.
 */
import type { ScriptStep } from '../../../types.ts';
import type { OtherValuesSpec } from '../defineOtherValues.ts';
import { app } from '../packages.ts';
import { answer, clearField, idText, launch, rid, tap, tapDesc, tapId, tapXpath, typeInto } from '../steps.ts';
import { keys } from './calculator.ts';
import { CAL_TITLE, event, pickDate, pickStart } from './calendar.ts';
import { searchAndOpen } from './chrome.ts';
import { openContact } from './contacts.ts';
import { openPlace } from './maps.ts';
import { COMPOSE, sentTo } from './messages.ts';
import { NOTE_BODY, note, openNote } from './notes.ts';
import { openProduct } from './shopping.ts';

const HOUR = rid('Clock', 'input_hour');
const MINUTE = rid('Clock', 'input_minute');
/** Clock: a new alarm at hh:mm through the time picker's keyboard fields. */
const newAlarm = (hh: string, mm: string): ScriptStep[] => [
  tapDesc('Add alarm'),
  clearField(HOUR),
  typeInto(HOUR, hh),
  clearField(MINUTE),
  typeInto(MINUTE, mm),
  tapId('android:id/button1'),
];
/** Files: rename the open file through the rename dialog. */
const renameTo = (name: string): ScriptStep[] => [
  tapId(rid('Files', 'rename_button')),
  clearField(rid('Files', 'rename_input')),
  typeInto(rid('Files', 'rename_input'), name),
  tapId('android:id/button1'),
];

export const singleAppOtherValues: OtherValuesSpec[] = [
  {
    of: 'settings_screen_timeout',
    instruction: 'Make the screen stay on for 10 minutes before it turns off.',
    values: [['5 minutes', '10 minutes']],
    success: { path: app('Settings', 'display.screenTimeout'), equals: '10 minutes' },
    reference: [tap('Display'), tap('Screen timeout'), tap('10 minutes')],
  },
  {
    of: 'settings_rename_device',
    instruction: 'Rename this phone to "Kitchen Pixel".',
    values: [['Maple Test Phone', 'Kitchen Pixel']],
    success: { path: app('Settings', 'about.deviceName'), equals: 'Kitchen Pixel' },
    reference: [
      launch('Settings'),
      { do: 'scroll', direction: 'down' },
      tap('About phone'),
      tap('Device name'),
      clearField(rid('Settings', 'edittext')),
      typeInto(rid('Settings', 'edittext'), 'Kitchen Pixel'),
      tapId('android:id/button1'),
    ],
  },
  {
    of: 'clock_weekday_medication_alarm',
    instruction: 'Add a 9:40 alarm called "Vitamins" that repeats Monday to Friday.',
    values: [
      ['7:15', '9:40'],
      ['Medication', 'Vitamins'],
    ],
    success: {
      path: app('Clock', 'alarms[*]'),
      some: {
        all: [
          { path: 'time', equals: 580 },
          { path: 'label', equals: 'Vitamins' },
          { path: 'days', equals: [1, 2, 3, 4, 5] },
          { path: 'enabled', equals: true },
        ],
      },
    },
    reference: [
      launch('Clock'),
      ...newAlarm('09', '40'),
      tapXpath(idText('Clock', 'digital_clock', '09:40')),
      ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map(tapDesc),
      typeInto(rid('Clock', 'edit_label'), 'Vitamins'),
    ],
  },
  {
    of: 'contacts_update_phone',
    instruction: 'Victor Lang has a new number, +1 415-555-0888. Update his contact.',
    values: [
      ['Tom Becker', 'Victor Lang'],
      ['+1 415-555-0999', '+1 415-555-0888'],
    ],
    success: { path: app('Contacts', 'contacts[?(first == "Victor")].phone'), matches: '415.?555.?0888' },
    reference: [
      launch('Contacts'),
      ...openContact('Victor', 'Victor Lang'),
      tapDesc('Edit contact'),
      clearField(rid('Contacts', 'phone_field')),
      typeInto(rid('Contacts', 'phone_field'), '+1 415-555-0888'),
      tapId(rid('Contacts', 'editor_menu_save_button')),
    ],
  },
  {
    of: 'messages_reply_alice',
    instruction: 'Reply to Carol that I am running 15 minutes late.',
    values: [
      ['Alice', 'Carol'],
      ['5 minutes', '15 minutes'],
    ],
    success: { path: sentTo('Carol Singh'), matches: '(15|fifteen) min', flags: 'i' },
    reference: [
      launch('Messages'),
      tap('Carol Singh'),
      typeInto(COMPOSE, 'Running 15 minutes late, sorry!'),
      tapDesc('Send'),
    ],
  },
  {
    of: 'calendar_create_haircut',
    instruction: 'Add a "Physio" appointment on Thursday June 19 at 10:15.',
    values: [
      ['Haircut', 'Physio'],
      ['Wednesday June 11', 'Thursday June 19'],
      ['16:30', '10:15'],
    ],
    success: {
      path: event('Physio'),
      some: {
        all: [
          { path: 'date', equals: '2025-06-19' },
          { path: 'start', equals: 615 },
        ],
      },
    },
    reference: [
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Physio'),
      ...pickDate('Thursday, June 19'),
      ...pickStart('10', '15'),
      tap('Save'),
    ],
  },
  {
    of: 'notes_add_butter',
    instruction: 'Add yogurt to my grocery list note.',
    values: [['butter', 'yogurt']],
    success: {
      path: note('Groceries').concat('.body'),
      every: {
        all: [
          { path: '@', contains: 'yogurt' },
          { path: '@', contains: 'spinach' },
        ],
      },
    },
    reference: [launch('Notes'), openNote('Groceries'), typeInto(NOTE_BODY, ', yogurt')],
  },
  {
    of: 'calc_tip',
    instruction: 'What is 15% of a $82.40 bill? Use the calculator.',
    values: [
      ['18%', '15%'],
      ['$64.50', '$82.40'],
    ],
    success: {
      all: [
        { answer: { number: 12.36, tolerance: 0.005, ignore: [15, 82.4] } },
        { path: app('Calculator', 'history[*].result'), equals: '12.36' },
      ],
    },
    reference: [...keys('82.4*15/100='), answer('15% of $82.40 is $12.36.')],
  },
  {
    of: 'shop_add_catan',
    instruction: 'Add the Pandemic board game to my cart.',
    values: [['Catan', 'Pandemic']],
    success: { path: app('Shopping', 'cart[*].productId'), equals: 'pandemic' },
    reference: [launch('Shopping'), ...openProduct('pandemic', 'Pandemic'), tapId(rid('Shopping', 'add_to_cart'))],
  },
  {
    of: 'files_rename_recording',
    instruction: 'Rename the recording "Lecture notes.m4a" to "Chemistry lecture.m4a".',
    values: [
      ['Voice 001.m4a', 'Lecture notes.m4a'],
      ['Interview with Marco.m4a', 'Chemistry lecture.m4a'],
    ],
    success: {
      all: [
        { path: app('Files', 'files[?(name == "Chemistry lecture.m4a")].folder'), equals: 'Recordings' },
        { path: app('Files', 'files[?(name == "Lecture notes.m4a")]'), count: 0 },
      ],
    },
    reference: [launch('Files'), tap('Audio'), tap('Lecture notes.m4a'), ...renameTo('Chemistry lecture.m4a')],
  },
  {
    of: 'maps_museum_thursday_hours',
    instruction: 'How late is the Discovery Science Center open on Saturdays?',
    values: [
      ['City Art Museum', 'Discovery Science Center'],
      ['Thursdays', 'Saturdays'],
    ],
    // The closing time; Saturday's opening time may come with it, any other time fails.
    success: { answer: { time: '18:00', ignore: ['09:00'] } },
    reference: [
      launch('Maps'),
      ...openPlace('Discovery Science Center'),
      tapId(rid('Maps', 'hours_row')),
      answer('On Saturdays the Discovery Science Center is open until 18:00 (09:00–18:00).'),
    ],
  },
  {
    of: 'chrome_oslo_population',
    instruction: 'Look up the population of Kyoto on the web.',
    values: [['Oslo', 'Kyoto']],
    success: { answer: { number: 1463723 } },
    reference: [
      launch('Chrome'),
      ...searchAndOpen('kyoto population', 'Kyoto – Wikipedia'),
      answer('Kyoto has 1,463,723 inhabitants (2020 census).'),
    ],
  },
];
