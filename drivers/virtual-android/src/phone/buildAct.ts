/**
 * The Act context app handlers receive: app state and the entry's scratch
 * data, plus navigation, dialogs, toasts, snackbars, sharing, clipboard and
 * notifications. It is built for the top entry (or its dialog) of an app's
 * task at the moment a handler runs; its methods read `phone.state` when
 * called, so they act on whatever state the phone holds then.
 */
import type { Act } from '../framework/types.ts';
import { newEntry, requireScreen, setForeground, topEntry } from './backStack.ts';
import type { Phone } from './Phone.ts';
import { PhoneError } from './PhoneError.ts';
import { LAUNCHER_PACKAGE } from './phoneConstants.ts';
import { SNACKBAR_MS } from './shell/snackbar.ts';
import { TOAST_MS } from './shell/toast.ts';

export function buildAct(phone: Phone, pkg: string, inDialog: boolean): Act<unknown> {
  const task = pkg === LAUNCHER_PACKAGE ? phone.state.launcher : phone.state.tasks.find((t) => t.package === pkg);
  if (!task) throw new PhoneError('NoSuchTask', `App ${pkg} is not running.`);
  const entry = topEntry(task);
  const app = phone.app(pkg);
  const scope = inDialog && entry.dialog ? entry.dialog : entry;
  // Leaving a screen takes its dialog, focus, keyboard and snackbar with it.
  const leave = (): void => {
    entry.dialog = undefined;
    phone.state.focus = null;
    phone.state.keyboard = false;
    phone.state.snackbar = null;
  };
  return {
    state: phone.state.apps[pkg],
    local: scope.local,
    params: scope.params,
    device: phone.deviceInfo(),
    pkg,
    navigate(screen, params = {}) {
      requireScreen(app, screen);
      leave();
      task.stack.push(newEntry(phone.state, screen, params));
    },
    replace(screen, params = {}) {
      requireScreen(app, screen);
      leave();
      task.stack[task.stack.length - 1] = newEntry(phone.state, screen, params);
    },
    back() {
      // A dialog closes first; its focus goes with it, the screen's keyboard state stays.
      if (entry.dialog) {
        entry.dialog = undefined;
        if (phone.state.focus?.inDialog) phone.state.focus = null;
        return;
      }
      leave();
      if (task.stack.length > 1) task.stack.pop();
      else if (pkg !== LAUNCHER_PACKAGE) setForeground(phone.state, LAUNCHER_PACKAGE);
    },
    popTo(screen) {
      leave();
      while (task.stack.length > 1 && topEntry(task).screen !== screen) task.stack.pop();
    },
    showDialog(name, params = {}) {
      if (!app.dialogs?.[name]) throw new PhoneError('NoSuchDialog', `App ${pkg} has no dialog '${name}'.`);
      if (phone.state.focus && !phone.state.focus.inDialog) {
        phone.state.focus = null;
        phone.state.keyboard = false;
      }
      entry.dialog = { name, params, local: {}, scroll: {} };
    },
    closeDialog() {
      entry.dialog = undefined;
      if (phone.state.focus?.inDialog) {
        phone.state.focus = null;
        phone.state.keyboard = false;
      }
    },
    toast(text, length = 'short') {
      // An app that is no longer in front shows nothing over the app that is (see setForeground).
      if (phone.state.foreground !== pkg) return;
      phone.state.toast = { text, until: phone.state.clock + TOAST_MS[length], package: pkg };
    },
    snackbar(text, action, length = 'long') {
      if (phone.state.foreground !== pkg) return;
      const ms = SNACKBAR_MS[length];
      phone.state.snackbar = {
        text,
        until: ms === null ? null : phone.state.clock + ms,
        package: pkg,
        entryId: topEntry(task).id,
        ...(action ? { action } : {}),
      };
    },
    share(text) {
      phone.state.systemDialog = { kind: 'share', text, from: pkg };
      phone.state.keyboard = false;
    },
    openApp(target, screen, params) {
      phone.launch(target, screen, params ?? {});
    },
    random: () => phone.random(),
    getClipboard: () => phone.state.clipboard,
    setClipboard: (text) => {
      phone.state.clipboard = text;
    },
    appState: <T>(other: string) => phone.state.apps[other] as T | undefined,
    notify(title, text) {
      phone.state.notifications = [
        { id: phone.state.nextId++, package: pkg, title, text, clock: phone.state.clock },
        ...(phone.state.notifications ?? []),
      ];
    },
    // Task control for system apps (launcher icons and recents, Settings force stop), beyond what apps get.
    system: {
      launch: (target) => phone.launch(target),
      clearRecents: () => {
        phone.state.tasks = [];
        phone.home();
      },
      removeTask: (target) => {
        phone.state.tasks = phone.state.tasks.filter((t) => t.package !== target);
      },
    },
  };
}
