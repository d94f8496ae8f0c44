/** Contacts data: the seeded people plus whatever the user adds, and a call log. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';
import { PEOPLE } from '../../world/people.ts';

export interface Contact {
  id: number;
  first: string;
  last: string;
  phone: string;
  email: string;
  company: string;
  starred: boolean;
}

export interface Call {
  name: string;
  phone: string;
  /** Virtual clock when the call was placed. */
  time: number;
}

export interface ContactsState {
  contacts: Contact[];
  nextId: number;
  calls: Call[];
}

export function initialContacts(s: Seeded): ContactsState {
  const contacts = PEOPLE.map((p, i) => ({
    id: i + 1,
    first: p.first,
    last: p.last,
    phone: p.phone,
    email: p.email,
    company: p.company,
    starred: false,
  }));
  // A few favourites vary with the seed; everything else is fixed world data.
  for (let i = 0; i < 3; i++) s.pick(contacts).starred = true;
  return { contacts, nextId: contacts.length + 1, calls: [] };
}

export function contactName(c: Pick<Contact, 'first' | 'last'>): string {
  return `${c.first} ${c.last}`.trim() || '(No name)';
}

/** Sorted as the app lists them: by first name, then last name. */
export function sortedContacts(list: Contact[]): Contact[] {
  return [...list].sort((a, b) => contactName(a).localeCompare(contactName(b)));
}
