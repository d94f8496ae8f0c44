/** Contacts: create, edit, favourite, look up, call. */
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, clearField, launch, rid, tap, tapDesc, tapId, typeInto, tapXpath, idText } from '../steps.ts';

const K = (rest: string) => app('Contacts', rest);
const SEARCH = rid('Contacts', 'search_view');
export const openContact = (query: string, name: string) => [
  tapDesc('Search contacts'),
  typeInto(SEARCH, query),
  tapXpath(idText('Contacts', 'cliv_name_textview', name)),
];

export const contactsTasks = [
  defineTask({
    id: 'contacts_create',
    instruction: 'Save a new contact: Lena Hoffmann, phone +1 415-555-0123, works at Maple Labs.',
    apps: ['Contacts'],
    difficulty: 2,
    category: 'create',
    success: {
      path: K('contacts[*]'),
      some: {
        all: [
          { path: 'first', equals: 'Lena' },
          { path: 'last', equals: 'Hoffmann' },
          { path: 'phone', matches: '415.?555.?0123' },
          { path: 'company', equals: 'Maple Labs' },
        ],
      },
    },
    reference: [
      launch('Contacts'),
      tapDesc('Create contact'),
      typeInto(rid('Contacts', 'first_name'), 'Lena'),
      typeInto(rid('Contacts', 'last_name'), 'Hoffmann'),
      typeInto(rid('Contacts', 'company_field'), 'Maple Labs'),
      typeInto(rid('Contacts', 'phone_field'), '+1 415-555-0123'),
      tapId(rid('Contacts', 'editor_menu_save_button')),
    ],
  }),
  defineTask({
    id: 'contacts_favorite_grace',
    instruction: 'Add Grace Okafor to my favorites.',
    apps: ['Contacts'],
    difficulty: 1,
    category: 'edit',
    seed: 2,
    success: { path: K('contacts[?(first == "Grace")].starred'), equals: true },
    reference: [launch('Contacts'), ...openContact('Grace', 'Grace Okafor'), tapDesc('Add to favorites')],
  }),
  defineTask({
    id: 'contacts_update_phone',
    instruction: 'Tom Becker has a new number, +1 415-555-0999. Update his contact.',
    apps: ['Contacts'],
    difficulty: 2,
    category: 'edit',
    success: { path: K('contacts[?(first == "Tom")].phone'), matches: '415.?555.?0999' },
    reference: [
      launch('Contacts'),
      ...openContact('Tom', 'Tom Becker'),
      tapDesc('Edit contact'),
      clearField(rid('Contacts', 'phone_field')),
      typeInto(rid('Contacts', 'phone_field'), '+1 415-555-0999'),
      tapId(rid('Contacts', 'editor_menu_save_button')),
    ],
  }),
  defineTask({
    id: 'contacts_lookup_company',
    instruction: 'Where does Kenji Watanabe work?',
    apps: ['Contacts'],
    difficulty: 1,
    category: 'lookup',
    // The company; naming another contact's company (a dump of the list) fails.
    success: { answer: { text: 'Lucerne Publishing', others: { path: K('contacts[*].company') } } },
    reference: [
      launch('Contacts'),
      ...openContact('Kenji', 'Kenji Watanabe'),
      answer('Kenji Watanabe works at Lucerne Publishing.'),
    ],
  }),
  defineTask({
    id: 'contacts_call_emma',
    instruction: 'Call Emma Rossi.',
    apps: ['Contacts'],
    difficulty: 1,
    category: 'communicate',
    success: { path: K('calls[*].name'), equals: 'Emma Rossi' },
    reference: [launch('Contacts'), ...openContact('Emma', 'Emma Rossi'), tap('Call')],
  }),
];
