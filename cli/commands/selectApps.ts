/** Which stored apps an `--app` names, the same for every `maple fsm` subcommand (export, view). */
import { FsmCommandError } from './fsmAction.ts';

/**
 * An app by its package name, by its last segment ("clock" for com.example.clock), or by its launcher
 * label when a segment of the package holds it ("Clock" for com.android.deskclock, "Maps" for
 * com.google.android.apps.maps). The store keeps packages only, so a label the package does not spell
 * ("Mail" for com.google.android.gm) needs the package.
 */
export function selectApps(all: string[], app: string | undefined): string[] {
  if (!app) return all;
  const wanted = app.trim().toLowerCase();
  let hit = all.filter((a) => a.toLowerCase() === wanted || a.toLowerCase().endsWith(`.${wanted}`));
  if (hit.length === 0 && /^[\p{L}\d]+$/u.test(wanted))
    hit = all.filter((a) =>
      a
        .toLowerCase()
        .split('.')
        .slice(1)
        .some((segment) => segment.includes(wanted)),
    );
  if (hit.length === 0)
    throw new FsmCommandError(`no FSM for app "${app}" in the store; known apps: ${all.join(', ') || 'none'}`);
  if (hit.length > 1 && !all.includes(app) && !hit.every((a) => a.toLowerCase().endsWith(`.${wanted}`)))
    throw new FsmCommandError(`"${app}" matches several apps (${hit.join(', ')}); give the package name`);
  return hit;
}
