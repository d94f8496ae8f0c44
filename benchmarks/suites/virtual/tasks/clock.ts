/** Clock: alarms, world clock, timer (AndroidWorld's clock/alarm tasks). */
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { clearField, launch, rid, tap, tapDesc, tapId, typeInto, idText, tapXpath } from '../steps.ts';

const C = (rest: string) => app('Clock', rest);
const HOUR = rid('Clock', 'input_hour');
const MINUTE = rid('Clock', 'input_minute');

export const clockTasks = [
  defineTask({
    id: 'clock_add_alarm',
    instruction: 'Set an alarm for 5:45 in the morning.',
    apps: ['Clock'],
    difficulty: 1,
    category: 'create',
    success: {
      path: C('alarms[*]'),
      some: {
        all: [
          { path: 'time', equals: 345 },
          { path: 'enabled', equals: true },
        ],
      },
    },
    reference: [
      launch('Clock'),
      tapDesc('Add alarm'),
      clearField(HOUR),
      typeInto(HOUR, '05'),
      clearField(MINUTE),
      typeInto(MINUTE, '45'),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'clock_disable_gym_alarm',
    instruction: "I'm skipping the gym this week, turn off my Gym alarm.",
    apps: ['Clock'],
    difficulty: 1,
    category: 'edit',
    success: { path: C('alarms[?(label == "Gym")].enabled'), equals: false, of: 'all' },
    reference: [launch('Clock'), tapDesc('06:30 alarm')],
  }),
  defineTask({
    id: 'clock_weekday_medication_alarm',
    instruction: 'Add a 7:15 alarm called "Medication" that repeats Monday to Friday.',
    apps: ['Clock'],
    difficulty: 3,
    category: 'create',
    success: {
      path: C('alarms[*]'),
      some: {
        all: [
          { path: 'time', equals: 435 },
          { path: 'label', equals: 'Medication' },
          { path: 'days', equals: [1, 2, 3, 4, 5] },
          { path: 'enabled', equals: true },
        ],
      },
    },
    reference: [
      launch('Clock'),
      tapDesc('Add alarm'),
      clearField(HOUR),
      typeInto(HOUR, '07'),
      clearField(MINUTE),
      typeInto(MINUTE, '15'),
      tapId('android:id/button1'),
      tapXpath(idText('Clock', 'digital_clock', '07:15')),
      tapDesc('Mon'),
      tapDesc('Tue'),
      tapDesc('Wed'),
      tapDesc('Thu'),
      tapDesc('Fri'),
      typeInto(rid('Clock', 'edit_label'), 'Medication'),
    ],
  }),
  defineTask({
    id: 'clock_add_city',
    instruction: 'Add Tokyo to my world clock.',
    apps: ['Clock'],
    difficulty: 2,
    category: 'create',
    success: { path: C('cities'), contains: 'Tokyo' },
    reference: [
      launch('Clock'),
      tap('Clock'),
      tapDesc('Cities'),
      typeInto(rid('Clock', 'search_src_text'), 'Tokyo'),
      tapXpath(idText('Clock', 'city_name', 'Tokyo')),
    ],
  }),
  defineTask({
    id: 'clock_pasta_timer',
    instruction: 'Start a 12 minute timer for the pasta.',
    apps: ['Clock'],
    difficulty: 2,
    category: 'create',
    faultProfile: 'light',
    seed: 4,
    success: {
      all: [
        { path: C('timer.durationMs'), equals: 720000 },
        { path: C('timer.running'), equals: true },
      ],
    },
    reference: [
      launch('Clock'),
      tap('Timer'),
      tapId(rid('Clock', 'timer_key_1')),
      tapId(rid('Clock', 'timer_key_2')),
      tapId(rid('Clock', 'timer_key_0')),
      tapId(rid('Clock', 'timer_key_0')),
      tapDesc('Start'),
    ],
  }),
  defineTask({
    id: 'clock_delete_weekend_alarm',
    instruction: 'Delete the weekend alarm, I no longer need it.',
    apps: ['Clock'],
    difficulty: 2,
    category: 'edit',
    success: { path: C('alarms[?(label == "Weekend")]'), count: 0 },
    reference: [launch('Clock'), tapXpath(idText('Clock', 'digital_clock', '09:00')), tap('Delete')],
  }),
];
