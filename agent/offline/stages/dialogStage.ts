import { currentValue, fieldRole } from '../formFields.ts';
import { groundWords } from '../groundElement.ts';
import { dayButton, isDatePicker, isNegative, monthStep, positiveButton } from '../pickers.ts';
import { normalise } from '../words.ts';
import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * Dialogs the clause opened, in order: a time picker (clear and type hour and
 * minute, then OK), a date picker (the day's button, paging months, then OK),
 * a choice the clause names, and a confirmation of what the clause started.
 */
export function dialogStage(ctx: StageContext): StageResult {
  const { clause, screen, dialog, progress, act, tap } = ctx;
  if (dialog.length === 0) return NEXT;
  const v = clause.values;
  const inputs = dialog.filter((e) => e.role === 'input');
  // A time picker: hour and minute fields.
  const hour = inputs.find((e) => fieldRole(e) === 'hour');
  const minute = inputs.find((e) => fieldRole(e) === 'minute');
  if (hour && minute && v.time && !progress.timeSet) {
    for (const [field, want, role] of [
      [hour, String(v.time.hour).padStart(2, '0'), 'hour'],
      [minute, String(v.time.minute).padStart(2, '0'), 'minute'],
    ] as const) {
      const now = currentValue(field);
      if (Number(now) === Number(want) && now !== '') continue;
      if (now !== '') return act('clear', { element: field.id }, `clear the ${role} field`, 'the field is empty');
      return act('type', { element: field.id, text: want }, `set the ${role} to ${want}`, `the ${role} shows ${want}`);
    }
    progress.timeSet = true;
    progress.formTouched = true;
    const ok = positiveButton(dialog);
    if (ok)
      return tap(ok, `confirm the time ${v.time.hour}:${String(v.time.minute).padStart(2, '0')}`, 'the picker closes');
  }
  // A date picker: the day's button, paging months when needed, then OK.
  if (isDatePicker(dialog) && v.date && !progress.dateSet) {
    const day = dayButton(dialog, v.date);
    if (day && !day.flags.checked && !day.flags.selected)
      return tap(day, `pick ${day.contentDesc || day.label}`, 'the day is selected');
    if (day) {
      progress.dateSet = true;
      progress.formTouched = true;
      const ok = positiveButton(dialog);
      if (ok) return tap(ok, 'confirm the date', 'the picker closes');
    }
    const step = monthStep(dialog, v.date);
    const pager = step
      ? dialog.find((e) => e.actionable && new RegExp(`^${step} month$`, 'i').test(e.label))
      : undefined;
    if (pager) return act('tap', { element: pager.id }, `page to the ${step} month`, 'another month');
  }
  // A choice the clause names (a list called "Want to go", "5 minutes", "Dark").
  const wanted = [...v.quoted, ...(clause.entity ? [clause.entity] : [])].map((q) => normalise(q));
  const named = dialog.find((e) => e.actionable && !isNegative(e) && wanted.includes(normalise(e.label)));
  if (named && !named.flags.checked)
    return tap(named, `"${named.label}" is the choice the task names`, 'the choice is made');
  // A confirmation after a destructive or final step: its positive button.
  if (inputs.length === 0 && dialog.some((e) => e.actionable && isNegative(e))) {
    const options = dialog.filter((e) => e.actionable && !isNegative(e) && e.role !== 'input');
    const chosen = groundWords(screen, clause.words, { windowKinds: new Set(['dialog', 'popup']) })[0];
    // A dialog that offers the clause's own choice (a radio list, a menu) is left to the later stages.
    if (
      chosen &&
      !isNegative(chosen.element) &&
      (chosen.element.flags.checkable ||
        chosen.element.role === 'radio' ||
        chosen.element.role === 'listitem' ||
        options.length > 2)
    )
      return NEXT;
    const ok = positiveButton(dialog);
    // Confirm what this clause started (a Delete, a Remove, a Save), or a dialog its verb names.
    const started = progress.verbTaps > 0 || progress.verbDone || progress.committed;
    if (
      ok &&
      (started ||
        /\b(delete|remove|clear|cancel|forget|discard|stop|rename|save|buy|order|pair|set|reset|turn|take)\b/i.test(
          clause.text,
        ))
    )
      return tap(ok, `confirm with "${ok.label}"`, 'the dialog closes');
  }
  return NEXT;
}
