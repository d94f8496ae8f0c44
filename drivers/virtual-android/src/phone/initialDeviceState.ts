/**
 * The state of a freshly booted phone for a seed: every app's seeded data,
 * no running tasks, the launcher home screen in front.
 */
import { seeded } from '../framework/rng.ts';
import { initialClock } from '../framework/time.ts';
import type { AnyApp, Json } from '../framework/types.ts';
import type { DeviceState } from './DeviceState.ts';
import { initialFaultState } from './faults/FaultState.ts';
import { LAUNCHER_PACKAGE } from './phoneConstants.ts';

export function initialDeviceState(apps: Iterable<AnyApp>, seed: number): DeviceState {
  const clock = initialClock(seed);
  const appStates: Record<string, Json> = {};
  // Each app gets its own seeded stream, so adding an app changes no other app's content.
  for (const app of apps) appStates[app.package] = app.initialState(seeded(seed, app.package, clock)) as Json;
  return {
    seed,
    clock,
    rng: seed >>> 0,
    // Entry id 1 is the launcher home below; later entries count up from here.
    nextId: 2,
    apps: appStates,
    tasks: [],
    launcher: { package: LAUNCHER_PACKAGE, stack: [{ id: 1, screen: 'home', params: {}, local: {}, scroll: {} }] },
    foreground: LAUNCHER_PACKAGE,
    focus: null,
    keyboard: false,
    shift: false,
    clipboard: '',
    toast: null,
    snackbar: null,
    systemDialog: null,
    faults: initialFaultState(),
    shade: false,
    notifications: [],
  };
}
