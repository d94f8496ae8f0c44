/**
 * A date picker dialog body in the platform DatePickerDialog's shape:
 * header (year, weekday + date), month navigation with the month/year title,
 * a day grid (each day an android.view.View with text "6" and content-desc
 * "06 January 2025", as the platform's month view reports its days), and
 * Cancel / OK buttons (android:id/button2 / button1). The displayed month
 * and picked day live in the dialog's own `local`.
 */
import type { Act, Handler, RenderCtx, View } from './types.ts';
import { MONTH_NAMES } from './time.ts';

export interface DateParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export interface DatePickerOptions<S> {
  /** Date selected when the dialog opens. */
  initial: DateParts;
  onOk: (a: Act<S>, date: DateParts) => void;
  onCancel?: Handler<S>;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday. */
export function weekday(d: DateParts): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function current(
  local: Record<string, unknown>,
  initial: DateParts,
): DateParts & { viewYear: number; viewMonth: number } {
  const year = typeof local.dpYear === 'number' ? local.dpYear : initial.year;
  const month = typeof local.dpMonth === 'number' ? local.dpMonth : initial.month;
  const day = typeof local.dpDay === 'number' ? local.dpDay : initial.day;
  const viewYear = typeof local.dpViewYear === 'number' ? local.dpViewYear : year;
  const viewMonth = typeof local.dpViewMonth === 'number' ? local.dpViewMonth : month;
  return { year, month, day, viewYear, viewMonth };
}

const CELL_H = 120;
const DAY_NAMES_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function datePickerDialog<S>(r: RenderCtx<S>, o: DatePickerOptions<S>): View<S> {
  const c = current(r.local, o.initial);
  const monthName = MONTH_NAMES[c.viewMonth - 1]!;
  const picked: DateParts = { year: c.year, month: c.month, day: c.day };
  const headerDate = `${DAY_NAMES_SHORT[weekday(picked)]}, ${MONTH_NAMES[c.month - 1]!.slice(0, 3)} ${c.day}`;
  const shift =
    (delta: number): Handler<S> =>
    (a) => {
      const cur = current(a.local, o.initial);
      const index = cur.viewYear * 12 + (cur.viewMonth - 1) + delta;
      a.local.dpViewYear = Math.floor(index / 12);
      a.local.dpViewMonth = (index % 12) + 1;
    };
  const first = weekday({ year: c.viewYear, month: c.viewMonth, day: 1 });
  const count = daysInMonth(c.viewYear, c.viewMonth);
  const cells: View<S>[] = [];
  for (let i = 0; i < first; i++) cells.push({ cls: 'android.view.View', h: CELL_H, children: [] });
  for (let day = 1; day <= count; day++) {
    const isPicked = c.viewYear === c.year && c.viewMonth === c.month && day === c.day;
    const year = c.viewYear;
    const month = c.viewMonth;
    cells.push({
      cls: 'android.view.View',
      key: `day/${year}-${month}-${day}`,
      text: String(day),
      desc: `${String(day).padStart(2, '0')} ${monthName} ${year}`,
      clickable: true,
      focusable: true,
      checkable: true,
      checked: isPicked,
      selected: isPicked,
      h: CELL_H,
      style: isPicked ? { bg: '#0b57d0', color: '#ffffff', radius: 60, align: 'center' } : { align: 'center' },
      onTap: (a) => {
        a.local.dpYear = year;
        a.local.dpMonth = month;
        a.local.dpDay = day;
      },
    });
  }
  while (cells.length % 7 !== 0) cells.push({ cls: 'android.view.View', h: CELL_H, children: [] });
  const weeks: View<S>[] = [];
  for (let i = 0; i < cells.length; i += 7)
    weeks.push({
      cls: 'android.widget.LinearLayout',
      key: `week/${c.viewYear}-${c.viewMonth}/${i / 7}`,
      dir: 'row',
      h: CELL_H,
      children: cells.slice(i, i + 7),
    });
  const dayHeader: View<S> = {
    cls: 'android.widget.LinearLayout',
    dir: 'row',
    h: 90,
    children: DAY_NAMES_SHORT.map((d) => ({
      cls: 'android.widget.TextView',
      text: d.slice(0, 1),
      style: { align: 'center', color: '#5f6368' },
    })),
  };
  const button = (label: string, id: string, onTap: Handler<S>): View<S> => ({
    cls: 'android.widget.Button',
    id,
    text: label,
    clickable: true,
    focusable: true,
    onTap,
    w: 240,
    style: { align: 'center', color: '#0b57d0', bold: true },
  });
  return {
    cls: 'android.widget.DatePicker',
    id: 'android:id/datePicker',
    dir: 'col',
    children: [
      {
        cls: 'android.widget.LinearLayout',
        id: 'android:id/date_picker_header',
        dir: 'col',
        h: 260,
        pad: [40, 64, 20, 64],
        style: { bg: '#d3e3fd' },
        children: [
          {
            cls: 'android.widget.TextView',
            id: 'android:id/date_picker_header_year',
            text: String(c.year),
            h: 70,
            clickable: true,
            focusable: true,
            onTap: () => {},
          },
          {
            cls: 'android.widget.TextView',
            id: 'android:id/date_picker_header_date',
            text: headerDate,
            heading: true,
            grow: 1,
            style: { size: 56 },
          },
        ],
      },
      {
        cls: 'android.widget.LinearLayout',
        dir: 'row',
        h: 140,
        pad: [0, 24, 0, 24],
        children: [
          {
            cls: 'android.widget.ImageButton',
            id: 'android:id/prev',
            desc: 'Previous month',
            clickable: true,
            focusable: true,
            onTap: shift(-1),
            w: 140,
          },
          {
            cls: 'android.widget.TextView',
            id: 'android:id/month_name',
            text: `${monthName} ${c.viewYear}`,
            grow: 1,
            style: { align: 'center', bold: true },
          },
          {
            cls: 'android.widget.ImageButton',
            id: 'android:id/next',
            desc: 'Next month',
            clickable: true,
            focusable: true,
            onTap: shift(1),
            w: 140,
          },
        ],
      },
      {
        cls: 'android.view.View',
        id: 'android:id/month_view',
        dir: 'col',
        pad: [0, 24, 0, 24],
        children: [dayHeader, ...weeks],
      },
      {
        cls: 'android.widget.LinearLayout',
        id: 'android:id/buttonPanel',
        dir: 'row',
        h: 150,
        pad: [0, 32, 0, 32],
        children: [
          { cls: 'android.view.View', grow: 1, children: [] },
          button('Cancel', 'android:id/button2', (a) => {
            a.closeDialog();
            o.onCancel?.(a);
          }),
          button('OK', 'android:id/button1', (a) => {
            const cur = current(a.local, o.initial);
            a.closeDialog();
            o.onOk(a, { year: cur.year, month: cur.month, day: cur.day });
          }),
        ],
      },
    ],
  };
}
