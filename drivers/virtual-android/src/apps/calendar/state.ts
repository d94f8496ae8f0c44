/** Calendar data: events on dates ("2025-06-05"), times in minutes after midnight, and the editor's working copy. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';

export interface CalendarEvent {
  id: number;
  title: string;
  /** "YYYY-MM-DD" in the phone's local time. */
  date: string;
  /** Minutes after midnight; ignored when allDay. */
  start: number;
  end: number;
  allDay: boolean;
  location: string;
  /** Minutes before the start to remind; null = no reminder. */
  reminder: number | null;
}

/** The event being created or edited (id null = new). Dialogs write into it. */
export type EventDraft = Omit<CalendarEvent, 'id'> & { id: number | null };

export interface CalendarState {
  events: CalendarEvent[];
  nextId: number;
  draft: EventDraft | null;
}

const DAY = 86_400_000;

export function dateKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function keyToMs(key: string): number {
  return Date.parse(`${key}T00:00:00Z`);
}

export function addDays(key: string, days: number): string {
  return dateKey(keyToMs(key) + days * DAY);
}

/** [title, day offset from today, start "HH:MM" or "all", duration minutes, location, reminder]. */
const SEED: [string, number, string, number, string, number | null][] = [
  ['Lunch with Alice', 0, '12:30', 60, 'Fourth Coffee', 30],
  ['Standup', 1, '09:30', 15, 'Video call', 10],
  ['Pottery class', 1, '18:30', 90, 'Room 12, Graphic Design Institute', 60],
  ['Parcel pickup deadline', 7, 'all', 0, 'Market Street post office', null],
  ['Rent due', 3, 'all', 0, '', 1440],
  ['Q3 planning meeting', 3, '15:00', 60, 'Room Redwood', 10],
  ['Package delivery', 2, 'all', 0, '', null],
  ['Hiking with Kenji', 5, '08:00', 240, 'Mount Tam trailhead', 60],
  ['Coffee tasting', 5, '14:00', 90, 'Fourth Coffee', 30],
  ['Family dinner', 6, '19:00', 150, "Mom's place", 60],
  ['Standup', 8, '09:30', 15, 'Video call', 10],
  ['Pottery class', 8, '18:30', 90, 'Room 12, Graphic Design Institute', 60],
  ['Gym membership renews', 8, 'all', 0, 'CityFit Gym', null],
  ['Dentist appointment', 10, '09:00', 45, 'VanArsdel Dental, 120 Market Street', 60],
  ['Flight to Lisbon TP 1235', 12, '10:20', 720, 'SFO Terminal A', 180],
  ['Pick up Grace', 4, '18:45', 60, 'Airport terminal 2', 30],
  ['Movie night at Priya', 4, '20:00', 150, "Priya's place", 30],
  ['Sink repair', 2, '10:00', 60, 'Home', 30],
  ['Review PR 2214', 1, '14:00', 30, '', 10],
  ['Standup', 15, '09:30', 15, 'Video call', 10],
  ['Pottery class', 15, '18:30', 90, 'Room 12, Graphic Design Institute', 60],
  ['Team offsite', 24, '09:00', 480, 'Relecloud office', 1440],
  ['Book club', 26, '19:00', 120, "Zoe's place", 60],
  ['Lease renewal decision due', 28, 'all', 0, '', 1440],
  ['Farmers market', -2, '10:00', 120, 'Ferry Building', null],
  ['Call with Laura (travel)', -1, '16:00', 30, 'Phone', 10],
];

export function initialCalendar(s: Seeded): CalendarState {
  const today = dateKey(s.now);
  const events: CalendarEvent[] = SEED.map(([title, offset, start, duration, location, reminder], i) => {
    const allDay = start === 'all';
    const [h, m] = allDay ? [0, 0] : (start.split(':').map(Number) as [number, number]);
    const startMin = h * 60 + m;
    return {
      id: i + 1,
      title,
      date: addDays(today, offset),
      start: allDay ? 0 : startMin,
      end: allDay ? 0 : Math.min(1439, startMin + duration),
      allDay,
      location,
      reminder,
    };
  });
  // One seed-dependent event so different seeds differ a little.
  events.push({
    id: events.length + 1,
    title: s.pick(['Haircut', 'Car service', 'Yoga class']),
    date: addDays(today, s.int(2, 9)),
    start: 17 * 60,
    end: 18 * 60,
    allDay: false,
    location: '',
    reminder: 30,
  });
  return { events, nextId: events.length + 1, draft: null };
}

export function sortedEvents(events: CalendarEvent[]): CalendarEvent[] {
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || Number(b.allDay) - Number(a.allDay) || a.start - b.start,
  );
}
