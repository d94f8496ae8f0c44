/**
 * Dialogs that pick a value: a date picker (a month of day buttons whose
 * descriptions name the date, "Next month"/"Previous month", OK) and the
 * buttons that confirm or cancel a dialog.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { MONTHS, type DayOfYear } from './taskValues.ts';
import { normalise } from './words.ts';

export function dialogElements(screen: Screen): UiElement[] {
  const dialogs = new Set(screen.windows.filter((w) => w.kind === 'dialog' || w.kind === 'popup').map((w) => w.id));
  return screen.elements.filter((e) => dialogs.has(e.window));
}

const POSITIVE =
  /^(ok|done|save|set|yes|confirm|apply|delete|remove|clear|clear data|continue|rename|send|add|allow)$/i;
const NEGATIVE = /^(cancel|no|not now|dismiss|close|no thanks|later|don't allow|deny)$/i;

export function positiveButton(elements: UiElement[]): UiElement | undefined {
  const buttons = elements.filter((e) => e.actionable && e.flags.enabled && !e.flags.checkable);
  return (
    buttons.find((e) => e.resourceId === 'android:id/button1') ?? buttons.find((e) => POSITIVE.test(e.label.trim()))
  );
}

export function isNegative(e: UiElement): boolean {
  return NEGATIVE.test(e.label.trim());
}

/** A day button for this date: its description says the month and day ("Wednesday, June 11"). */
export function dayButton(elements: UiElement[], date: DayOfYear): UiElement | undefined {
  const month = MONTHS[date.month - 1]!;
  const re = new RegExp(`\\b${month}\\s+${date.day}\\b`);
  return elements.find((e) => e.actionable && re.test(normalise(`${e.contentDesc} ${e.label}`)));
}

/** Which way to page a date picker: the month shown vs the one wanted. */
export function monthStep(elements: UiElement[], date: DayOfYear): 'next' | 'previous' | undefined {
  for (const e of elements) {
    const m = normalise(e.label).match(new RegExp(`^(${MONTHS.join('|')})\\s+(\\d{4})$`));
    if (!m) continue;
    const shown = MONTHS.indexOf(m[1]!) + 1;
    if (shown === date.month) return undefined;
    return date.month > shown ? 'next' : 'previous';
  }
  return 'next';
}

export function isDatePicker(elements: UiElement[]): boolean {
  return elements.some((e) => /\b(next|previous) month\b/i.test(e.label));
}
