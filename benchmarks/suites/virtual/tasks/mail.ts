/** Mail: compose, reply, star, delete, look up. */
import type { Predicate } from '../../../predicate/types.ts';
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, launch, rid, tapDesc, tapId, typeInto, tapXpath, idText } from '../steps.ts';

const G = (rest: string) => app('Mail', rest);
export const MAIL_TO = rid('Mail', 'to');
export const MAIL_SUBJECT = rid('Mail', 'subject');
export const MAIL_BODY = rid('Mail', 'body');
export const MAIL_SEND = 'Send';
/** Open the mail whose subject is `subject` by searching for `query`. */
export const openMail = (query: string, subject: string) => [
  tapId(rid('Mail', 'open_search')),
  typeInto(rid('Mail', 'open_search_view_edit_text'), query),
  tapXpath(idText('Mail', 'subject', subject)),
];
/** A sent mail to `to` for which every check holds. */
export const sentMail = (to: string, ...checks: Predicate[]): Predicate => ({
  path: G('mails[*]'),
  some: { all: [{ path: 'folder', equals: 'sent' }, { path: 'to', equals: to }, ...checks] },
});

export const mailTasks = [
  defineTask({
    id: 'mail_compose_carol',
    instruction:
      'Email Carol (carol.singh@example.com) with the subject "Dinner on Sunday" saying I will bring dessert.',
    apps: ['Mail'],
    difficulty: 2,
    category: 'communicate',
    success: sentMail(
      'carol.singh@example.com',
      { path: 'subject', contains: 'Dinner on Sunday' },
      { path: 'body', contains: 'dessert' },
    ),
    reference: [
      launch('Mail'),
      tapDesc('Compose'),
      typeInto(MAIL_TO, 'carol.singh@example.com'),
      typeInto(MAIL_SUBJECT, 'Dinner on Sunday'),
      typeInto(MAIL_BODY, 'Hi Carol, I will bring dessert.'),
      tapDesc(MAIL_SEND),
    ],
  }),
  defineTask({
    id: 'mail_star_lease',
    instruction: "Star Hannah's email about the lease renewal so I don't forget it.",
    apps: ['Mail'],
    difficulty: 1,
    category: 'edit',
    success: { path: G('mails[?(subject == "Lease renewal")].starred'), equals: true },
    reference: [
      launch('Mail'),
      tapXpath(
        '//*[@resource-id="com.google.android.gm:id/mail_item" and contains(@content-desc, "Lease renewal")]//*[@resource-id="com.google.android.gm:id/star"]',
      ),
    ],
  }),
  defineTask({
    id: 'mail_dentist_lookup',
    instruction: 'When and where is my dental cleaning? Check my email.',
    apps: ['Mail'],
    difficulty: 2,
    category: 'lookup',
    // One date, one time and the place.
    success: {
      all: [{ answer: { date: '2025-06-12' } }, { answer: { time: '09:00' } }, { answer: { text: 'VanArsdel' } }],
    },
    reference: [
      launch('Mail'),
      ...openMail('dental', 'Appointment reminder'),
      answer('June 12 at 9:00 am at VanArsdel Dental, 120 Market Street.'),
    ],
  }),
  defineTask({
    id: 'mail_reply_bob',
    instruction: "Reply to Bob's email about the slides and tell him I will send them tonight.",
    apps: ['Mail'],
    difficulty: 2,
    category: 'communicate',
    success: sentMail(
      'bob.martinez@example.com',
      { path: 'subject', contains: 'Slides from Friday' },
      { path: 'body', contains: 'tonight' },
    ),
    reference: [
      launch('Mail'),
      ...openMail('slides', 'Slides from Friday'),
      tapId(rid('Mail', 'reply_button')),
      typeInto(MAIL_BODY, 'I will send them tonight.'),
      tapDesc(MAIL_SEND),
    ],
  }),
  defineTask({
    id: 'mail_delete_streamly',
    instruction: 'Delete the Streamly newsletter email.',
    apps: ['Mail'],
    difficulty: 1,
    category: 'edit',
    seed: 5,
    success: { path: G('mails[?(from == "Streamly")].folder'), equals: 'trash', of: 'all' },
    reference: [launch('Mail'), ...openMail('Streamly', 'New this week'), tapDesc('Delete')],
  }),
];
