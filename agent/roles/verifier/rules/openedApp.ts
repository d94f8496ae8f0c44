/**
 * `open_app` and `switch_app` are judged by the package in front, never by
 * "the screen changed": a launcher tap that slipped onto a neighbouring icon
 * opens another app, and the screen changes just the same.
 */
import { isLauncherPackage } from '../../../../drivers/screen/index.ts';
import { contentWords } from '../../../offline/words.ts';
import type { AppLookup } from '../../types.ts';
import { fail, success, undecided, type VerifyRule } from './VerifyRule.ts';

const norm = (s: string) => s.trim().toLowerCase();

/** Words of a package name and an activity class: "com.google.android.apps.maps" has "maps". */
function nameWords(pkg: string, activity: string | undefined): string[] {
  const cls = (activity ?? '').split('.').pop() ?? '';
  return [...pkg.toLowerCase().split('.'), ...cls.split(/(?=[A-Z])/).map((w) => w.toLowerCase())].filter(
    (w) => w.length >= 3,
  );
}

/** Package or activity names usually carry the app's name ("Maps" in com.google.android.apps.maps). */
export function namesApp(label: string, pkg: string, activity?: string): boolean {
  const words = nameWords(pkg, activity);
  return contentWords(label).some(
    (w) =>
      w.length >= 3 && words.some((s) => s.startsWith(w.slice(0, 5)) || (w.startsWith(s.slice(0, 5)) && s.length >= 4)),
  );
}

export type AppMatch = 'yes' | 'no' | 'unknown';

/** Whether the app in front is the one a launcher label names, from what is known and from names. */
export function appMatches(label: string, pkg: string, activity: string | undefined, apps?: AppLookup): AppMatch {
  const known = apps?.packageOf(label);
  if (known) return known === pkg ? 'yes' : 'no';
  const owner = apps?.labelOf(pkg);
  if (owner && norm(owner) !== norm(label)) return 'no';
  if (namesApp(label, pkg, activity)) return 'yes';
  const other = apps?.labels.find((l) => norm(l) !== norm(label) && namesApp(l, pkg, activity));
  return other ? 'no' : 'unknown';
}

export const openedApp: VerifyRule = {
  id: 'opened-app',
  readsFsm: false,
  decide: (input) => {
    const a = input.action;
    if (a.type !== 'open_app' && a.type !== 'switch_app') return undefined;
    const now = input.after.screen.foregroundPackage;
    const label = a.app;
    const pkg = a.type === 'open_app' ? a.package : undefined;
    if (a.type === 'switch_app' && !label) return undefined; // the recents screen was asked for
    const wanted = label ?? pkg ?? '';
    if (isLauncherPackage(now))
      return fail('opened-app', `${wanted} did not open: the launcher is in front`, 'wrong_app');
    if (pkg) {
      return now === pkg
        ? success('opened-app', `${wanted} is in front`)
        : fail('opened-app', `asked for ${pkg} but ${now} is in front`, 'wrong_app');
    }
    switch (appMatches(label!, now, input.after.screen.activity, input.apps)) {
      case 'yes':
        return success('opened-app', `${label} is in front (${now})`);
      case 'no': {
        const owner = input.apps?.labelOf(now);
        return fail('opened-app', `asked for ${label} but ${owner ? `${owner} (${now})` : now} opened`, 'wrong_app');
      }
      default:
        // An app this run has not seen on the launcher yet: the package is the evidence, and nothing to worry a model.
        return undecided('opened-app', `${now} is in front`);
    }
  },
};
