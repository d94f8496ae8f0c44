/**
 * The phone's UI state that is not app data, in readable form: what the
 * `ui` hash of `mobile: mapleStateDigest` fingerprints and `mobile:
 * mapleUiState` returns. Evaluation only (never shown to agents): a step
 * that changed this but no app's data moved the user, not the world.
 *
 * In: the foreground package; every task's back stack, most recent first,
 * and the launcher's, each entry with its screen, params, local state (form
 * drafts, selected tab, an open popup menu) and scroll offsets, and its open
 * dialog with the dialog's params, local state and scroll offsets; whether
 * the keyboard shows (and its shift key); the focused field and its text;
 * the clipboard; the share sheet; whether the notification shade is open;
 * the notifications posted.
 * Out: the clock, toasts, snackbars (they run out by themselves), fault
 * pop-ups and fault screens (the fault log reports those), back-stack entry
 * ids (a screen left and opened again is the same UI), the random stream.
 */
import type { JsonObject } from '../../framework/types.ts';
import type { DeviceState, StackEntry } from '../DeviceState.ts';
import { focusedNode, focusValid } from '../focus.ts';
import type { Phone } from '../Phone.ts';

export interface UiDialog {
  name: string;
  params: JsonObject;
  local: JsonObject;
  scroll: Record<string, number>;
}

export interface UiEntry {
  /** The app's screen name ("wifi"), as in the true screen id "settings/wifi". */
  screen: string;
  params: JsonObject;
  local: JsonObject;
  scroll: Record<string, number>;
  dialog: UiDialog | null;
}

export interface UiState {
  foreground: string;
  /** Recent tasks, most recent first: each app's back stack, bottom to top. */
  tasks: { package: string; stack: UiEntry[] }[];
  /** The launcher's stack: home, and recents while it shows. */
  launcher: UiEntry[];
  keyboard: { shown: boolean; shift: boolean };
  /** The text field that has focus (on the screen in front) and the text it holds. */
  focus: { package: string; field: string; inDialog: boolean; text: string | null } | null;
  clipboard: string;
  shareSheet: { text: string; from: string } | null;
  notificationShade: boolean;
  notifications: { package: string; title: string; text: string }[];
}

/**
 * Scroll offsets that are not 0: a list never scrolled and one scrolled back
 * to its top are the same state (a scroll that cannot move records offset 0
 * where there was none, which is no change a user could see).
 */
function offsets(scroll: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(scroll).filter(([, v]) => v !== 0));
}

function entry(e: StackEntry): UiEntry {
  const d = e.dialog;
  return {
    screen: e.screen,
    params: e.params,
    local: e.local,
    scroll: offsets(e.scroll),
    dialog: d ? { name: d.name, params: d.params, local: d.local, scroll: offsets(d.scroll) } : null,
  };
}

function focus(phone: Phone, s: DeviceState): UiState['focus'] {
  if (!s.focus || !focusValid(s)) return null;
  const node = focusedNode(phone);
  return {
    package: s.focus.package,
    field: s.focus.field,
    inDialog: s.focus.inDialog,
    text: node?.view?.input?.value ?? null,
  };
}

/** A structured copy: the caller may keep or send it while the phone moves on. */
export function uiState(phone: Phone): UiState {
  const s = phone.state;
  const shown = s.keyboard && focusValid(s);
  const share = s.systemDialog?.kind === 'share' ? s.systemDialog : null;
  return structuredClone({
    foreground: s.foreground,
    tasks: s.tasks.map((t) => ({ package: t.package, stack: t.stack.map(entry) })),
    launcher: s.launcher.stack.map(entry),
    keyboard: { shown, shift: shown && s.shift },
    focus: focus(phone, s),
    clipboard: s.clipboard,
    shareSheet: share ? { text: share.text, from: share.from } : null,
    notificationShade: s.shade,
    notifications: (s.notifications ?? []).map((n) => ({ package: n.package, title: n.title, text: n.text })),
  });
}
