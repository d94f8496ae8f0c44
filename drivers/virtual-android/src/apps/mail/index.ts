/** Mail (com.google.android.gm): inbox, folders via the drawer, reading, composing and sending mail; accepts shared text. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialMail, type MailState } from './state.ts';

export type { Mail, MailState } from './state.ts';

export default defineApp<MailState>({
  id: 'mail',
  package: 'com.google.android.gm',
  label: 'Mail',
  icon: 'M',
  launchActivity: '.ConversationListActivityGmail',
  home: 'inbox',
  initialState: initialMail,
  screens,
  dialogs,
  share: { screen: 'compose', params: (text) => ({ body: text }) },
});
