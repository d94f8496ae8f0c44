/**
 * Cross-app tasks: a fact found in one app is used in another (typed,
 * copied through the clipboard or shared through the share sheet), or one
 * request touches several apps. In the spirit of SPA-Bench's cross-app
 * splits and Mobile-Eval-E's multi-app scenarios.
 */
import type { ScriptStep } from '../../../types.ts';
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import {
  answer,
  clearField,
  home,
  launch,
  longPress,
  rid,
  tap,
  tapDesc,
  tapId,
  tapXpath,
  typeInto,
  idText,
} from '../steps.ts';
import { COMPOSE, sentTo } from './messages.ts';
import { MAIL_BODY, MAIL_SEND, MAIL_SUBJECT, MAIL_TO, openMail, sentMail } from './mail.ts';
import { NOTE_BODY, NOTE_TITLE, note, openNote } from './notes.ts';
import { CAL_TITLE, event, pickDate, pickStart } from './calendar.ts';
import { openPlace } from './maps.ts';
import { openProduct } from './shopping.ts';
import { searchAndOpen } from './chrome.ts';
import { keys } from './calculator.ts';

/** In Messages: start a chat with `name` (found by typing `query`) and send `text`. */
export function textPerson(name: string, text: string, query = name.split(' ')[0]!): ScriptStep[] {
  return [
    tapDesc('Start chat'),
    typeInto(rid('Messages', 'recipient_text_view'), query),
    tapXpath(idText('Messages', 'contact_name', name)),
    typeInto(COMPOSE, text),
    tapDesc('Send'),
  ];
}
/** On the share sheet: pick the app with this label. */
export const shareTo = (label: string): ScriptStep =>
  tapXpath(`//*[@resource-id="android:id/resolver_list"]//*[@text="${label}"]`);
/** Shared text arrived in Messages' recipient picker: choose `name` and send the draft. */
export function sendSharedTo(name: string, query = name.split(' ')[0]!): ScriptStep[] {
  return [
    typeInto(rid('Messages', 'recipient_text_view'), query),
    tapXpath(idText('Messages', 'contact_name', name)),
    tapDesc('Send'),
  ];
}
/** Focus a field and press the keyboard's Paste key. */
const pasteInto = (id: string): ScriptStep[] => [tapId(id), tapDesc('Paste')];
const Clock = (rest: string) => app('Clock', rest);

export const crossAppTasks = [
  defineTask({
    id: 'x_catan_price_to_bob',
    instruction: 'Find the price of Catan in the Shopping app and text it to Bob Martinez.',
    apps: ['Shopping', 'Messages'],
    difficulty: 2,
    category: 'transfer',
    success: { path: sentTo('Bob Martinez'), contains: '44.99' },
    reference: [
      launch('Shopping'),
      ...openProduct('catan', 'Catan'),
      home(),
      launch('Messages'),
      ...textPerson('Bob Martinez', 'Catan is $44.99'),
    ],
  }),
  defineTask({
    id: 'x_museum_opening_to_calendar',
    instruction:
      'Check in Maps when the Riverside Natural History Museum opens on Saturday, then add a "Museum visit" event to my calendar this Saturday (June 7) starting at opening time.',
    apps: ['Maps', 'Calendar'],
    difficulty: 3,
    category: 'transfer',
    success: {
      path: event('Museum visit'),
      some: {
        all: [
          { path: 'date', equals: '2025-06-07' },
          { path: 'start', equals: 570 },
        ],
      },
    },
    reference: [
      launch('Maps'),
      ...openPlace('Riverside Natural History Museum'),
      tapId(rid('Maps', 'hours_row')),
      tapId('android:id/button1'),
      home(),
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Museum visit'),
      ...pickDate('Saturday, June 7'),
      ...pickStart('09', '30'),
      tap('Save'),
    ],
  }),
  defineTask({
    id: 'x_door_code_to_note',
    faultProfile: 'light',
    instruction: 'Copy the door code message David sent me into a new note titled "Building access".',
    apps: ['Messages', 'Notes'],
    difficulty: 2,
    category: 'transfer',
    success: { path: note('Building access'), some: { path: 'body', contains: '4827' } },
    reference: [
      launch('Messages'),
      tap('David Kim'),
      longPress('The door code for the building is 4827'),
      tap('Copy text'),
      home(),
      launch('Notes'),
      tapDesc('New note'),
      typeInto(NOTE_TITLE, 'Building access'),
      ...pasteInto(NOTE_BODY),
    ],
  }),
  defineTask({
    id: 'x_share_lisbon_note_to_laura',
    instruction: 'Share my "Lisbon trip" note with Laura Novak over Messages.',
    apps: ['Notes', 'Messages'],
    difficulty: 2,
    category: 'transfer',
    success: { path: sentTo('Laura Novak'), contains: 'MX7Q2L' },
    reference: [
      launch('Notes'),
      longPress('Lisbon trip'),
      tap('Send'),
      shareTo('Messages'),
      ...sendSharedTo('Laura Novak'),
    ],
  }),
  defineTask({
    id: 'x_reunion_mail_to_calendar',
    instruction:
      'Julia emailed me about the family reunion. Put it in my calendar as an all-day event on that date, with the place as the location.',
    apps: ['Mail', 'Calendar'],
    difficulty: 3,
    category: 'transfer',
    success: {
      path: event('reunion'),
      some: {
        all: [
          { path: 'date', equals: '2025-07-19' },
          { path: 'allDay', equals: true },
          { path: 'location', contains: 'Coho Vineyard' },
        ],
      },
    },
    reference: [
      launch('Mail'),
      ...openMail('reunion', 'Family reunion'),
      home(),
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Family reunion'),
      tap('All-day'),
      ...pickDate('Saturday, July 19', 1),
      typeInto(rid('Calendar', 'location'), 'Coho Vineyard'),
      tap('Save'),
    ],
  }),
  defineTask({
    id: 'x_email_priya_from_contacts',
    instruction: 'Email Priya Patel from her contact card: subject "Movie night", tell her I am in for Friday.',
    apps: ['Contacts', 'Mail'],
    difficulty: 2,
    category: 'communicate',
    seed: 2,
    success: sentMail(
      'priya.patel@example.com',
      { path: 'subject', contains: 'Movie night' },
      { path: 'body', contains: 'Friday' },
    ),
    reference: [
      launch('Contacts'),
      tapDesc('Search contacts'),
      typeInto(rid('Contacts', 'search_view'), 'Priya'),
      tapXpath(idText('Contacts', 'cliv_name_textview', 'Priya Patel')),
      tapId(rid('Contacts', 'email_button')),
      typeInto(MAIL_SUBJECT, 'Movie night'),
      typeInto(MAIL_BODY, 'Count me in for Friday!'),
      tapDesc(MAIL_SEND),
    ],
  }),
  defineTask({
    id: 'x_share_wifi_to_carol',
    instruction: 'Carol is coming over: text her my home Wi-Fi password.',
    apps: ['Settings', 'Messages'],
    difficulty: 2,
    category: 'transfer',
    success: { path: sentTo('Carol Singh'), contains: 'pass6621' },
    reference: [
      launch('Settings'),
      tap('Network & internet'),
      tap('Internet'),
      tap('HomeNet'),
      tap('Share'),
      shareTo('Messages'),
      ...sendSharedTo('Carol Singh'),
    ],
  }),
  defineTask({
    id: 'x_banana_bread_to_note',
    instruction:
      'Look up the banana bread recipe in Chrome and save the oven temperature and baking time in a note called "Banana bread".',
    apps: ['Chrome', 'Notes'],
    difficulty: 2,
    category: 'transfer',
    success: {
      path: note('Banana bread'),
      some: {
        all: [
          { path: 'body', contains: '175' },
          { path: 'body', contains: '60' },
        ],
      },
    },
    reference: [
      launch('Chrome'),
      ...searchAndOpen('banana bread recipe', 'Easy Banana Bread Recipe'),
      home(),
      launch('Notes'),
      tapDesc('New note'),
      typeInto(NOTE_TITLE, 'Banana bread'),
      typeInto(NOTE_BODY, 'Bake at 175 °C for 60 minutes'),
    ],
  }),
  defineTask({
    id: 'x_jazz_festival_to_calendar',
    instruction:
      'Find out in Chrome when the Riverside Jazz Festival starts and add an all-day "Jazz Festival" event on its first day.',
    apps: ['Chrome', 'Calendar'],
    difficulty: 2,
    category: 'transfer',
    seed: 3,
    success: {
      path: event('Jazz Festival'),
      some: {
        all: [
          { path: 'date', equals: '2025-06-20' },
          { path: 'allDay', equals: true },
        ],
      },
    },
    reference: [
      launch('Chrome'),
      ...searchAndOpen('riverside jazz festival', 'Riverside Jazz Festival 2025 – June 20–22'),
      home(),
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Jazz Festival'),
      tap('All-day'),
      ...pickDate('Friday, June 20'),
      tap('Save'),
    ],
  }),
  defineTask({
    id: 'x_share_taco_loco_to_bob',
    faultProfile: 'light',
    seed: 4,
    instruction: 'Send Bob the Taco Loco location from Maps so he knows where to meet.',
    apps: ['Maps', 'Messages'],
    difficulty: 2,
    category: 'transfer',
    success: { path: sentTo('Bob Martinez'), contains: '140 Market Street' },
    reference: [
      launch('Maps'),
      ...openPlace('Taco Loco'),
      tapId(rid('Maps', 'share_place')),
      shareTo('Messages'),
      ...sendSharedTo('Bob Martinez'),
    ],
  }),
  defineTask({
    id: 'x_share_headphones_by_mail',
    instruction: 'Email the SoundWave ANC headphones listing from Shopping to David (david.kim@example.com).',
    apps: ['Shopping', 'Mail'],
    difficulty: 2,
    category: 'transfer',
    success: sentMail('david.kim@example.com', { path: 'body', contains: 'SoundWave ANC' }),
    reference: [
      launch('Shopping'),
      ...openProduct('soundwave', 'SoundWave ANC Wireless Headphones'),
      tapDesc('Share'),
      shareTo('Mail'),
      typeInto(MAIL_TO, 'david.kim@example.com'),
      typeInto(MAIL_SUBJECT, 'Headphones'),
      tapDesc(MAIL_SEND),
    ],
  }),
  defineTask({
    id: 'x_split_bill_to_farid',
    instruction:
      'Dinner came to $186.40 split between 4 of us. Work out each share with the calculator and text Farid what he owes.',
    apps: ['Calculator', 'Messages'],
    difficulty: 2,
    category: 'transfer',
    success: { path: sentTo('Farid Haddad'), matches: '46\\.60?\\b' },
    reference: [
      launch('Calculator'),
      ...keys('186.4/4='),
      home(),
      launch('Messages'),
      ...textPerson('Farid Haddad', 'Your share of dinner is $46.60'),
    ],
  }),
  defineTask({
    id: 'x_grace_flight_to_sam',
    faultProfile: 'light',
    instruction: 'Sam is picking Grace up from the airport. Text him her flight number from her email.',
    apps: ['Mail', 'Messages'],
    difficulty: 2,
    category: 'transfer',
    success: { path: sentTo('Sam Taylor'), matches: 'BY\\s?482', flags: 'i' },
    reference: [
      launch('Mail'),
      ...openMail('flight details', 'Flight details'),
      home(),
      launch('Messages'),
      ...textPerson('Sam Taylor', "Grace's flight is BY 482, landing Friday 6:45 pm"),
    ],
  }),
  defineTask({
    id: 'x_hiking_alarm_from_message',
    instruction:
      'Kenji told me in Messages what time we meet for hiking. Set an alarm one hour before that, labeled Hiking.',
    apps: ['Messages', 'Clock'],
    difficulty: 3,
    category: 'transfer',
    success: {
      path: Clock('alarms[*]'),
      some: {
        all: [
          { path: 'time', equals: 420 },
          { path: 'label', equals: 'Hiking' },
          { path: 'enabled', equals: true },
        ],
      },
    },
    reference: [
      launch('Messages'),
      { do: 'scroll', direction: 'down' },
      tap('Kenji Watanabe'),
      home(),
      launch('Clock'),
      tapDesc('Add alarm'),
      clearField(rid('Clock', 'input_hour')),
      typeInto(rid('Clock', 'input_hour'), '07'),
      clearField(rid('Clock', 'input_minute')),
      typeInto(rid('Clock', 'input_minute'), '00'),
      tapId('android:id/button1'),
      tapXpath(idText('Clock', 'digital_clock', '07:00')),
      typeInto(rid('Clock', 'edit_label'), 'Hiking'),
    ],
  }),
  defineTask({
    id: 'x_order_number_to_gift_note',
    instruction: 'Add the order number from the Board Game Barn shipping email to my "Gift ideas" note.',
    apps: ['Mail', 'Notes'],
    difficulty: 2,
    category: 'transfer',
    success: {
      path: note('Gift ideas').concat('.body'),
      every: {
        all: [
          { path: '@', contains: '40817' },
          { path: '@', contains: 'orchid' },
        ],
      },
    },
    reference: [
      launch('Mail'),
      ...openMail('Board Game Barn', 'Your order has shipped'),
      home(),
      launch('Notes'),
      openNote('Gift ideas'),
      typeInto(NOTE_BODY, ' Catan order #40817.'),
    ],
  }),
  defineTask({
    id: 'x_trattoria_to_contacts',
    instruction: 'Save Trattoria Luca as a contact with the phone number Maps shows for it.',
    apps: ['Maps', 'Contacts'],
    difficulty: 2,
    category: 'transfer',
    seed: 4,
    success: {
      path: app('Contacts', 'contacts[*]'),
      some: {
        all: [
          { path: 'first', contains: 'Trattoria' },
          { path: 'phone', matches: '555.?0125' },
        ],
      },
    },
    reference: [
      launch('Maps'),
      ...openPlace('Trattoria Luca'),
      home(),
      launch('Contacts'),
      tapDesc('Create contact'),
      typeInto(rid('Contacts', 'first_name'), 'Trattoria'),
      typeInto(rid('Contacts', 'last_name'), 'Luca'),
      typeInto(rid('Contacts', 'phone_field'), '+1 555-0125'),
      tapId(rid('Contacts', 'editor_menu_save_button')),
    ],
  }),
  defineTask({
    id: 'x_italian_dinner_plan',
    instruction:
      'Find an Italian restaurant nearby in Maps, save it to my Favorites, and text Carol its address so we can meet there.',
    apps: ['Maps', 'Messages'],
    difficulty: 3,
    category: 'multi-step',
    success: {
      all: [
        {
          path: app('Maps', 'saved[*]'),
          some: {
            all: [
              { path: 'placeId', equals: 'trattoria-luca' },
              { path: 'list', equals: 'Favorites' },
            ],
          },
        },
        { path: sentTo('Carol Singh'), contains: '61 Bridge Street' },
      ],
    },
    reference: [
      launch('Maps'),
      typeInto(rid('Maps', 'search_omnibox_text'), 'italian', true),
      tapXpath(idText('Maps', 'place_title', 'Trattoria Luca')),
      tapId(rid('Maps', 'save_button')),
      tap('Favorites'),
      home(),
      launch('Messages'),
      ...textPerson('Carol Singh', "Let's meet at Trattoria Luca, 61 Bridge Street"),
    ],
  }),
  defineTask({
    id: 'x_cart_subtotal_to_carol',
    instruction: 'Add Catan to my shopping cart, then text Carol the new cart subtotal.',
    apps: ['Shopping', 'Messages'],
    difficulty: 3,
    category: 'multi-step',
    success: {
      all: [
        { path: app('Shopping', 'cart[*].productId'), equals: 'catan' },
        { path: sentTo('Carol Singh'), contains: '124.98' },
      ],
    },
    reference: [
      launch('Shopping'),
      ...openProduct('catan', 'Catan'),
      tapId(rid('Shopping', 'add_to_cart')),
      tapDesc('Cart'),
      home(),
      launch('Messages'),
      ...textPerson('Carol Singh', 'My cart subtotal is now $124.98'),
    ],
  }),
  defineTask({
    id: 'x_forward_offsite_to_julia',
    instruction: 'Forward the team offsite email to Julia Santos (her address is in Contacts).',
    apps: ['Contacts', 'Mail'],
    difficulty: 2,
    category: 'transfer',
    success: sentMail('julia.santos@example.com', { path: 'subject', contains: 'Team offsite' }),
    reference: [
      launch('Contacts'),
      tapDesc('Search contacts'),
      typeInto(rid('Contacts', 'search_view'), 'Julia'),
      tapXpath(idText('Contacts', 'cliv_name_textview', 'Julia Santos')),
      home(),
      launch('Mail'),
      ...openMail('offsite', 'Team offsite'),
      tapId(rid('Mail', 'forward_button')),
      typeInto(MAIL_TO, 'julia.santos@example.com'),
      tapDesc(MAIL_SEND),
    ],
  }),
  defineTask({
    id: 'x_marathon_calendar_and_alarm',
    instruction:
      'Look up the Riverside City Marathon in Chrome. Add it to my calendar at its date and start time, and set an alarm two hours before the start.',
    apps: ['Chrome', 'Calendar', 'Clock'],
    difficulty: 3,
    category: 'multi-step',
    success: {
      all: [
        {
          path: event('Marathon'),
          some: {
            all: [
              { path: 'date', equals: '2025-09-14' },
              { path: 'start', equals: 480 },
            ],
          },
        },
        {
          path: Clock('alarms[*]'),
          some: {
            all: [
              { path: 'time', equals: 360 },
              { path: 'enabled', equals: true },
            ],
          },
        },
      ],
    },
    reference: [
      launch('Chrome'),
      ...searchAndOpen('riverside marathon', 'Riverside City Marathon – September 14, 2025'),
      home(),
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Riverside Marathon'),
      ...pickDate('Sunday, September 14', 3),
      ...pickStart('08', '00'),
      tap('Save'),
      home(),
      launch('Clock'),
      tapDesc('Add alarm'),
      clearField(rid('Clock', 'input_hour')),
      typeInto(rid('Clock', 'input_hour'), '06'),
      clearField(rid('Clock', 'input_minute')),
      typeInto(rid('Clock', 'input_minute'), '00'),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'x_meeting_notes_to_nina',
    instruction: 'Email my "Meeting notes" note to Nina (nina.johansson@example.com) with the subject "Q3 notes".',
    apps: ['Notes', 'Mail'],
    difficulty: 2,
    category: 'transfer',
    success: sentMail(
      'nina.johansson@example.com',
      { path: 'subject', contains: 'Q3 notes' },
      { path: 'body', contains: 'hire 2 engineers' },
    ),
    reference: [
      launch('Notes'),
      { do: 'scroll', direction: 'down' },
      openNote('Meeting notes'),
      tapDesc('Share'),
      shareTo('Mail'),
      typeInto(MAIL_TO, 'nina.johansson@example.com'),
      typeInto(MAIL_SUBJECT, 'Q3 notes'),
      tapDesc(MAIL_SEND),
    ],
  }),
  defineTask({
    id: 'x_train_link_to_kenji',
    instruction:
      'Copy the link of the Riverside-to-Airport train times page from Chrome and email it to Kenji (kenji.watanabe@example.com) with the subject "Train times".',
    apps: ['Chrome', 'Mail'],
    difficulty: 3,
    category: 'transfer',
    success: sentMail(
      'kenji.watanabe@example.com',
      { path: 'subject', contains: 'Train times' },
      { path: 'body', contains: 'rail.example.com/riverside-airport' },
    ),
    reference: [
      launch('Chrome'),
      ...searchAndOpen('airport train', 'Riverside Central to Airport – train times'),
      tapDesc('More options'),
      tap('Copy link'),
      home(),
      launch('Mail'),
      tapDesc('Compose'),
      typeInto(MAIL_TO, 'kenji.watanabe@example.com'),
      typeInto(MAIL_SUBJECT, 'Train times'),
      ...pasteInto(MAIL_BODY),
      tapDesc(MAIL_SEND),
    ],
  }),
  defineTask({
    id: 'x_boarding_pass_rename',
    instruction:
      'Rename my Lisbon boarding pass PDF in Files so its name starts with the flight number from the trip email, like "TP1235_boarding_pass.pdf".',
    apps: ['Mail', 'Files'],
    difficulty: 3,
    category: 'transfer',
    success: {
      all: [
        { path: app('Files', 'files[?(folder == "Download")].name'), matches: '^TP ?1235.*\\.pdf$' },
        { path: app('Files', 'files[?(name == "boarding_pass_LIS.pdf")]'), count: 0 },
      ],
    },
    reference: [
      launch('Mail'),
      ...openMail('Lisbon', 'Your trip to Lisbon'),
      home(),
      launch('Files'),
      tap('Downloads'),
      tap('boarding_pass_LIS.pdf'),
      tapId(rid('Files', 'rename_button')),
      clearField(rid('Files', 'rename_input')),
      typeInto(rid('Files', 'rename_input'), 'TP1235_boarding_pass.pdf'),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'x_yearly_rent_lookup',
    instruction: "What would my rent come to over a year at the new rate in Hannah's lease email? Use the calculator.",
    apps: ['Mail', 'Calculator'],
    difficulty: 2,
    category: 'lookup',
    success: {
      // One number: the yearly total (the rate and 12 only as the working of an "=").
      all: [{ answer: { number: 25800 } }, { path: app('Calculator', 'history[*].result'), equals: '25800' }],
    },
    reference: [
      launch('Mail'),
      ...openMail('lease', 'Lease renewal'),
      home(),
      launch('Calculator'),
      ...keys('2150*12='),
      answer('$2,150 × 12 = $25,800 per year.'),
    ],
  }),
];
