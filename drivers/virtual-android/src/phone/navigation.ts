/**
 * Moving between apps and screens: launching or resuming a task, starting an
 * activity, closing a task, Home, recents and the Back key. These are Phone's
 * public navigation methods; they call each other through the Phone so that
 * each step invalidates the render exactly as a direct call would.
 */
import type { JsonObject } from '../framework/types.ts';
import { clearTransient, foregroundTask, newEntry, requireScreen, setForeground, topEntry } from './backStack.ts';
import type { Task } from './DeviceState.ts';
import { elapse } from './elapse.ts';
import { focusValid } from './focus.ts';
import type { Phone } from './Phone.ts';
import { PhoneError } from './PhoneError.ts';
import { POPUP_MENU_KEY } from '../framework/overflowMenu.ts';
import { INPUT_MS } from './inputTiming.ts';
import { LAUNCHER_PACKAGE } from './phoneConstants.ts';

/**
 * Brings an app to the front (resuming its task: a warm start) or starts it
 * (cold start), optionally pushing a screen. However it is reached (an icon,
 * a recents card, a share target, activateApp) the start takes its time.
 */
export function launch(phone: Phone, pkg: string, screen: string | undefined, params: JsonObject): void {
  const app = phone.app(pkg);
  clearTransient(phone.state);
  if (pkg === LAUNCHER_PACKAGE) {
    phone.home();
    return;
  }
  const index = phone.state.tasks.findIndex((t) => t.package === pkg);
  // Time passes before onResume runs, so what the app refreshes on resume sees the clock it resumes at.
  elapse(phone, index >= 0 ? INPUT_MS.launchWarm : INPUT_MS.launchCold);
  let task: Task;
  if (index >= 0) {
    task = phone.state.tasks.splice(index, 1)[0]!;
  } else {
    task = { package: pkg, stack: [newEntry(phone.state, app.home, {})] };
  }
  // Recents are most recent first.
  phone.state.tasks.unshift(task);
  setForeground(phone.state, pkg);
  if (screen !== undefined) {
    requireScreen(app, screen);
    task.stack.push(newEntry(phone.state, screen, params));
  }
  if (app.onResume) app.onResume(phone.act(pkg, false));
  phone.invalidate();
}

/** Starts a fresh task on the screen that declares this activity. */
export function startActivity(phone: Phone, pkg: string, activity: string): void {
  const app = phone.app(pkg);
  // Activities are declared short ('.Settings') or full ('com.android.deskclock.DeskClock'), and callers
  // pass either form (getCurrentActivity returns the declared one): compare full names.
  const full = (name: string): string => (name.startsWith('.') ? pkg + name : name);
  const wanted = full(activity);
  const screen =
    full(app.launchActivity) === wanted
      ? app.home
      : Object.entries(app.screens).find(([, s]) => s.activity !== undefined && full(s.activity) === wanted)?.[0];
  if (screen === undefined)
    throw new PhoneError(
      'NoSuchActivity',
      `App ${pkg} has no activity '${activity}'. Known: ${[
        app.launchActivity,
        ...Object.values(app.screens)
          .map((s) => s.activity)
          .filter(Boolean),
      ].join(', ')}.`,
    );
  phone.terminate(pkg);
  phone.launch(pkg);
  const task = foregroundTask(phone.state);
  if (screen !== app.home) task.stack.push(newEntry(phone.state, screen, {}));
  phone.invalidate();
}

/** Closes an app's task; returns false when it was not running. */
export function terminate(phone: Phone, pkg: string): boolean {
  phone.app(pkg);
  const index = phone.state.tasks.findIndex((t) => t.package === pkg);
  if (index < 0) return false;
  elapse(phone, INPUT_MS.terminate);
  phone.state.tasks.splice(index, 1);
  if (phone.state.foreground === pkg) {
    setForeground(phone.state, LAUNCHER_PACKAGE);
    phone.state.launcher.stack = [phone.state.launcher.stack[0]!];
    clearTransient(phone.state);
  }
  phone.invalidate();
  return true;
}

/** Appium's queryAppState codes: 4 running in foreground, 3 in background (has a task), 1 not running. */
export function appRunState(phone: Phone, pkg: string): number {
  phone.app(pkg);
  if (phone.state.foreground === pkg) return 4;
  return phone.state.tasks.some((t) => t.package === pkg) ? 3 : 1;
}

export function home(phone: Phone): void {
  elapse(phone, INPUT_MS.home);
  clearTransient(phone.state);
  setForeground(phone.state, LAUNCHER_PACKAGE);
  phone.state.launcher.stack = [phone.state.launcher.stack[0]!];
  phone.invalidate();
}

/** The recents key: opens the recents screen, or from it returns to the last task (as Android's double-tap does). */
export function recents(phone: Phone): void {
  const onRecents = phone.state.foreground === LAUNCHER_PACKAGE && topEntry(phone.state.launcher).screen === 'recents';
  clearTransient(phone.state);
  if (onRecents) {
    const last = phone.state.tasks[0];
    if (last) phone.launch(last.package);
    else phone.home();
    return;
  }
  elapse(phone, INPUT_MS.home);
  setForeground(phone.state, LAUNCHER_PACKAGE);
  phone.state.launcher.stack = [phone.state.launcher.stack[0]!, newEntry(phone.state, 'recents', {})];
  phone.invalidate();
}

/** Back closes the topmost thing first: shade, fault, popup menu, keyboard, share sheet, then the app's own back. */
export function back(phone: Phone): void {
  elapse(phone, INPUT_MS.back);
  const entry = topEntry(foregroundTask(phone.state));
  if (phone.state.shade) {
    phone.state.shade = false;
  } else if (phone.faults.onBack()) {
    // a fault pop-up or crash dialog took the Back
  } else if (entry.local[POPUP_MENU_KEY] !== undefined && !entry.dialog) {
    delete entry.local[POPUP_MENU_KEY];
  } else if (phone.state.keyboard && focusValid(phone.state)) {
    phone.state.keyboard = false;
  } else if (phone.state.systemDialog) {
    phone.state.systemDialog = null;
  } else {
    phone.act(phone.state.foreground, false).back();
  }
  phone.invalidate();
}
