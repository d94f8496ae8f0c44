import type { Clause } from '../parseClauses.ts';
import { currentValue, fieldRole, textInputs, valueFor } from '../formFields.ts';
import { searchQuery } from '../searchQuery.ts';
import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * A form: each text field whose role the clause has a value for is typed
 * (cleared first when it shows another value); once the form is touched,
 * the all-day switch, the rows that open date and time pickers and weekday
 * toggles; a created item whose remaining values live in its own editor is
 * opened again by its time.
 */
export function formStage({ clause, screen, state, progress, act, tap, tried }: StageContext): StageResult {
  const v = clause.values;
  const inputs = textInputs(screen).filter(
    (e) => screen.windows.find((w) => w.id === e.window)?.kind !== 'dialog' || true,
  );
  const carried =
    clause.usesMemory || clause.gather === undefined ? carriedText(clause, state.lastFactValue) : undefined;
  const ctx = {
    values: v,
    ...(clause.person ? { person: clause.person } : {}),
    ...(carried ? { carried } : {}),
    ...(searchQuery(clause) ? { query: searchQuery(clause)! } : {}),
  };
  for (const input of inputs) {
    const role = fieldRole(input);
    if (role === 'search' || role === 'hour' || role === 'minute') continue;
    const key = `${role}|${input.resourceId || input.hint}`;
    if (progress.filled.has(key)) continue;
    let value = valueFor(role, ctx);
    if (role === 'unknown' && inputs.length === 1 && clause.typeText && !clause.submit) value = clause.typeText;
    if (!value) continue;
    const now = currentValue(input);
    if (now === value || (now && now.includes(value))) {
      progress.filled.add(key);
      continue;
    }
    // A recipient already there (a reply, a forward) stays unless the clause gives an address of its own.
    if (now && (role === 'recipient' || role === 'name') && value === clause.person) {
      progress.filled.add(key);
      continue;
    }
    if (now && !progress.cleared.has(key) && role !== 'body') {
      progress.cleared.add(key);
      return act('clear', { element: input.id }, `clear the ${role} field before typing`, 'the field is empty');
    }
    progress.filled.add(key);
    progress.formTouched = true;
    progress.typed = true;
    // A recipient field lists matching contacts: pick one after typing (the grounding stage finds the person).
    return act('type', { element: input.id, text: value }, `type the ${role} "${value}"`, 'the field shows the text');
  }
  // Rows that open pickers: a date row, a start-time row; an all-day switch; weekday toggles.
  if (progress.formTouched || progress.created) {
    if (v.allDay && !progress.allDaySet) {
      const sw = screen.elements.find((e) => e.flags.checkable && /\ball[- ]day\b/i.test(e.label));
      if (sw) {
        progress.allDaySet = true;
        if (!sw.flags.checked) return tap(sw, 'turn on All-day', 'the event is all-day');
      }
    }
    if (v.date && !progress.dateSet) {
      const row = screen.elements.find((e) => e.actionable && /\bdate\b/i.test(e.label) && !tried(e));
      if (row) return tap(row, `open the date picker from "${row.label}"`, 'a date picker');
    }
    if (v.time && !progress.timeSet && !v.allDay) {
      const row = screen.elements.find((e) => e.actionable && /\b(start time|time)\b/i.test(e.label) && !tried(e));
      if (row) return tap(row, `open the time picker from "${row.label}"`, 'a time picker');
    }
    if (v.days.length > 0 && !progress.daysSet) {
      const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
      const toggles = screen.elements.filter(
        (e) =>
          e.flags.checkable && names.includes(e.contentDesc.toLowerCase().slice(0, 3)) && e.contentDesc.length <= 9,
      );
      if (toggles.length >= 7) {
        const off = toggles.find(
          (e) => v.days.includes(names.indexOf(e.contentDesc.toLowerCase().slice(0, 3))) !== e.flags.checked,
        );
        if (off) return act('tap', { element: off.id }, `set ${off.contentDesc}`, `${off.contentDesc} toggled`);
        progress.daysSet = true;
      }
    }
  }
  // A created item whose remaining values (label, days) live in its own editor: open it by its time.
  if (
    progress.timeSet &&
    !progress.formTouchedAfterTime &&
    (v.label || v.title || v.days.length > 0) &&
    textInputs(screen).length === 0 &&
    v.time
  ) {
    const hhmm = `${String(v.time.hour).padStart(2, '0')}:${String(v.time.minute).padStart(2, '0')}`;
    const item = screen.elements.find((e) => e.actionable && e.label.startsWith(hhmm) && !e.flags.checkable);
    if (item) {
      progress.formTouchedAfterTime = true;
      return tap(item, `open the new item at ${hhmm} to set the rest`, 'its editor');
    }
  }
  return NEXT;
}

/** The text a clause types that it does not spell out: the last fact read (a price, a message, an answer). */
function carriedText(clause: Clause, lastFactValue: string | undefined): string | undefined {
  if (clause.values.body) return undefined;
  return lastFactValue;
}
