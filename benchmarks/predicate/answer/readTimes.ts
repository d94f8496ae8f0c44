/**
 * Clock times written in an answer: "21:00", "9:00 am", "9pm", "9 p.m.",
 * "noon", "midnight", each as minutes after midnight. A bare "9" is not a
 * time (it could be anything), and neither is "21.00".
 */
import type { TextSpan } from './textSpans.ts';

export interface TimeInText extends TextSpan {
  /** Minutes after midnight. */
  minutes: number;
  text: string;
}

const CLOCK = /(?<![\d:.])(\d{1,2}):(\d{2})(?::\d{2})?(?:\s?([ap])\.?\s?m\b\.?)?/gi;
const HOUR_MERIDIEM = /(?<![\d:.])(\d{1,2})\s?([ap])\.?\s?m\b\.?/gi;
const WORDS = /\b(noon|midday|midnight)\b/gi;

/** Hours on a 12-hour clock with am/pm, or a 24-hour clock without; null when out of range. */
function toMinutes(hour: number, minute: number, meridiem: string | undefined): number | null {
  if (minute > 59) return null;
  if (meridiem === undefined) return hour <= 23 ? hour * 60 + minute : null;
  if (hour < 1 || hour > 12) return null;
  const h = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + minute;
}

export function readTimes(text: string): TimeInText[] {
  const out: TimeInText[] = [];
  const claimed = (i: number): boolean => out.some((t) => i >= t.index && i < t.index + t.length);
  for (const m of text.matchAll(CLOCK)) {
    const minutes = toMinutes(Number(m[1]), Number(m[2]), m[3]);
    if (minutes !== null) out.push({ minutes, text: m[0], index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(HOUR_MERIDIEM)) {
    if (claimed(m.index)) continue;
    const minutes = toMinutes(Number(m[1]), 0, m[2]);
    if (minutes !== null) out.push({ minutes, text: m[0], index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(WORDS))
    out.push({
      minutes: m[1]!.toLowerCase() === 'midnight' ? 0 : 720,
      text: m[0],
      index: m.index,
      length: m[0].length,
    });
  return out.sort((a, b) => a.index - b.index);
}

/** "HH:MM" (24-hour) → minutes after midnight; null when it is not such a time. */
export function parseClockTime(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s);
  return m ? toMinutes(Number(m[1]), Number(m[2]), undefined) : null;
}

/** Minutes after midnight → "HH:MM". */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
