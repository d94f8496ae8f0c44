/** Calendar (com.google.android.calendar): schedule and month views, event details, create/edit events with date and time pickers and reminders. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialCalendar, type CalendarState } from './state.ts';

export type { CalendarEvent, CalendarState } from './state.ts';

export default defineApp<CalendarState>({
  id: 'calendar',
  package: 'com.google.android.calendar',
  label: 'Calendar',
  icon: '31',
  launchActivity: 'com.android.calendar.AllInOneActivity',
  home: 'schedule',
  initialState: initialCalendar,
  screens,
  dialogs,
});
