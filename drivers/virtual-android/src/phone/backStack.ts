/**
 * Task and back-stack primitives over DeviceState: the foreground task, its
 * top entry, new entries and clearing transient UI. Navigation, the Act
 * context, rendering and input all build on these, so they take only the
 * state (or the app) they need, not the Phone.
 */
import type { AnyApp, JsonObject } from '../framework/types.ts';
import type { DeviceState, StackEntry, Task } from './DeviceState.ts';
import { LAUNCHER_PACKAGE } from './phoneConstants.ts';
import { PhoneError } from './PhoneError.ts';

/** A fresh back-stack entry; ids come from the state's counter so handles and focus can tell entries apart. */
export function newEntry(state: DeviceState, screen: string, params: JsonObject): StackEntry {
  return { id: state.nextId++, screen, params, local: {}, scroll: {} };
}

export function foregroundTask(state: DeviceState): Task {
  if (state.foreground === LAUNCHER_PACKAGE) return state.launcher;
  const task = state.tasks.find((t) => t.package === state.foreground);
  if (!task) throw new PhoneError('CorruptState', `Foreground package ${state.foreground} has no task.`);
  return task;
}

export function topEntry(task: Task): StackEntry {
  return task.stack[task.stack.length - 1]!;
}

/**
 * Puts another package in front. A toast or snackbar belongs to the app that
 * posted it and does not follow the user into another app (the launcher
 * included); issue #11 saw "Contact saved" listed over Messages.
 */
export function setForeground(state: DeviceState, pkg: string): void {
  if (state.foreground === pkg) return;
  state.foreground = pkg;
  if (state.toast && state.toast.package !== pkg) state.toast = null;
  if (state.snackbar && state.snackbar.package !== pkg) state.snackbar = null;
}

/** Drops what belongs to the screen being left: focus, keyboard, share sheet, snackbar, shade. */
export function clearTransient(state: DeviceState): void {
  state.focus = null;
  state.keyboard = false;
  state.systemDialog = null;
  state.snackbar = null;
  state.shade = false;
}

export function requireScreen(app: AnyApp, screen: string): void {
  if (!app.screens[screen]) throw new PhoneError('NoSuchScreen', `App ${app.package} has no screen '${screen}'.`);
}
