/**
 * Messages (com.google.android.apps.messaging): conversations with the
 * seeded people; new texts arrive between visits (onResume); accepts shared text.
 */
import { defineApp } from '../../framework/types.ts';
import { fullName, person } from '../../world/people.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { INCOMING, initialMessages, type MessagesState } from './state.ts';

export type { Conversation, Message, MessagesState } from './state.ts';

/** A new text arrives when the app comes back after at least this much virtual time. */
export const ARRIVAL_GAP_MS = 20_000;

export default defineApp<MessagesState>({
  id: 'messages',
  package: 'com.google.android.apps.messaging',
  label: 'Messages',
  icon: 'Ms',
  launchActivity: '.ui.ConversationListActivity',
  home: 'list',
  initialState: initialMessages,
  screens,
  dialogs,
  share: { screen: 'new_chat', params: (text) => ({ draft: text }) },
  onResume: (a) => {
    const s = a.state;
    if (a.device.now - s.lastSync < ARRIVAL_GAP_MS) return;
    s.lastSync = a.device.now;
    // Each return after the gap receives the next seeded text, newest conversation first in the list.
    if (s.arrived >= INCOMING.length) return;
    const [key, text] = INCOMING[s.arrived]!;
    s.arrived++;
    const p = person(key);
    let conv = s.conversations.find((c) => c.address === p.phone);
    if (!conv) {
      conv = { id: s.nextId++, name: fullName(p), address: p.phone, unread: true, messages: [] };
      s.conversations.push(conv);
    }
    conv.messages.push({ id: s.nextId++, from: 'them', text, time: a.device.now });
    conv.unread = true;
  },
});
