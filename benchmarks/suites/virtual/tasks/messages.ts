/** Messages: reply, new chat, look up, delete. */
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, launch, longPress, rid, tap, tapDesc, tapId, typeInto } from '../steps.ts';

const M = (rest: string) => app('Messages', rest);
export const COMPOSE = rid('Messages', 'compose_message_text');
export const SEND = 'Send';
/** `messages` of the conversation with `name`, sent by me. */
export const sentTo = (name: string) => M(`conversations[?(name == "${name}")].messages[?(from == "me")].text`);

export const messagesTasks = [
  defineTask({
    id: 'messages_reply_alice',
    instruction: 'Reply to Alice that I am running 5 minutes late.',
    apps: ['Messages'],
    difficulty: 1,
    category: 'communicate',
    success: { path: sentTo('Alice Chen'), matches: '(5|five) min', flags: 'i' },
    reference: [
      launch('Messages'),
      tap('Alice Chen'),
      typeInto(COMPOSE, 'Running 5 minutes late, sorry!'),
      tapDesc(SEND),
    ],
  }),
  defineTask({
    id: 'messages_text_new_number',
    instruction: 'Text +1 555-0199 asking "Is the bike still for sale?"',
    apps: ['Messages'],
    difficulty: 2,
    category: 'communicate',
    seed: 3,
    success: { path: M('conversations[?(address ~= "555-0199")].messages[*].text'), contains: 'bike still for sale' },
    reference: [
      launch('Messages'),
      tapDesc('Start chat'),
      typeInto(rid('Messages', 'recipient_text_view'), '+1 555-0199'),
      tap('Send to +1 555-0199'),
      typeInto(COMPOSE, 'Is the bike still for sale?'),
      tapDesc(SEND),
    ],
  }),
  defineTask({
    id: 'messages_door_code_lookup',
    instruction: "What's the building door code David texted me?",
    apps: ['Messages'],
    difficulty: 1,
    category: 'lookup',
    success: { answer: { number: 4827 } },
    reference: [launch('Messages'), tap('David Kim'), answer('The door code is 4827.')],
  }),
  defineTask({
    id: 'messages_delete_conversation',
    instruction: 'Delete my conversation with Sam Taylor.',
    apps: ['Messages'],
    difficulty: 2,
    category: 'edit',
    success: { path: M('conversations[?(name == "Sam Taylor")]'), count: 0 },
    reference: [
      launch('Messages'),
      { do: 'scroll', direction: 'down' },
      longPress('Sam Taylor'),
      tapId('android:id/button1'),
    ],
  }),
];
