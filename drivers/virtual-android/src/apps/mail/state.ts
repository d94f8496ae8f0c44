/** Mail data: inbox, sent, drafts and trash as one list of mails with a folder each. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';
import { fullName, person } from '../../world/people.ts';

export type Folder = 'inbox' | 'sent' | 'drafts' | 'trash';

export interface Mail {
  id: number;
  folder: Folder;
  from: string;
  fromEmail: string;
  to: string;
  subject: string;
  body: string;
  /** Virtual clock when received or sent. */
  time: number;
  read: boolean;
  starred: boolean;
}

export interface MailState {
  /** The account's own address (the "me" of To and From). */
  account: string;
  mails: Mail[];
  nextId: number;
}

export const ACCOUNT = 'me@maple.example';
const HOUR = 3_600_000;

/** Sender (person key or "Name <email>"), subject, body, age in hours. Newest first. */
const INBOX: [string, string, string, number][] = [
  [
    'nina',
    'Q3 planning meeting',
    "Hi,\nThe Q3 planning meeting is on Thursday at 3:00 pm in room Redwood. Please bring your team's estimates.\nNina",
    1,
  ],
  [
    'laura',
    'Your trip to Lisbon',
    'Your flight TP 1235 departs San Francisco on June 14 at 10:20 am. Hotel: Casa Azul, check-in from 3 pm. Booking reference: MX7Q2L.',
    2,
  ],
  [
    'Daily Brief <news@dailybrief.example>',
    'Morning headlines',
    'Top stories today: city council approves new bike lanes; weekend weather sunny with highs of 24 °C.',
    3,
  ],
  [
    'bob',
    'Slides from Friday',
    "Hey, could you send me the slides from Friday's demo? I want to reuse the architecture diagram.",
    4,
  ],
  [
    'Board Game Barn <orders@boardgamebarn.example>',
    'Your order has shipped',
    'Good news! Your order #40817 (Catan) has shipped and will arrive on Wednesday, June 4.',
    6,
  ],
  [
    'hannah',
    'Lease renewal',
    'Hi, your lease ends on August 31. Let me know by June 30 whether you want to renew for another 12 months. The new rent would be $2,150 per month.',
    9,
  ],
  ['quinn', 'Pottery class moved', "This week's pottery class moves to Room 12, same time (Tuesday 6:30 pm).", 20],
  ['carol', 'Photos from the weekend', 'Here are the photos from Sunday! The one at the lake is my favourite.', 26],
  [
    'uma',
    'Your statement is ready',
    'Your May statement for account ending 4417 is ready. Closing balance: $3,482.19.',
    30,
  ],
  [
    'kenji',
    'Hiking on Saturday',
    "Trailhead parking at Mount Tam fills up by 8:30, so let's meet at 8:00. Bring water and a jacket.",
    34,
  ],
  [
    'CityFit Gym <hello@cityfit.example>',
    'Your membership renews soon',
    'Your CityFit membership renews on June 10 for $49.00. No action is needed to keep it active.',
    45,
  ],
  ['ivan', 'Code review request', 'Could you review PR 2214 (cache invalidation)? It is small, about 120 lines.', 50],
  [
    'rosa',
    'Insurance renewal quote',
    'Your renewal quote for home insurance is $1,240 per year, down from $1,310.',
    60,
  ],
  ['grace', 'Flight details', 'I land on Friday at 6:45 pm, terminal 2, flight BY 482. Thanks for picking me up!', 72],
  [
    'wendy',
    'Appointment reminder',
    'Reminder: your dental cleaning is on June 12 at 9:00 am at VanArsdel Dental, 120 Market Street.',
    80,
  ],
  ['Streamly <no-reply@streamly.example>', 'New this week', 'Five new shows were added to your list this week.', 96],
  ['marco', 'Coffee tasting', 'Fourth Coffee is hosting a tasting on Saturday at 2 pm. Want to come?', 110],
  ['julia', 'Family reunion', 'The family reunion is on July 19 at Coho Vineyard. RSVP by June 20 please!', 130],
  [
    'victor',
    'Team offsite',
    'The team offsite will be on June 26 at the Relecloud office, 9 am to 5 pm. Lunch is provided.',
    150,
  ],
  [
    'Parcel Post <track@parcelpost.example>',
    'Delivery attempted',
    'We tried to deliver your parcel today. It is waiting at the Market Street post office until June 9.',
    170,
  ],
  ['zoe', 'Book club pick', 'Next month\'s book club pick is "The Left Hand of Darkness". Meeting on June 28.', 200],
  ['priya', 'Ski trip photos', 'Finally uploaded the ski trip photos from Alpine Ski House!', 230],
];

const SENT: [string, string, string, number][] = [
  ['bob', 'Re: Budget numbers', 'Attached are the updated budget numbers. Let me know if anything looks off.', 28],
  ['laura', 'Trip question', 'Hi Laura, is breakfast included at the hotel in Lisbon?', 75],
];

function sender(spec: string): { name: string; email: string } {
  const m = /^(.*) <(.*)>$/.exec(spec);
  if (m) return { name: m[1]!, email: m[2]! };
  const p = person(spec);
  return { name: fullName(p), email: p.email };
}

export function initialMail(s: Seeded): MailState {
  let nextId = 1;
  const mails: Mail[] = [];
  for (const [spec, subject, body, age] of INBOX) {
    const from = sender(spec);
    mails.push({
      id: nextId++,
      folder: 'inbox',
      from: from.name,
      fromEmail: from.email,
      to: ACCOUNT,
      subject,
      body,
      time: s.now - age * HOUR - s.int(0, 50) * 60_000,
      read: age > 5 && s.random() < 0.8,
      starred: false,
    });
  }
  for (const [key, subject, body, age] of SENT) {
    mails.push({
      id: nextId++,
      folder: 'sent',
      from: 'Me',
      fromEmail: ACCOUNT,
      to: person(key).email,
      subject,
      body,
      time: s.now - age * HOUR,
      read: true,
      starred: false,
    });
  }
  s.pick(mails.filter((m) => m.folder === 'inbox')).starred = true;
  return { account: ACCOUNT, mails, nextId };
}
