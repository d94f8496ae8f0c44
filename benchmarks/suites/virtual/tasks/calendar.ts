/** Calendar: create (timed and all-day), delete, look up. */
import type { ScriptStep } from '../../../types.ts';
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, clearField, launch, rid, tap, tapDesc, tapId, typeInto } from '../steps.ts';

const E = (rest: string) => app('Calendar', rest);
export const CAL_TITLE = rid('Calendar', 'title');
/** In the editor: pick a date in the date picker (`monthsAhead` Next-month taps from the draft's month). */
export function pickDate(longDate: string, monthsAhead = 0): ScriptStep[] {
  return [
    tapId(rid('Calendar', 'start_date')),
    ...Array.from({ length: monthsAhead }, () => tapDesc('Next month')),
    tapDesc(longDate),
    tapId('android:id/button1'),
  ];
}
/** In the editor: set the start time through the time picker. */
export function pickStart(hh: string, mm: string): ScriptStep[] {
  const H = rid('Calendar', 'input_hour');
  const M = rid('Calendar', 'input_minute');
  return [
    tapId(rid('Calendar', 'start_time')),
    clearField(H),
    typeInto(H, hh),
    clearField(M),
    typeInto(M, mm),
    tapId('android:id/button1'),
  ];
}
export const event = (title: string) => E(`events[?(title ~= "${title}")]`);

export const calendarTasks = [
  defineTask({
    id: 'calendar_create_haircut',
    instruction: 'Add a "Haircut" appointment on Wednesday June 11 at 16:30.',
    apps: ['Calendar'],
    difficulty: 2,
    category: 'create',
    success: {
      path: event('Haircut'),
      some: {
        all: [
          { path: 'date', equals: '2025-06-11' },
          { path: 'start', equals: 990 },
        ],
      },
    },
    reference: [
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Haircut'),
      ...pickDate('Wednesday, June 11'),
      ...pickStart('16', '30'),
      tap('Save'),
    ],
  }),
  defineTask({
    id: 'calendar_all_day_moving',
    instruction: 'Block out Saturday June 21 as an all-day event called "Moving day".',
    apps: ['Calendar'],
    difficulty: 2,
    category: 'create',
    seed: 2,
    success: {
      path: event('Moving day'),
      some: {
        all: [
          { path: 'date', equals: '2025-06-21' },
          { path: 'allDay', equals: true },
        ],
      },
    },
    reference: [
      launch('Calendar'),
      tapDesc('Create new event'),
      typeInto(CAL_TITLE, 'Moving day'),
      tap('All-day'),
      ...pickDate('Saturday, June 21'),
      tap('Save'),
    ],
  }),
  defineTask({
    id: 'calendar_delete_yoga',
    instruction: 'Cancel my yoga class on Sunday, delete it from the calendar.',
    apps: ['Calendar'],
    difficulty: 2,
    category: 'edit',
    success: { path: event('Yoga'), count: 0 },
    reference: [
      launch('Calendar'),
      tapDesc('Search'),
      typeInto(rid('Calendar', 'search_text'), 'yoga'),
      tap('Yoga class'),
      tapDesc('Delete event'),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'calendar_book_club_lookup',
    instruction: 'What time does book club start on June 28, and where is it?',
    apps: ['Calendar'],
    difficulty: 1,
    category: 'lookup',
    // One time and the place (the question's own date may be restated).
    success: { all: [{ answer: { time: '19:00' } }, { answer: { text: 'Zoe' } }] },
    reference: [
      launch('Calendar'),
      tapDesc('Search'),
      typeInto(rid('Calendar', 'search_text'), 'book club'),
      tap('Book club'),
      answer("Book club starts at 19:00 at Zoe's place."),
    ],
  }),
];
