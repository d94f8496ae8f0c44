/**
 * Clock screens: four tabs (Alarms, Clock, Timer, Stopwatch) with a shared
 * bottom tab bar, the alarm editor and the city picker.
 */
import type { Act, RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import { formatDate, formatDuration, formatHm } from '../../framework/time.ts';
import {
  button,
  checkbox,
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
import { CITIES, type Alarm, type ClockState } from './state.ts';

type S = ClockState;
const TABS = [
  ['alarms', 'Alarm'],
  ['clock', 'Clock'],
  ['timer', 'Timer'],
  ['stopwatch', 'Stopwatch'],
] as const;
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function daysText(days: number[]): string {
  if (days.length === 0) return 'Not scheduled';
  if (days.length === 7) return 'Every day';
  if (days.length === 5 && [1, 2, 3, 4, 5].every((d) => days.includes(d))) return 'Mon-Fri';
  return [...days]
    .sort()
    .map((d) => DAY_NAMES[d])
    .join(', ');
}

function tabPage(current: string, title: string, body: View<S>[]): View<S> {
  return screen<S>([
    toolbar<S>(title, {
      actions: [imageButton<S>('More options', (a) => a.toast('Settings are not available'), { id: 'overflow_menu' })],
    }),
    ...body,
    tabs<S>(
      TABS.map(([screenName, label]) => ({
        label,
        selected: screenName === current,
        onTap: (a: Act<S>) => a.replace(screenName),
      })),
      { id: 'tabs', h: 200 },
    ),
  ]);
}

function alarmRow(alarm: Alarm): View<S> {
  const toggle = (a: Act<S>): void => {
    const target = a.state.alarms.find((x) => x.id === alarm.id);
    if (!target) return;
    target.enabled = !target.enabled;
    if (target.enabled) a.toast(`Alarm set for ${formatHm(target.time)}`, 'long');
  };
  return row<S>(
    {
      id: 'alarm_item',
      key: `alarm/${alarm.id}`,
      h: 240,
      pad: [0, 48, 0, 48],
      clickable: true,
      focusable: true,
      onTap: (a) => a.navigate('alarm_edit', { id: alarm.id }),
    },
    [
      column<S>({ grow: 1 }, [
        text<S>(formatHm(alarm.time), { id: 'digital_clock', h: 120, style: { size: 72 } }),
        text<S>(alarm.label ? `${alarm.label} · ${daysText(alarm.days)}` : daysText(alarm.days), {
          id: 'days_text',
          h: 60,
          style: { size: 30, color: '#5f6368' },
        }),
      ]),
      switchWidget<S>(alarm.enabled, {
        id: 'onoff',
        clickable: true,
        desc: `${formatHm(alarm.time)} alarm`,
        onTap: toggle,
      }),
    ],
  );
}

function elapsed(s: S, now: number): number {
  const sw = s.stopwatch;
  return sw.elapsedMs + (sw.running && sw.startedAt !== null ? now - sw.startedAt : 0);
}

function remaining(s: S, now: number): number {
  const t = s.timer;
  if (!t.running || t.startedAt === null) return t.remainingMs;
  return Math.max(0, t.remainingMs - (now - t.startedAt));
}

function timerInputMs(input: string): number {
  const digits = input.padStart(6, '0');
  return (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4)) * 60 + Number(digits.slice(4, 6))) * 1000;
}

function timerScreen(r: RenderCtx<S>): View<S> {
  const t = r.state.timer;
  if (t.durationMs === 0) {
    const d = t.input.padStart(6, '0');
    const key = (k: string): View<S> =>
      button<S>(
        k,
        (a) => {
          if (a.state.timer.input.length < 6 && !(k === '0' && a.state.timer.input === '')) a.state.timer.input += k;
        },
        { id: `timer_key_${k}`, key: `key/${k}`, h: undefined, style: { align: 'center', size: 56 } },
      );
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    return tabPage('timer', 'Timer', [
      text<S>(`${d.slice(0, 2)}h ${d.slice(2, 4)}m ${d.slice(4, 6)}s`, {
        id: 'timer_setup_time',
        h: 240,
        style: { size: 80, align: 'center' },
      }),
      column<S>({ grow: 1, pad: [20, 80, 20, 80], gap: 20 }, [
        row<S>({ grow: 1, gap: 20 }, keys.slice(0, 3).map(key)),
        row<S>({ grow: 1, gap: 20 }, keys.slice(3, 6).map(key)),
        row<S>({ grow: 1, gap: 20 }, keys.slice(6, 9).map(key)),
        row<S>({ grow: 1, gap: 20 }, [
          key('0'),
          imageButton<S>(
            'Delete',
            (a) => {
              a.state.timer.input = a.state.timer.input.slice(0, -1);
            },
            { id: 'timer_delete', w: undefined, h: undefined },
          ),
        ]),
      ]),
      button<S>(
        'Start',
        (a) => {
          const ms = timerInputMs(a.state.timer.input);
          if (ms === 0) return a.toast('Set a time first');
          Object.assign(a.state.timer, {
            durationMs: ms,
            remainingMs: ms,
            running: true,
            startedAt: a.device.now,
            input: '',
          });
        },
        { id: 'fab', desc: 'Start', enabled: t.input !== '', h: 160 },
      ),
    ]);
  }
  const left = remaining(r.state, r.device.now);
  return tabPage('timer', 'Timer', [
    text<S>(left === 0 ? "Time's up" : formatDuration(left), {
      id: 'timer_time_text',
      grow: 1,
      h: undefined,
      style: { size: 120, align: 'center' },
    }),
    row<S>({ h: 200, pad: [0, 80, 40, 80], gap: 40 }, [
      button<S>(
        'Delete',
        (a) => Object.assign(a.state.timer, { durationMs: 0, remainingMs: 0, running: false, startedAt: null }),
        { id: 'timer_delete_button' },
      ),
      button<S>(
        t.running ? 'Pause' : 'Resume',
        (a) => {
          const tm = a.state.timer;
          if (tm.running)
            Object.assign(tm, { remainingMs: remaining(a.state, a.device.now), running: false, startedAt: null });
          else Object.assign(tm, { running: true, startedAt: a.device.now });
        },
        { id: 'fab' },
      ),
      button<S>(
        '+1:00',
        (a) => {
          a.state.timer.remainingMs += 60_000;
          a.state.timer.durationMs += 60_000;
        },
        { id: 'timer_add_minute' },
      ),
    ]),
  ]);
}

export const screens: Record<string, ScreenDef<S>> = {
  alarms: {
    activity: 'com.android.deskclock.DeskClock',
    render: (r) =>
      tabPage('alarms', 'Alarm', [
        frame<S>({ grow: 1 }, [
          r.state.alarms.length
            ? list<S>('alarms', [...r.state.alarms].sort((x, y) => x.time - y.time).map(alarmRow), {
                id: 'alarm_recycler_view',
              })
            : emptyState<S>('No alarms', 'alarms_empty_view'),
          fab<S>('Add alarm', (a) => a.showDialog('time_picker', { mode: 'new' })),
        ]),
      ]),
  },
  clock: {
    activity: 'com.android.deskclock.DeskClock',
    render: (r) => {
      const now = r.device.now;
      const cityRows = r.state.cities.map((c) => {
        const t = new Date(now + (CITIES[c] ?? 0) * 3600_000);
        return listItem<S>({
          title: c,
          summary: formatHm(t.getUTCHours() * 60 + t.getUTCMinutes()),
          id: 'city_item',
          key: `city/${c}`,
          titleId: 'city_name',
          summaryId: 'digital_clock',
          onLongTap: (a) => {
            a.state.cities = a.state.cities.filter((x) => x !== c);
            a.snackbar(`${c} removed`, { label: 'Undo', run: 'addCity', payload: c });
          },
        });
      });
      return tabPage('clock', 'Clock', [
        frame<S>({ grow: 1 }, [
          list<S>(
            'cities',
            [
              text<S>(r.time(), { id: 'digital_clock', h: 260, style: { size: 150, align: 'center' } }),
              text<S>(formatDate(now), { id: 'date', h: 80, style: { align: 'center' } }),
              ...(cityRows.length ? cityRows : [emptyState<S>('No cities', 'cities_empty_view')]),
            ],
            { id: 'cities' },
          ),
          fab<S>('Cities', (a) => a.navigate('city_picker')),
        ]),
      ]);
    },
  },
  timer: { activity: 'com.android.deskclock.DeskClock', render: timerScreen },
  stopwatch: {
    activity: 'com.android.deskclock.DeskClock',
    render: (r) => {
      const sw = r.state.stopwatch;
      const ms = elapsed(r.state, r.device.now);
      const laps = sw.laps.map((lapMs, i) =>
        listItem<S>({
          title: `Lap ${i + 1}`,
          summary: formatDuration(lapMs, true),
          id: 'lap_item',
          key: `lap/${i + 1}`,
          titleId: 'lap_number',
          summaryId: 'lap_time',
        }),
      );
      return tabPage('stopwatch', 'Stopwatch', [
        text<S>(formatDuration(ms, true), { id: 'stopwatch_time_text', h: 400, style: { size: 120, align: 'center' } }),
        list<S>('laps', laps, { id: 'laps_list' }),
        row<S>({ h: 200, pad: [0, 80, 40, 80], gap: 40 }, [
          button<S>(
            sw.running ? 'Lap' : 'Reset',
            (a) => {
              const st = a.state.stopwatch;
              if (st.running) st.laps.push(elapsed(a.state, a.device.now) - st.laps.reduce((x, y) => x + y, 0));
              else Object.assign(st, { elapsedMs: 0, laps: [], startedAt: null });
            },
            { id: sw.running ? 'stopwatch_lap' : 'stopwatch_reset', enabled: sw.running || ms > 0 },
          ),
          button<S>(
            sw.running ? 'Pause' : 'Start',
            (a) => {
              const st = a.state.stopwatch;
              if (st.running)
                Object.assign(st, { elapsedMs: elapsed(a.state, a.device.now), running: false, startedAt: null });
              else Object.assign(st, { running: true, startedAt: a.device.now });
            },
            { id: 'fab' },
          ),
        ]),
      ]);
    },
  },
  alarm_edit: {
    activity: 'com.android.deskclock.DeskClock',
    render: (r) => {
      const alarm = r.state.alarms.find((x) => x.id === Number(r.params.id));
      if (!alarm) return screen<S>([toolbar<S>('Alarm', { up: true }), emptyState<S>('This alarm was deleted')]);
      const find = (a: Act<S>): Alarm | undefined => a.state.alarms.find((x) => x.id === alarm.id);
      return screen<S>([
        toolbar<S>('Edit alarm', { up: true }),
        list<S>(
          'edit',
          [
            button<S>(formatHm(alarm.time), (a) => a.showDialog('time_picker', { mode: 'edit', id: alarm.id }), {
              id: 'digital_clock',
              h: 220,
              style: { size: 96, align: 'center' },
            }),
            row<S>({ h: 150, pad: [0, 48, 0, 48] }, [
              text<S>('Alarm on', { grow: 1, h: undefined }),
              switchWidget<S>(alarm.enabled, {
                id: 'onoff',
                clickable: true,
                onTap: (a) => {
                  const x = find(a);
                  if (x) x.enabled = !x.enabled;
                },
              }),
            ]),
            row<S>(
              { id: 'repeat_days', h: 150, pad: [0, 24, 0, 24] },
              DAY_NAMES.map((d, i) =>
                checkbox<S>(
                  d.slice(0, 1),
                  alarm.days.includes(i),
                  (a) => {
                    const x = find(a);
                    if (x) x.days = x.days.includes(i) ? x.days.filter((y) => y !== i) : [...x.days, i].sort();
                  },
                  { id: `day_button_${i}`, desc: d, h: undefined },
                ),
              ),
            ),
            text<S>(daysText(alarm.days), { id: 'days_text', pad: [0, 48, 0, 48] }),
            editText<S>('edit_label', 'Add label', {
              value: String(r.local.label ?? alarm.label),
              onChange: (a, v) => {
                a.local.label = v;
                const x = find(a);
                if (x) x.label = v;
              },
              onSubmit: (a) => {
                a.toast('Label saved');
              },
            }),
            checkbox<S>(
              'Vibrate',
              alarm.vibrate,
              (a) => {
                const x = find(a);
                if (x) x.vibrate = !x.vibrate;
              },
              { id: 'vibrate_onoff', pad: [0, 48, 0, 48] },
            ),
            button<S>(
              'Delete',
              (a) => {
                a.state.alarms = a.state.alarms.filter((x) => x.id !== alarm.id);
                a.back();
                a.snackbar('Alarm deleted', {
                  label: 'Undo',
                  run: 'restoreAlarm',
                  payload: { ...alarm, days: [...alarm.days] },
                });
              },
              { id: 'delete', style: { bg: '#f9dedc', radius: 60, align: 'center' } },
            ),
          ],
          { id: 'alarm_details' },
        ),
      ]);
    },
  },
  city_picker: {
    activity: 'com.android.deskclock.worldclock.CitySelectionActivity',
    render: (r) => {
      const query = String(r.local.query ?? '').toLowerCase();
      const names = Object.keys(CITIES).filter((c) => c.toLowerCase().includes(query));
      return screen<S>([
        toolbar<S>('Select a city', { up: true }),
        editText<S>('search_src_text', 'Search cities', {
          value: String(r.local.query ?? ''),
          onChange: (a, v) => {
            a.local.query = v;
          },
        }),
        list<S>(
          'cities',
          names.length
            ? names.map((c) =>
                listItem<S>({
                  title: c,
                  summary: `GMT${CITIES[c]! >= 0 ? '+' : ''}${CITIES[c]}`,
                  id: 'city_item',
                  key: `city/${c}`,
                  titleId: 'city_name',
                  selected: r.state.cities.includes(c),
                  onTap: (a) => {
                    if (!a.state.cities.includes(c)) a.state.cities.push(c);
                    a.back();
                  },
                }),
              )
            : [emptyState<S>('No matching cities')],
          { id: 'cities_list' },
        ),
      ]);
    },
  },
};
