/**
 * Calendar dialogs: the date picker (a month of day buttons), the time
 * picker (hour and minute fields with steppers), the reminder choice and
 * delete confirmation. Pickers write into the editor's draft on OK.
 */
import type { Act, DialogDef, View } from '../../framework/types.ts';
import { formatHm } from '../../framework/time.ts';
import { alert, button, column, editText, imageButton, radio, row, text } from '../../framework/widgets.ts';
import { MONTHS, REMINDERS, WEEKDAYS, longDate } from './format.ts';
import { addDays, dateKey, keyToMs, type CalendarState } from './state.ts';

type S = CalendarState;

function monthOf(key: string, offset: number): Date {
  const d = new Date(keyToMs(key));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
}

function pickedMinutes(local: Record<string, unknown>, fallback: number): number {
  const h = local.hour === undefined ? Math.floor(fallback / 60) : Number(local.hour);
  const m = local.minute === undefined ? fallback % 60 : Number(local.minute);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return -1;
  return h * 60 + m;
}

export const dialogs: Record<string, DialogDef<S>> = {
  date_picker: {
    render: (r) => {
      const current = r.state.draft?.date ?? dateKey(r.device.now);
      const chosen = String(r.local.date ?? current);
      const first = monthOf(current, Number(r.local.month ?? 0));
      const start = dateKey(first.getTime());
      const days: View<S>[] = [];
      const pad = first.getUTCDay();
      for (let i = 0; i < pad; i++) days.push({ cls: 'android.view.View', grow: 1 });
      const count = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
      for (let d = 1; d <= count; d++) {
        const key = addDays(start, d - 1);
        days.push({
          cls: 'android.widget.TextView',
          key: `day/${key}`,
          text: String(d),
          desc: longDate(key),
          clickable: true,
          focusable: true,
          checkable: true,
          checked: key === chosen,
          selected: key === chosen,
          grow: 1,
          onTap: (a) => {
            a.local.date = key;
          },
          style:
            key === chosen ? { bg: '#0b57d0', color: '#ffffff', radius: 50, align: 'center' } : { align: 'center' },
        });
      }
      while (days.length % 7) days.push({ cls: 'android.view.View', grow: 1 });
      const weeks: View<S>[] = [
        row<S>(
          { h: 80 },
          WEEKDAYS.map((w) => text<S>(w.slice(0, 1), { grow: 1, style: { align: 'center', color: '#5f6368' } })),
        ),
      ];
      for (let i = 0; i < days.length; i += 7)
        weeks.push(row<S>({ h: 110, key: `week/${dateKey(first.getTime())}/${i / 7}` }, days.slice(i, i + 7)));
      const shift =
        (d: number) =>
        (a: Act<S>): void => {
          a.local.month = Number(a.local.month ?? 0) + d;
        };
      return alert<S>({
        title: longDate(chosen),
        body: [
          row<S>({ h: 120, pad: [0, 24, 0, 24] }, [
            imageButton<S>('Previous month', shift(-1), { id: 'prev', h: 120 }),
            text<S>(`${MONTHS[first.getUTCMonth()]} ${first.getUTCFullYear()}`, {
              id: 'month_view_title',
              grow: 1,
              h: 120,
              style: { align: 'center' },
            }),
            imageButton<S>('Next month', shift(1), { id: 'next', h: 120 }),
          ]),
          column<S>({ id: 'date_picker_month', pad: [0, 24, 0, 24] }, weeks),
        ],
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        positive: {
          label: 'OK',
          onTap: (a) => {
            if (a.state.draft) a.state.draft.date = chosen;
            a.closeDialog();
          },
        },
      });
    },
  },
  time_picker: {
    render: (r) => {
      const which = r.params.which === 'end' ? 'end' : 'start';
      const fallback = r.state.draft?.[which] ?? 10 * 60;
      const minutes = pickedMinutes(r.local, fallback);
      const shown = (f: 'hour' | 'minute'): string =>
        r.local[f] === undefined
          ? formatHm(fallback).slice(f === 'hour' ? 0 : 3, f === 'hour' ? 2 : 5)
          : String(r.local[f]);
      const step =
        (f: 'hour' | 'minute', d: number) =>
        (a: Act<S>): void => {
          const cur = pickedMinutes(a.local, fallback);
          const base = cur < 0 ? fallback : cur;
          const h = Math.floor(base / 60);
          const m = base % 60;
          a.local.hour = String(f === 'hour' ? (h + d + 24) % 24 : h).padStart(2, '0');
          a.local.minute = String(f === 'minute' ? (m + d + 60) % 60 : m).padStart(2, '0');
        };
      const ok = (a: Act<S>): void => {
        const t = pickedMinutes(a.local, fallback);
        if (t < 0) {
          a.local.error = 'Enter a valid time';
          return;
        }
        const draft = a.state.draft;
        if (draft) {
          if (which === 'start') {
            const length = Math.max(15, draft.end - draft.start);
            draft.start = t;
            draft.end = Math.min(1439, t + length);
          } else {
            draft.end = Math.max(t, draft.start);
          }
        }
        a.closeDialog();
      };
      const field = (f: 'hour' | 'minute', label: string): View<S> =>
        column<S>({ grow: 1 }, [
          button<S>('+', step(f, f === 'hour' ? 1 : 5), { id: `${f}_up`, desc: `Increase ${label}`, h: 110 }),
          editText<S>(
            `input_${f}`,
            label,
            {
              value: shown(f),
              onChange: (a, v) => {
                a.local[f] = v.replace(/[^0-9]/g, '').slice(0, 2);
                delete a.local.error;
              },
              onSubmit: ok,
            },
            { h: 170, style: { size: 72, align: 'center', border: '#79747e' } },
          ),
          button<S>('-', step(f, f === 'hour' ? -1 : -5), { id: `${f}_down`, desc: `Decrease ${label}`, h: 110 }),
        ]);
      return alert<S>({
        title: which === 'start' ? 'Start time' : 'End time',
        body: [
          row<S>({ id: 'time_picker', h: 420, pad: [20, 64, 20, 64], gap: 30 }, [
            field('hour', 'Hour'),
            text<S>(':', { w: 40, h: undefined, style: { size: 72 } }),
            field('minute', 'Minute'),
          ]),
          text<S>(r.local.error ? String(r.local.error) : minutes >= 0 ? formatHm(minutes) : 'Invalid time', {
            id: r.local.error ? 'error' : 'time_summary',
            pad: [0, 64, 0, 64],
          }),
        ],
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        positive: { label: 'OK', onTap: ok },
      });
    },
  },
  reminder: {
    render: (r) =>
      alert<S>({
        title: 'Notification',
        body: REMINDERS.map((opt) =>
          radio<S>(
            opt.label,
            r.state.draft?.reminder === opt.value,
            (a) => {
              if (a.state.draft) a.state.draft.reminder = opt.value;
              a.closeDialog();
            },
            { id: 'reminder_option', h: 130 },
          ),
        ),
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      }),
  },
  delete: {
    render: (r) => {
      const e = r.state.events.find((x) => x.id === Number(r.params.id));
      return alert<S>({
        title: 'Delete this event?',
        message: e ? `${e.title}, ${longDate(e.date)}` : undefined,
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        positive: {
          label: 'Delete',
          onTap: (a) => {
            a.state.events = a.state.events.filter((x) => x.id !== Number(a.params.id));
            a.closeDialog();
            a.back();
            a.toast('Event deleted');
          },
        },
      });
    },
  },
};
