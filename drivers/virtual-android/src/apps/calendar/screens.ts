/**
 * Calendar screens: Schedule (agenda, longer than the screen) and Month
 * tabs, a day's events, event details, and the event editor whose date,
 * time and reminder rows open dialogs.
 */
import type { Act, ScreenDef, View } from '../../framework/types.ts';
import { searchPage } from '../../framework/searchPage.ts';
import { formatHm } from '../../framework/time.ts';
import {
  button,
  column,
  editText,
  emptyState,
  fab,
  frame,
  imageButton,
  list,
  listItem,
  row,
  screen,
  switchWidget,
  tabs,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import { MONTHS, WEEKDAYS, longDate, reminderText, timeRange } from './format.ts';
import {
  addDays,
  dateKey,
  keyToMs,
  sortedEvents,
  type CalendarEvent,
  type CalendarState,
  type EventDraft,
} from './state.ts';

type S = CalendarState;

function viewTabs(current: 'schedule' | 'month'): View<S> {
  return tabs<S>([
    { label: 'Schedule', selected: current === 'schedule', onTap: (a) => a.replace('schedule') },
    { label: 'Month', selected: current === 'month', onTap: (a) => a.replace('month') },
  ]);
}

/** Opens the editor on a fresh draft for `date` (or on a copy of an event). */
export function startEditing(a: Act<S>, date: string, event?: CalendarEvent): void {
  a.state.draft = event
    ? { ...event }
    : { id: null, title: '', date, start: 10 * 60, end: 11 * 60, allDay: false, location: '', reminder: 30 };
  // A new event and an existing one are two screens of one editor: "New event" adds, "Edit event" changes
  // (titled differently, see docs/fsm.md section 8).
  a.navigate(event ? 'edit' : 'new');
}

function eventRow(e: CalendarEvent): View<S> {
  return listItem<S>({
    title: e.title,
    summary: e.location ? `${timeRange(e)} · ${e.location}` : timeRange(e),
    id: 'event_item',
    key: `event/${e.id}`,
    titleId: 'event_title',
    summaryId: 'event_when',
    onTap: (a) => a.navigate('event', { id: e.id }),
  });
}

function shell(title: string, current: 'schedule' | 'month', body: View<S>, today: string): View<S> {
  return screen<S>([
    toolbar<S>(title, {
      actions: [
        imageButton<S>(
          'Jump to today',
          (a) => {
            a.local.month = 0;
            a.replace(current);
          },
          { id: 'action_today' },
        ),
        imageButton<S>('Search', (a) => a.navigate('search'), { id: 'action_search' }),
      ],
    }),
    viewTabs(current),
    frame<S>({ grow: 1 }, [body, fab<S>('Create new event', (a) => startEditing(a, today), 'floating_action_button')]),
  ]);
}

function monthGrid(
  a0: { device: { now: number }; local: Record<string, unknown> },
  events: CalendarEvent[],
): { title: string; rows: View<S>[] } {
  const now = new Date(a0.device.now);
  const offset = Number(a0.local.month ?? 0);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const title = `${MONTHS[first.getUTCMonth()]} ${first.getUTCFullYear()}`;
  const start = addDays(dateKey(first.getTime()), -first.getUTCDay());
  const today = dateKey(a0.device.now);
  const rows: View<S>[] = [
    row<S>(
      { h: 80 },
      WEEKDAYS.map((d) => text<S>(d.slice(0, 1), { h: 80, style: { align: 'center', color: '#5f6368' } })),
    ),
  ];
  for (let w = 0; w < 6; w++) {
    const cells: View<S>[] = [];
    for (let d = 0; d < 7; d++) {
      const key = addDays(start, w * 7 + d);
      const day = new Date(keyToMs(key));
      const count = events.filter((e) => e.date === key).length;
      const inMonth = day.getUTCMonth() === first.getUTCMonth();
      cells.push(
        column<S>(
          {
            id: 'month_day',
            key: `day/${key}`,
            clickable: true,
            focusable: true,
            selected: key === today,
            desc: `${longDate(key)}${count ? `, ${count} event${count > 1 ? 's' : ''}` : ', no events'}`,
            onTap: (a) => a.navigate('day', { date: key }),
            style: key === today ? { bg: '#d3e3fd', radius: 20 } : undefined,
          },
          [
            text<S>(String(day.getUTCDate()), {
              id: 'day_number',
              h: 70,
              style: { align: 'center', color: inMonth ? '#1d1b20' : '#9aa0a6' },
            }),
            text<S>('●'.repeat(Math.min(count, 3)), {
              id: 'event_dots',
              h: 50,
              style: { align: 'center', color: '#0b57d0' },
            }),
          ],
        ),
      );
    }
    rows.push(row<S>({ grow: 1, key: `week/${addDays(start, w * 7)}` }, cells));
  }
  return { title, rows };
}

export const screens: Record<string, ScreenDef<S>> = {
  schedule: {
    activity: 'com.android.calendar.AllInOneActivity',
    render: (r) => {
      const today = dateKey(r.device.now);
      const rows: View<S>[] = [];
      let last = '';
      for (const e of sortedEvents(r.state.events).filter((x) => x.date >= today)) {
        if (e.date !== last) {
          last = e.date;
          rows.push(
            text<S>(e.date === today ? `Today · ${longDate(e.date)}` : longDate(e.date), {
              id: 'date_header',
              key: `date/${e.date}`,
              h: 100,
              pad: [30, 48, 0, 48],
              style: { bold: true, color: '#0b57d0' },
            }),
          );
        }
        rows.push(eventRow(e));
      }
      return shell(
        'Calendar',
        'schedule',
        rows.length
          ? list<S>('schedule', rows, { id: 'agenda_list' })
          : emptyState<S>('Nothing planned. Tap + to create an event.'),
        today,
      );
    },
  },
  month: {
    activity: 'com.android.calendar.AllInOneActivity',
    render: (r) => {
      const g = monthGrid(r, r.state.events);
      return shell(
        'Calendar',
        'month',
        column<S>({ grow: 1 }, [
          row<S>({ h: 130, pad: [0, 24, 0, 24] }, [
            imageButton<S>(
              'Previous month',
              (a) => {
                a.local.month = Number(a.local.month ?? 0) - 1;
              },
              { id: 'prev_month', h: 130 },
            ),
            text<S>(g.title, {
              id: 'month_title',
              grow: 1,
              h: 130,
              heading: true,
              style: { align: 'center', size: 44 },
            }),
            imageButton<S>(
              'Next month',
              (a) => {
                a.local.month = Number(a.local.month ?? 0) + 1;
              },
              { id: 'next_month', h: 130 },
            ),
          ]),
          column<S>({ id: 'month_grid', grow: 1, pad: [0, 12, 250, 12] }, g.rows),
        ]),
        dateKey(r.device.now),
      );
    },
  },
  day: {
    activity: 'com.android.calendar.AllInOneActivity',
    render: (r) => {
      const date = String(r.params.date ?? dateKey(r.device.now));
      const events = sortedEvents(r.state.events).filter((e) => e.date === date);
      return screen<S>([
        toolbar<S>(longDate(date), { up: true }),
        frame<S>({ grow: 1 }, [
          events.length
            ? list<S>('day', events.map(eventRow), { id: 'day_list' })
            : emptyState<S>('No events on this day'),
          fab<S>('Create new event', (a) => startEditing(a, date), 'floating_action_button'),
        ]),
      ]);
    },
  },
  event: {
    activity: 'com.google.android.calendar.event.EventInfoActivity',
    render: (r) => {
      const e = r.state.events.find((x) => x.id === Number(r.params.id));
      if (!e) return screen<S>([toolbar<S>('Event', { up: true }), emptyState<S>('This event was deleted')]);
      const info = (label: string, value: string, id: string): View<S> =>
        listItem<S>({ title: value, summary: label, id, titleId: 'info_value', summaryId: 'info_label' });
      return screen<S>([
        toolbar<S>('', {
          up: true,
          actions: [
            imageButton<S>(
              'Edit event',
              (a) => {
                const ev = a.state.events.find((x) => x.id === e.id);
                if (ev) startEditing(a, ev.date, ev);
              },
              { id: 'info_action_edit' },
            ),
            imageButton<S>('Delete event', (a) => a.showDialog('delete', { id: e.id }), { id: 'info_action_delete' }),
          ],
        }),
        list<S>(
          'event',
          [
            text<S>(e.title, { id: 'title', h: 160, heading: true, pad: [20, 48, 0, 48], style: { size: 56 } }),
            info('Date', longDate(e.date), 'when_date'),
            info('Time', timeRange(e), 'when_time'),
            ...(e.location ? [info('Location', e.location, 'where')] : []),
            info('Notification', reminderText(e.reminder), 'reminder'),
          ],
          { id: 'event_info_scroll_view' },
        ),
      ]);
    },
  },
  edit: {
    activity: 'com.google.android.calendar.event.EditEventActivity',
    render: (r) => {
      const d: EventDraft | null = r.state.draft;
      if (!d) return screen<S>([toolbar<S>('Event', { up: true }), emptyState<S>('Nothing is being edited')]);
      const save = (a: Act<S>): void => {
        const draft = a.state.draft;
        if (!draft) return a.back();
        const title = draft.title.trim() || '(No title)';
        if (draft.id === null) {
          const id = a.state.nextId++;
          a.state.events.push({ ...draft, id, title });
        } else {
          const ev = a.state.events.find((x) => x.id === draft.id);
          if (ev) Object.assign(ev, { ...draft, id: ev.id, title });
        }
        a.state.draft = null;
        a.back();
        a.toast('Event saved');
      };
      const cancel = (a: Act<S>): void => {
        a.state.draft = null;
        a.back();
      };
      const pick = (label: string, value: string, id: string, onTap: (a: Act<S>) => void): View<S> =>
        listItem<S>({ title: value, summary: label, id, titleId: 'picker_value', summaryId: 'picker_label', onTap });
      return screen<S>([
        row<S>({ cls: 'android.view.ViewGroup', id: 'toolbar', h: 168 }, [
          imageButton<S>('Close', cancel, { id: 'cancel', h: 168, w: 160 }),
          text<S>(d.id === null ? 'New event' : 'Edit event', {
            id: 'toolbar_title',
            h: 168,
            grow: 1,
            heading: true,
            style: { size: 44 },
          }),
          button<S>('Save', save, { id: 'save', w: 240, h: 120 }),
        ]),
        list<S>(
          'edit',
          [
            editText<S>(
              'title',
              'Add title',
              {
                value: d.title,
                onChange: (a, v) => {
                  if (a.state.draft) a.state.draft.title = v;
                },
              },
              { h: 170, style: { size: 48, border: '#79747e' } },
            ),
            listItem<S>({
              title: 'All-day',
              id: 'all_day',
              onTap: (a) => {
                if (a.state.draft) a.state.draft.allDay = !a.state.draft.allDay;
              },
              trailing: switchWidget<S>(d.allDay, { id: 'all_day_switch' }),
            }),
            pick('Date', longDate(d.date), 'start_date', (a) => a.showDialog('date_picker')),
            ...(d.allDay
              ? []
              : [
                  pick('Start time', formatHm(d.start), 'start_time', (a) =>
                    a.showDialog('time_picker', { which: 'start' }),
                  ),
                  pick('End time', formatHm(d.end), 'end_time', (a) => a.showDialog('time_picker', { which: 'end' })),
                ]),
            editText<S>('location', 'Add location', {
              value: d.location,
              onChange: (a, v) => {
                if (a.state.draft) a.state.draft.location = v;
              },
            }),
            pick('Notification', reminderText(d.reminder), 'reminder', (a) => a.showDialog('reminder')),
          ],
          { id: 'edit_scroll_view', gap: 16 },
        ),
      ]);
    },
  },
  search: {
    activity: 'com.google.android.calendar.SearchActivity',
    render: (r) => {
      return searchPage<S>(r, {
        fieldId: 'search_text',
        hint: 'Search',
        results: (needle) => {
          const hits = sortedEvents(r.state.events).filter((e) =>
            `${e.title} ${e.location}`.toLowerCase().includes(needle),
          );
          return hits.length
            ? list<S>(
                'results',
                hits.map((e) =>
                  listItem<S>({
                    title: e.title,
                    summary: `${longDate(e.date)} · ${timeRange(e)}`,
                    id: 'event_item',
                    key: `event/${e.id}`,
                    titleId: 'event_title',
                    summaryId: 'event_when',
                    onTap: (a) => a.navigate('event', { id: e.id }),
                  }),
                ),
                { id: 'search_results' },
              )
            : null;
        },
        noResults: 'No results',
        prompt: 'Search events by title or place',
      });
    },
  },
};

// The editor on a fresh draft is its own screen (`new`, "New event"); `edit` is the same layout on an existing event.
screens.new = screens.edit!;
