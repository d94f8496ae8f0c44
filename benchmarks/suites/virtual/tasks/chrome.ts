/** Chrome: search the offline web, bookmarks, history. */
import type { ScriptStep } from '../../../types.ts';
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, launch, rid, tap, tapDesc, tapId, typeInto } from '../steps.ts';

const W = (rest: string) => app('Chrome', rest);
/** Type a query in the address bar and open the result titled `title`. */
export function searchAndOpen(query: string, title: string): ScriptStep[] {
  return [typeInto(rid('Chrome', 'url_bar'), query, true), tap(title)];
}

export const chromeTasks = [
  defineTask({
    id: 'chrome_bookmark_jazz',
    instruction: 'Find the Riverside Jazz Festival page in Chrome and bookmark it.',
    apps: ['Chrome'],
    difficulty: 2,
    category: 'create',
    success: { path: W('bookmarks[*].url'), equals: 'https://events.riverside.example.gov/jazz-festival' },
    reference: [
      launch('Chrome'),
      ...searchAndOpen('riverside jazz festival', 'Riverside Jazz Festival 2025 – June 20–22'),
      tapDesc('More options'),
      tap('Add bookmark'),
    ],
  }),
  defineTask({
    id: 'chrome_oslo_population',
    instruction: 'Look up the population of Oslo on the web.',
    apps: ['Chrome'],
    difficulty: 1,
    category: 'lookup',
    // One number (a year next to it reads as a year).
    success: { answer: { number: 717710 } },
    reference: [
      launch('Chrome'),
      ...searchAndOpen('oslo population', 'Oslo – Wikipedia'),
      answer('Oslo has 717,710 inhabitants (2024).'),
    ],
  }),
  defineTask({
    id: 'chrome_clear_history',
    instruction: 'Clear my Chrome browsing history.',
    apps: ['Chrome'],
    difficulty: 2,
    category: 'settings',
    seed: 5,
    success: { path: W('history[*]'), count: 0 },
    reference: [
      launch('Chrome'),
      tapDesc('More options'),
      tap('History'),
      tapId(rid('Chrome', 'clear_browsing_data_button')),
      tapId('android:id/button1'),
    ],
  }),
];
