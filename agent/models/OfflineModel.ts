/**
 * The "offline" selection: no model at all. This is only a marker; the
 * deterministic policy itself lives in agent/offline. The loop checks
 * isOfflineModel() and runs that policy instead of calling a model, and
 * labels the run "offline (no model)" wherever it reports.
 */
export interface OfflineModel {
  readonly kind: 'offline';
  readonly name: 'offline';
  /** Human label for logs and reports. */
  readonly label: string;
}

export const OFFLINE_MODEL: OfflineModel = Object.freeze({
  kind: 'offline',
  name: 'offline',
  label: 'offline (deterministic policy, no model)',
});

export function isOfflineModel(selection: unknown): selection is OfflineModel {
  return typeof selection === 'object' && selection !== null && (selection as { kind?: unknown }).kind === 'offline';
}
