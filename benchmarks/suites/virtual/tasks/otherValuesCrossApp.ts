/**
 * Other-values variants of 12 cross-app suite tasks (otherValues.ts
 * assembles the list): the original's words with other values, a predicate
 * for the new values and a reference solution.
 */
import type { OtherValuesSpec } from '../defineOtherValues.ts';
import { app } from '../packages.ts';
import { home, launch, longPress, rid, tap, tapDesc, tapId, typeInto } from '../steps.ts';
import { keys } from './calculator.ts';
import { CAL_TITLE, event, pickDate, pickStart } from './calendar.ts';
import { openContact } from './contacts.ts';
import { sendSharedTo, shareTo, textPerson } from './crossApp.ts';
import { MAIL_SEND, MAIL_SUBJECT, MAIL_TO, openMail, sentMail } from './mail.ts';
import { openPlace } from './maps.ts';
import { sentTo } from './messages.ts';
import { openNote } from './notes.ts';
import { openProduct } from './shopping.ts';

export const crossAppOtherValues: OtherValuesSpec[] = [
  {
    of: 'x_catan_price_to_bob',
    instruction: 'Find the price of Azul in the Shopping app and text it to Emma Rossi.',
    values: [
      ['Catan', 'Azul'],
      ['Bob Martinez', 'Emma Rossi'],
    ],
    success: { path: sentTo('Emma Rossi'), contains: '32.99' },
    reference: [
      launch('Shopping'),
      ...openProduct('azul', 'Azul'),
      home(),
      launch('Messages'),
      ...textPerson('Emma Rossi', 'Azul is $32.99'),
    ],
  },
  {
    of: 'x_museum_opening_to_calendar',
    // Hillcrest opens at 09:00 on Sundays: not the editor's default start (10:00), so the time must be set.
    instruction:
      'Check in Maps when the Hillcrest Botanical Garden opens on Sunday, then add a "Garden visit" event to my calendar this Sunday (June 8) starting at opening time.',
    values: [
      ['Riverside Natural History Museum', 'Hillcrest Botanical Garden'],
      ['Saturday', 'Sunday'],
      ['Museum visit', 'Garden visit'],
      ['June 7', 'June 8'],
    ],
    success: {
      path: event('Garden visit'),
      some: {
        all: [
          { path: 'date', equals: '2025-06-08' },
          { path: 'start', equals: 540 },
        ],
      },
    },
    reference: [
      launch('Maps'),
      ...openPlace('Hillcrest Botanical Garden'),
      tapId(rid('Maps', 'hours_row')),
      tapId('android:id/button1'),
      home(),
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Garden visit'),
      ...pickDate('Sunday, June 8'),
      ...pickStart('09', '00'),
      tap('Save'),
    ],
  },
  {
    of: 'x_share_lisbon_note_to_laura',
    instruction: 'Share my "Wi-Fi at the cabin" note with Julia Santos over Messages.',
    values: [
      ['Lisbon trip', 'Wi-Fi at the cabin'],
      ['Laura Novak', 'Julia Santos'],
    ],
    success: { path: sentTo('Julia Santos'), contains: 'pinecone42' },
    reference: [
      launch('Notes'),
      longPress('Wi-Fi at the cabin'),
      tap('Send'),
      shareTo('Messages'),
      ...sendSharedTo('Julia Santos'),
    ],
  },
  {
    of: 'x_email_priya_from_contacts',
    instruction: 'Email Zoe Fischer from her contact card: subject "Book club", tell her I am in for Saturday.',
    values: [
      ['Priya Patel', 'Zoe Fischer'],
      ['Movie night', 'Book club'],
      ['Friday', 'Saturday'],
    ],
    success: sentMail(
      'zoe.fischer@example.com',
      { path: 'subject', contains: 'Book club' },
      { path: 'body', contains: 'Saturday' },
    ),
    reference: [
      launch('Contacts'),
      ...openContact('Zoe', 'Zoe Fischer'),
      tapId(rid('Contacts', 'email_button')),
      typeInto(MAIL_SUBJECT, 'Book club'),
      typeInto(rid('Mail', 'body'), 'Count me in for Saturday!'),
      tapDesc(MAIL_SEND),
    ],
  },
  {
    of: 'x_share_wifi_to_carol',
    instruction: 'Emma is coming over: text her my home Wi-Fi password.',
    values: [['Carol', 'Emma']],
    success: { path: sentTo('Emma Rossi'), contains: 'pass6621' },
    reference: [
      launch('Settings'),
      tap('Network & internet'),
      tap('Internet'),
      tap('HomeNet'),
      tap('Share'),
      shareTo('Messages'),
      ...sendSharedTo('Emma Rossi'),
    ],
  },
  {
    of: 'x_share_taco_loco_to_bob',
    instruction: 'Send Marco the Trattoria Luca location from Maps so he knows where to meet.',
    values: [
      ['Bob', 'Marco'],
      ['Taco Loco', 'Trattoria Luca'],
    ],
    success: { path: sentTo('Marco Bianchi'), contains: '61 Bridge Street' },
    reference: [
      launch('Maps'),
      ...openPlace('Trattoria Luca'),
      tapId(rid('Maps', 'share_place')),
      shareTo('Messages'),
      ...sendSharedTo('Marco Bianchi'),
    ],
  },
  {
    of: 'x_share_headphones_by_mail',
    instruction: 'Email the Studio Monitor headphones listing from Shopping to Ivan (ivan.petrov@example.com).',
    values: [
      ['SoundWave ANC', 'Studio Monitor'],
      ['David', 'Ivan'],
      ['david.kim@example.com', 'ivan.petrov@example.com'],
    ],
    success: sentMail('ivan.petrov@example.com', { path: 'body', contains: 'Studio Monitor' }),
    reference: [
      launch('Shopping'),
      ...openProduct('studio monitor', 'Studio Monitor Wired Headphones'),
      tapDesc('Share'),
      shareTo('Mail'),
      typeInto(MAIL_TO, 'ivan.petrov@example.com'),
      typeInto(MAIL_SUBJECT, 'Headphones'),
      tapDesc(MAIL_SEND),
    ],
  },
  {
    of: 'x_split_bill_to_farid',
    instruction:
      'Dinner came to $143.70 split between 3 of us. Work out each share with the calculator and text Ivan what he owes.',
    values: [
      ['$186.40', '$143.70'],
      ['4', '3'],
      ['Farid', 'Ivan'],
    ],
    success: { path: sentTo('Ivan Petrov'), matches: '47\\.90?\\b' },
    reference: [
      launch('Calculator'),
      ...keys('143.7/3='),
      home(),
      launch('Messages'),
      ...textPerson('Ivan Petrov', 'Your share of dinner is $47.90'),
    ],
  },
  {
    of: 'x_trattoria_to_contacts',
    instruction: 'Save Taco Loco as a contact with the phone number Maps shows for it.',
    values: [['Trattoria Luca', 'Taco Loco']],
    success: {
      path: app('Contacts', 'contacts[*]'),
      some: {
        all: [
          { path: 'first', contains: 'Taco' },
          { path: 'phone', matches: '555.?0154' },
        ],
      },
    },
    reference: [
      launch('Maps'),
      ...openPlace('Taco Loco'),
      home(),
      launch('Contacts'),
      tapDesc('Create contact'),
      typeInto(rid('Contacts', 'first_name'), 'Taco'),
      typeInto(rid('Contacts', 'last_name'), 'Loco'),
      typeInto(rid('Contacts', 'phone_field'), '+1 555-0154'),
      tapId(rid('Contacts', 'editor_menu_save_button')),
    ],
  },
  {
    of: 'x_cart_subtotal_to_carol',
    instruction: 'Add Wingspan to my shopping cart, then text Bob the new cart subtotal.',
    values: [
      ['Catan', 'Wingspan'],
      ['Carol', 'Bob'],
    ],
    success: {
      all: [
        { path: app('Shopping', 'cart[*].productId'), equals: 'wingspan' },
        { path: sentTo('Bob Martinez'), contains: '134.98' },
      ],
    },
    reference: [
      launch('Shopping'),
      ...openProduct('wingspan', 'Wingspan'),
      tapId(rid('Shopping', 'add_to_cart')),
      tapDesc('Cart'),
      home(),
      launch('Messages'),
      ...textPerson('Bob Martinez', 'My cart subtotal is now $134.98'),
    ],
  },
  {
    of: 'x_forward_offsite_to_julia',
    instruction: 'Forward the pottery class email to Zoe Fischer (her address is in Contacts).',
    values: [
      ['team offsite', 'pottery class'],
      ['Julia Santos', 'Zoe Fischer'],
    ],
    success: sentMail('zoe.fischer@example.com', { path: 'subject', contains: 'Pottery class' }),
    reference: [
      launch('Contacts'),
      ...openContact('Zoe', 'Zoe Fischer'),
      home(),
      launch('Mail'),
      ...openMail('pottery', 'Pottery class moved'),
      tapId(rid('Mail', 'forward_button')),
      typeInto(MAIL_TO, 'zoe.fischer@example.com'),
      tapDesc(MAIL_SEND),
    ],
  },
  {
    of: 'x_meeting_notes_to_nina',
    instruction: 'Email my "Workout plan" note to Sam (sam.taylor@example.com) with the subject "Gym routine".',
    values: [
      ['Meeting notes', 'Workout plan'],
      ['Nina', 'Sam'],
      ['nina.johansson@example.com', 'sam.taylor@example.com'],
      ['Q3 notes', 'Gym routine'],
    ],
    success: sentMail(
      'sam.taylor@example.com',
      { path: 'subject', contains: 'Gym routine' },
      { path: 'body', contains: 'swim 30 min' },
    ),
    reference: [
      launch('Notes'),
      { do: 'scroll', direction: 'down' },
      openNote('Workout plan'),
      tapDesc('Share'),
      shareTo('Mail'),
      typeInto(MAIL_TO, 'sam.taylor@example.com'),
      typeInto(MAIL_SUBJECT, 'Gym routine'),
      tapDesc(MAIL_SEND),
    ],
  },
];
