/**
 * Which apps a task needs that a device lacks. Used before a run on the
 * virtual device: SPA-Bench and Mobile-Eval-E tasks name real apps (Airbnb,
 * Amazon, ...) the virtual phone does not have, and running them there would
 * only produce failures, so the runner refuses and names the apps.
 */
import type { BenchTask } from '../types.ts';
import { MissingAppsError } from './errors.ts';

export interface InstalledApp {
  id: string;
  package: string;
  label: string;
}

const norm = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The virtual device's installed apps (its app registry), loaded only when needed. */
export async function virtualDeviceApps(): Promise<InstalledApp[]> {
  const { APPS } = await import('../../drivers/virtual-android/src/index.ts');
  return APPS.map((a) => ({ id: a.id, package: a.package, label: a.label }));
}

/** Apps of `task` (display names, and the launch package) that none of `installed` matches by label, id or package. */
export function missingApps(task: BenchTask, installed: readonly InstalledApp[]): string[] {
  const known = new Set(installed.flatMap((a) => [norm(a.label), norm(a.id), norm(a.package)]));
  const missing = task.apps.filter((name) => !known.has(norm(name)));
  if (task.launch.mode === 'app' && !known.has(norm(task.launch.package)) && !missing.length)
    missing.push(task.launch.package);
  return missing;
}

/** Throws a MissingAppsError naming every task and app the device lacks. */
export function assertAppsInstalled(
  tasks: readonly BenchTask[],
  installed: readonly InstalledApp[],
  deviceName: string,
): void {
  const missing = new Map<string, string[]>();
  for (const t of tasks) {
    const m = missingApps(t, installed);
    if (m.length) missing.set(t.id, m);
  }
  if (missing.size === 0) return;
  const apps = [...new Set([...missing.values()].flat())].sort((a, b) =>
    a.localeCompare(b, 'en', { sensitivity: 'base' }),
  );
  const examples = [...missing.entries()]
    .slice(0, 3)
    .map(([id, m]) => `${id} (${m.join(', ')})`)
    .join('; ');
  throw new MissingAppsError(
    `${missing.size} of ${tasks.length} task(s) need apps the ${deviceName} does not have: ${apps.join(', ')}. ` +
      `For example ${examples}. The ${deviceName} has: ${installed.map((a) => a.label).join(', ')}. ` +
      'Run these tasks on a phone or emulator with the apps installed (--device <appium url>), or pick tasks with --tasks.',
    missing,
  );
}
