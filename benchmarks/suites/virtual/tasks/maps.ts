/** Maps: search, save, directions, opening hours. */
import type { ScriptStep } from '../../../types.ts';
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, launch, rid, tap, tapDesc, tapId, typeInto } from '../steps.ts';

const G = (rest: string) => app('Maps', rest);
/** Search Maps for an exact place name (one hit opens the place). */
export function openPlace(name: string): ScriptStep[] {
  return [typeInto(rid('Maps', 'search_omnibox_text'), name, true)];
}

export const mapsTasks = [
  defineTask({
    id: 'maps_save_trattoria',
    instruction: 'Save Trattoria Luca to my "Want to go" list.',
    apps: ['Maps'],
    difficulty: 1,
    category: 'create',
    success: {
      path: G('saved[*]'),
      some: {
        all: [
          { path: 'placeId', equals: 'trattoria-luca' },
          { path: 'list', equals: 'Want to go' },
        ],
      },
    },
    reference: [launch('Maps'), ...openPlace('Trattoria Luca'), tapId(rid('Maps', 'save_button')), tap('Want to go')],
  }),
  defineTask({
    id: 'maps_transit_museum',
    instruction: 'Start transit directions to the Riverside Natural History Museum.',
    apps: ['Maps'],
    difficulty: 2,
    category: 'multi-step',
    seed: 4,
    success: {
      all: [
        { path: G('navigation.placeId'), equals: 'natural-history-museum' },
        { path: G('navigation.mode'), equals: 'transit' },
      ],
    },
    reference: [
      launch('Maps'),
      ...openPlace('Riverside Natural History Museum'),
      tapDesc('Directions'),
      {
        do: 'tap',
        target: { locator: { strategy: '-android uiautomator', value: 'new UiSelector().textStartsWith("Transit")' } },
      },
      tapId(rid('Maps', 'start_navigation')),
    ],
  }),
  defineTask({
    id: 'maps_museum_thursday_hours',
    instruction: 'How late is the City Art Museum open on Thursdays?',
    apps: ['Maps'],
    difficulty: 2,
    category: 'lookup',
    // The closing time; Thursday's opening time may come with it ("10:00–21:00"), any other time fails.
    success: { answer: { time: '21:00', ignore: ['10:00'] } },
    reference: [
      launch('Maps'),
      ...openPlace('City Art Museum'),
      tapId(rid('Maps', 'hours_row')),
      answer('On Thursdays the City Art Museum is open until 21:00 (10:00–21:00).'),
    ],
  }),
];
