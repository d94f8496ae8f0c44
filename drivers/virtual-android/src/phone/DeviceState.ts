/**
 * Everything the phone knows, as one JSON value: app data, task stacks,
 * focus, clipboard, transient UI. Snapshots are structuredClone of it.
 */
import type { Json, JsonObject, SnackbarAction } from '../framework/types.ts';
import type { FaultState } from './faults/FaultState.ts';

export interface DialogEntry {
  name: string;
  params: JsonObject;
  local: JsonObject;
  scroll: Record<string, number>;
}

export interface StackEntry {
  id: number;
  screen: string;
  params: JsonObject;
  local: JsonObject;
  scroll: Record<string, number>;
  dialog?: DialogEntry;
}

export interface Task {
  package: string;
  stack: StackEntry[];
}

export interface Focus {
  package: string;
  entryId: number;
  inDialog: boolean;
  field: string;
}

export type SystemDialog = { kind: 'share'; text: string; from: string };

export interface DeviceState {
  seed: number;
  clock: number;
  rng: number;
  nextId: number;
  apps: Record<string, Json>;
  /** Recent tasks, most recent first. The launcher is not among them. */
  tasks: Task[];
  launcher: Task;
  /** Package on display: a task's package or the launcher's. */
  foreground: string;
  focus: Focus | null;
  keyboard: boolean;
  shift: boolean;
  clipboard: string;
  /** Shown until the clock reaches `until`, and only while `package` is in front. */
  toast: { text: string; until: number; package: string } | null;
  /** Shown on one back-stack entry until `until` (null: until its action or leaving the screen). */
  snackbar: { text: string; until: number | null; package: string; entryId: number; action?: SnackbarAction } | null;
  systemDialog: SystemDialog | null;
  faults: FaultState;
  /** Notification shade pulled down over everything. */
  shade: boolean;
  /** Posted by apps (`a.notify`), newest first; shown in the shade. */
  notifications: { id: number; package: string; title: string; text: string; clock: number }[];
}
