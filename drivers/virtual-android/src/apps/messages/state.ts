/** Messages data: conversations with the seeded people, each a list of texts. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';
import { fullName, person } from '../../world/people.ts';

export interface Message {
  id: number;
  /** "me" for sent texts, "them" for received ones. */
  from: 'me' | 'them';
  text: string;
  /** Virtual clock when sent or received. */
  time: number;
}

export interface Conversation {
  id: number;
  name: string;
  /** Phone number the conversation is with. */
  address: string;
  unread: boolean;
  messages: Message[];
}

export interface MessagesState {
  conversations: Conversation[];
  nextId: number;
  /** Virtual clock of the last check for new messages (onResume). */
  lastSync: number;
  /** How many messages from INCOMING have arrived so far. */
  arrived: number;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** [person key, [from, text, age in ms][]]: newest last. */
const SEED: [string, ['me' | 'them', string, number][]][] = [
  [
    'alice',
    [
      ['them', 'Are we still on for lunch today?', 3 * HOUR],
      ['me', 'Yes! 12:30 at the usual place?', 2 * HOUR + 50 * MIN],
      ['them', 'Perfect, see you there', 2 * HOUR + 45 * MIN],
    ],
  ],
  [
    'bob',
    [
      ['them', 'Can you send me the slides from Friday?', 5 * HOUR],
      ['me', 'Sure, will do after standup', 4 * HOUR],
    ],
  ],
  [
    'carol',
    [
      ['them', 'Mom says dinner is at 7 on Sunday', DAY + 2 * HOUR],
      ['me', 'Great, I will bring dessert', DAY + HOUR],
      ['them', 'Bring the Catan box too, Sam wants a rematch', DAY + 30 * MIN],
    ],
  ],
  [
    'david',
    [
      ['them', 'The door code for the building is 4827', DAY + 5 * HOUR],
      ['me', 'Thanks, got it', DAY + 4 * HOUR],
    ],
  ],
  ['emma', [['them', 'Your package was left at my door, come grab it anytime', 2 * DAY]]],
  [
    'farid',
    [
      ['me', 'Running 10 minutes late', 2 * DAY + 3 * HOUR],
      ['them', 'No worries, I saved you a seat', 2 * DAY + 2 * HOUR],
    ],
  ],
  [
    'grace',
    [
      ['them', 'Flight lands at 6:45 pm, terminal 2', 3 * DAY],
      ['me', 'I will pick you up', 3 * DAY - HOUR],
    ],
  ],
  ['hannah', [['them', 'Reminder: rent is due on the 5th', 3 * DAY + 4 * HOUR]]],
  ['ivan', [['them', 'Build is green again, thanks for the fix', 4 * DAY]]],
  [
    'julia',
    [
      ['them', 'Happy birthday!! 🎉', 5 * DAY],
      ['me', 'Thank you so much!', 5 * DAY - 2 * HOUR],
    ],
  ],
  [
    'kenji',
    [
      ['them', 'Want to go hiking on Saturday?', 6 * DAY],
      ['me', 'Sounds good, what time?', 6 * DAY - HOUR],
      ['them', 'Meet at 8 am at the trailhead', 6 * DAY - 50 * MIN],
    ],
  ],
  ['marco', [['them', 'New espresso blend at Fourth Coffee, you have to try it', 7 * DAY]]],
  ['nina', [['them', 'Please review the Q3 plan before Thursday', 8 * DAY]]],
  [
    'omar',
    [
      ['them', 'I can come fix the sink Wednesday at 10', 9 * DAY],
      ['me', 'Wednesday works, thanks', 9 * DAY - HOUR],
    ],
  ],
  ['priya', [['them', 'Movie night at my place Friday?', 10 * DAY]]],
  [
    'sam',
    [
      ['them', 'Did you see the game last night?', 12 * DAY],
      ['me', 'Unbelievable ending', 12 * DAY - HOUR],
    ],
  ],
];

/** Texts that arrive between visits, in order (person key, text). */
export const INCOMING: [string, string][] = [
  ['alice', 'Running a bit late, order for me please'],
  ['bob', 'Got the slides, thanks!'],
  ['kenji', 'Weather looks great for Saturday'],
  ['carol', 'Dinner moved to 7:30'],
  ['priya', 'Bring snacks if you come Friday'],
  ['david', 'Are you home? I am downstairs'],
  ['nina', 'Meeting moved to 3 pm'],
  ['grace', 'Landed! Waiting at arrivals'],
];

export function initialMessages(s: Seeded): MessagesState {
  let nextId = 1;
  const conversations: Conversation[] = SEED.map(([key, msgs]) => {
    const p = person(key);
    const jitter = s.int(0, 20) * MIN;
    return {
      id: nextId++,
      name: fullName(p),
      address: p.phone,
      unread: false,
      messages: msgs.map(([from, text, age]) => ({ id: 0, from, text, time: s.now - age - jitter })),
    };
  });
  for (const c of conversations) for (const m of c.messages) m.id = nextId++;
  conversations[0]!.unread = true;
  conversations[s.int(1, 4)]!.unread = true;
  return { conversations, nextId, lastSync: s.now, arrived: 0 };
}

export function lastTime(c: Conversation): number {
  return c.messages.length ? c.messages[c.messages.length - 1]!.time : 0;
}
