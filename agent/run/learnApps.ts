import { isLauncherPackage } from '../../drivers/screen/index.ts';
import type { AppDirectory } from '../execute/index.ts';
import { OfflinePolicy } from '../offline/index.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { Acted } from './Acted.ts';

/** The launcher shows which apps a task can name: take its labels whenever it is on screen. */
export function learnLauncher(apps: AppDirectory, p: Perception): void {
  if (isLauncherPackage(p.screen.foregroundPackage)) apps.setLabels(OfflinePolicy.launcherLabels(p.screen));
}

/** Which package a launcher icon (or open_app by name) opens: learnt by watching a verified step. */
export function learnAppFromStep(apps: AppDirectory, acted: Acted, now: Perception): void {
  if (isLauncherPackage(now.screen.foregroundPackage)) return;
  if (acted.element && isLauncherPackage(acted.before.screen.foregroundPackage) && acted.element.label)
    apps.learn(acted.element.label, now.screen.foregroundPackage);
  if (acted.action.type === 'open_app' && acted.action.app) apps.learn(acted.action.app, now.screen.foregroundPackage);
}
