/** Clock data: alarms, world clock cities, the timer and the stopwatch. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';

export interface Alarm {
  id: number;
  /** Minutes after midnight. */
  time: number;
  label: string;
  enabled: boolean;
  /** 0 = Sunday ... 6 = Saturday; empty = once. */
  days: number[];
  vibrate: boolean;
}

export interface ClockState {
  alarms: Alarm[];
  nextAlarmId: number;
  cities: string[];
  timer: { durationMs: number; remainingMs: number; running: boolean; startedAt: number | null; input: string };
  stopwatch: { running: boolean; startedAt: number | null; elapsedMs: number; laps: number[] };
}

/** City name -> UTC offset in hours. */
export const CITIES: Record<string, number> = {
  Amsterdam: 2,
  Athens: 3,
  Auckland: 12,
  Bangkok: 7,
  Beijing: 8,
  Berlin: 2,
  'Buenos Aires': -3,
  Cairo: 3,
  Chicago: -5,
  Dubai: 4,
  Dublin: 1,
  'Hong Kong': 8,
  Honolulu: -10,
  Istanbul: 3,
  Jakarta: 7,
  Johannesburg: 2,
  Lagos: 1,
  Lima: -5,
  Lisbon: 1,
  London: 1,
  'Los Angeles': -7,
  Madrid: 2,
  'Mexico City': -6,
  Moscow: 3,
  Mumbai: 5.5,
  Nairobi: 3,
  'New York': -4,
  Paris: 2,
  Reykjavik: 0,
  Rome: 2,
  'San Francisco': -7,
  Santiago: -4,
  'São Paulo': -3,
  Seoul: 9,
  Singapore: 8,
  Stockholm: 2,
  Sydney: 10,
  Tokyo: 9,
  Toronto: -4,
  Vancouver: -7,
};

export function initialClock(s: Seeded): ClockState {
  const base = [
    { time: 6 * 60 + 30, label: 'Gym', days: [1, 3, 5] },
    { time: 7 * 60 + s.int(0, 3) * 15, label: '', days: [1, 2, 3, 4, 5] },
    { time: 9 * 60, label: 'Weekend', days: [0, 6] },
  ];
  return {
    alarms: base.map((b, i) => ({
      id: i + 1,
      time: b.time,
      label: b.label,
      enabled: i !== 2,
      days: b.days,
      vibrate: true,
    })),
    nextAlarmId: base.length + 1,
    cities: [s.pick(['London', 'Paris', 'Berlin']), s.pick(['Tokyo', 'Sydney', 'Singapore'])],
    timer: { durationMs: 0, remainingMs: 0, running: false, startedAt: null, input: '' },
    stopwatch: { running: false, startedAt: null, elapsedMs: 0, laps: [] },
  };
}
