/** Clock dialogs: the time picker (hour and minute fields with steppers). */
import type { Act, DialogDef } from '../../framework/types.ts';
import { formatHm } from '../../framework/time.ts';
import { alert, button, column, editText, row, text } from '../../framework/widgets.ts';
import type { ClockState } from './state.ts';

type S = ClockState;

function pickedMinutes(a: { local: Record<string, unknown> }, fallback: number): number {
  const h = a.local.hour === undefined ? Math.floor(fallback / 60) : Number(a.local.hour);
  const m = a.local.minute === undefined ? fallback % 60 : Number(a.local.minute);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return -1;
  return h * 60 + m;
}

export const dialogs: Record<string, DialogDef<S>> = {
  time_picker: {
    render: (r) => {
      const editing = r.params.mode === 'edit' ? r.state.alarms.find((x) => x.id === Number(r.params.id)) : undefined;
      const fallback = editing?.time ?? 8 * 60;
      const minutes = pickedMinutes(r, fallback);
      const hourText = r.local.hour === undefined ? formatHm(fallback).slice(0, 2) : String(r.local.hour);
      const minuteText = r.local.minute === undefined ? formatHm(fallback).slice(3) : String(r.local.minute);
      const stepper = (field: 'hour' | 'minute', d: number) => (a: Act<S>) => {
        const cur = pickedMinutes(a, fallback);
        const base = cur < 0 ? fallback : cur;
        const h = Math.floor(base / 60);
        const m = base % 60;
        if (field === 'hour') a.local.hour = String((h + d + 24) % 24).padStart(2, '0');
        else a.local.minute = String((m + d + 60) % 60).padStart(2, '0');
        if (a.local.hour === undefined) a.local.hour = String(h).padStart(2, '0');
        if (a.local.minute === undefined) a.local.minute = String(m).padStart(2, '0');
      };
      const ok = (a: Act<S>): void => {
        const t = pickedMinutes(a, fallback);
        if (t < 0) {
          a.local.error = 'Enter a valid time';
          return;
        }
        if (a.params.mode === 'edit') {
          const alarm = a.state.alarms.find((x) => x.id === Number(a.params.id));
          if (alarm) alarm.time = t;
        } else {
          a.state.alarms.push({
            id: a.state.nextAlarmId++,
            time: t,
            label: '',
            enabled: true,
            days: [],
            vibrate: true,
          });
        }
        a.closeDialog();
        a.toast(`Alarm set for ${formatHm(t)}`, 'long');
      };
      const field = (name: 'hour' | 'minute', value: string, label: string) =>
        column<S>({ grow: 1 }, [
          button<S>('+', stepper(name, name === 'hour' ? 1 : 5), {
            id: `${name}_up`,
            desc: `Increase ${label}`,
            h: 110,
          }),
          editText<S>(
            `input_${name}`,
            label,
            {
              value,
              onChange: (a, v) => {
                a.local[name] = v.replace(/[^0-9]/g, '').slice(0, 2);
                delete a.local.error;
              },
              onSubmit: ok,
            },
            { h: 170, style: { size: 72, align: 'center', border: '#79747e' } },
          ),
          button<S>('-', stepper(name, name === 'hour' ? -1 : -5), {
            id: `${name}_down`,
            desc: `Decrease ${label}`,
            h: 110,
          }),
        ]);
      const body = [
        row<S>({ id: 'time_picker', h: 420, pad: [20, 64, 20, 64], gap: 30 }, [
          field('hour', hourText, 'Hour'),
          text<S>(':', { w: 40, h: undefined, style: { size: 72 } }),
          field('minute', minuteText, 'Minute'),
        ]),
      ];
      if (r.local.error)
        body.push(text<S>(String(r.local.error), { id: 'error', pad: [0, 64, 0, 64], style: { color: '#b3261e' } }));
      else
        body.push(
          text<S>(minutes >= 0 ? `Alarm at ${formatHm(minutes)}` : 'Invalid time', {
            id: 'time_summary',
            pad: [0, 64, 0, 64],
          }),
        );
      return alert<S>({
        title: 'Select time',
        body,
        positive: { label: 'OK', onTap: ok },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
};
