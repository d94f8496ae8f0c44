/** Notes: create, edit, pin, delete. */
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { launch, rid, tap, tapDesc, tapId, typeInto, longPress, tapXpath, idText } from '../steps.ts';

const N = (rest: string) => app('Notes', rest);
export const NOTE_TITLE = rid('Notes', 'editable_title');
export const NOTE_BODY = rid('Notes', 'edit_note_text');
export const note = (title: string) => N(`notes[?(title == "${title}")]`);
export const openNote = (title: string) => tapXpath(idText('Notes', 'index_note_title', title));

export const notesTasks = [
  defineTask({
    id: 'notes_create_packing',
    instruction: 'Make a note called "Packing list" with: passport, charger, sunscreen.',
    apps: ['Notes'],
    difficulty: 1,
    category: 'create',
    success: {
      path: note('Packing list'),
      some: {
        all: [
          { path: 'body', contains: 'passport' },
          { path: 'body', contains: 'charger' },
          { path: 'body', contains: 'sunscreen' },
        ],
      },
    },
    reference: [
      launch('Notes'),
      tapDesc('New note'),
      typeInto(NOTE_TITLE, 'Packing list'),
      typeInto(NOTE_BODY, 'passport, charger, sunscreen'),
    ],
  }),
  defineTask({
    id: 'notes_pin_groceries',
    instruction: 'Pin my Groceries note.',
    apps: ['Notes'],
    difficulty: 1,
    category: 'edit',
    faultProfile: 'light',
    seed: 3,
    success: { path: note('Groceries').concat('.pinned'), equals: true },
    reference: [launch('Notes'), longPress('Groceries'), tap('Pin')],
  }),
  defineTask({
    id: 'notes_add_butter',
    instruction: 'Add butter to my grocery list note.',
    apps: ['Notes'],
    difficulty: 2,
    category: 'edit',
    success: {
      path: note('Groceries').concat('.body'),
      every: {
        all: [
          { path: '@', contains: 'butter' },
          { path: '@', contains: 'spinach' },
        ],
      },
    },
    reference: [launch('Notes'), openNote('Groceries'), typeInto(NOTE_BODY, ', butter')],
  }),
  defineTask({
    id: 'notes_delete_movies',
    instruction: 'Delete the Movies note.',
    apps: ['Notes'],
    difficulty: 2,
    category: 'edit',
    success: {
      all: [
        { path: note('Movies'), count: 0 },
        { path: N('trash[*].title'), equals: 'Movies' },
      ],
    },
    reference: [
      launch('Notes'),
      { do: 'scroll', direction: 'down' },
      openNote('Movies'),
      tapId(rid('Notes', 'menu_delete')),
    ],
  }),
];
