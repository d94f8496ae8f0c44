/**
 * The virtual phone's apps as the suite names them: launcher label (what
 * `BenchTask.apps` holds and what a user sees) and package (where the app's
 * ground truth lives: `apps["<package>"]`).
 */
export const PKG = {
  Settings: 'com.android.settings',
  Clock: 'com.android.deskclock',
  Contacts: 'com.google.android.contacts',
  Messages: 'com.google.android.apps.messaging',
  Mail: 'com.google.android.gm',
  Calendar: 'com.google.android.calendar',
  Notes: 'com.google.android.keep',
  Calculator: 'com.google.android.calculator',
  Shopping: 'com.maple.shopping',
  Maps: 'com.google.android.apps.maps',
  Chrome: 'com.android.chrome',
  Files: 'com.google.android.apps.nbu.files',
} as const;

export type AppLabel = keyof typeof PKG;

/** A predicate path into one app's ground truth: `app('Clock', 'alarms[*]')` -> `apps["com.android.deskclock"].alarms[*]`. */
export function app(label: AppLabel, rest = ''): string {
  return `apps["${PKG[label]}"]${rest ? (rest.startsWith('[') ? rest : `.${rest}`) : ''}`;
}
