/**
 * The phone's clock formatting. The virtual clock is ms since epoch whose UTC
 * fields are the phone's local time, so output never depends on the host zone.
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Month names as the phone spells them in full (pickers, calendars). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9:41" (24-hour clock, no leading zero on the hour as Android's status bar shows in 24h mode). */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** "Mon, Jun 2" */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** "07:30" from minutes after midnight. */
export function formatHm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "01:02:03" or "02:03.4" style durations. */
export function formatDuration(ms: number, tenths = false): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const base =
    h > 0
      ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
      : `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return tenths ? `${base}.${Math.floor((ms % 1000) / 100)}` : base;
}

/** Default virtual time at reset: Monday 2 June 2025, 08:30, shifted by whole minutes from the seed. */
export function initialClock(seed: number): number {
  return Date.UTC(2025, 5, 2, 8, 30, 0) + (seed % 240) * 60_000;
}
