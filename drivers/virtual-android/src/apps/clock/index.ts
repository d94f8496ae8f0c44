/** Clock (com.android.deskclock): alarms with a time picker, world clock, timer, stopwatch. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialClock, type Alarm, type ClockState } from './state.ts';

export type { ClockState };

export default defineApp<ClockState>({
  id: 'clock',
  package: 'com.android.deskclock',
  label: 'Clock',
  icon: 'C',
  launchActivity: 'com.android.deskclock.DeskClock',
  home: 'alarms',
  initialState: initialClock,
  screens,
  dialogs,
  actions: {
    restoreAlarm: (a, payload) => {
      const alarm = payload as unknown as Alarm;
      if (alarm && !a.state.alarms.some((x) => x.id === alarm.id)) a.state.alarms.push(alarm);
    },
    addCity: (a, payload) => {
      if (typeof payload === 'string' && !a.state.cities.includes(payload)) a.state.cities.push(payload);
    },
  },
});
