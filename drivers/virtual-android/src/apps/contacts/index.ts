/** Contacts (com.google.android.contacts): browse, search, view, call, create, edit and delete contacts. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialContacts, type ContactsState } from './state.ts';

export type { Contact, ContactsState } from './state.ts';

export default defineApp<ContactsState>({
  id: 'contacts',
  package: 'com.google.android.contacts',
  label: 'Contacts',
  icon: 'Ct',
  launchActivity: 'com.android.contacts.activities.PeopleActivity',
  home: 'list',
  initialState: initialContacts,
  screens,
  dialogs,
});
