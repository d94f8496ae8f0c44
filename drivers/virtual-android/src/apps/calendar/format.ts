/** Calendar text: dates, times and reminders as the app shows them. */
import { formatHm, MONTH_NAMES } from '../../framework/time.ts';
import { keyToMs, type CalendarEvent } from './state.ts';

/** Full month names (shared with the framework's date picker). */
export const MONTHS = MONTH_NAMES;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Thursday, June 5" */
export function longDate(key: string): string {
  const d = new Date(keyToMs(key));
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

export function timeRange(e: CalendarEvent): string {
  return e.allDay ? 'All day' : `${formatHm(e.start)} – ${formatHm(e.end)}`;
}

export const REMINDERS: { label: string; value: number | null }[] = [
  { label: 'No notification', value: null },
  { label: 'At time of event', value: 0 },
  { label: '10 minutes before', value: 10 },
  { label: '30 minutes before', value: 30 },
  { label: '1 hour before', value: 60 },
  { label: '3 hours before', value: 180 },
  { label: '1 day before', value: 1440 },
];

export function reminderText(value: number | null): string {
  return REMINDERS.find((r) => r.value === value)?.label ?? `${value} minutes before`;
}
