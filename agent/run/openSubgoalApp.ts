/**
 * The first move of a subgoal the plan puts in an app, made by the framework
 * without a model call, where it is the only sensible one: the phone is on
 * the launcher, or still in the app of the subgoal before (done there, this
 * one is in another app), and the subgoal's app is among the launcher's
 * labels. Every model in the loop answered exactly that `open_app`, one call
 * per subgoal. Anywhere else (a share sheet or an in-app link that leads on
 * to the next app, a system screen) the model decides.
 */
import { isLauncherPackage } from '../../drivers/screen/index.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { ExecutorDecision, Plan } from '../roles/types.ts';
import type { AppDirectory } from '../execute/index.ts';
import { mustParseAction } from './mustParseAction.ts';

const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

export function openSubgoalApp(
  plan: Plan,
  subgoalIndex: number,
  current: Perception,
  apps: AppDirectory,
): Extract<ExecutorDecision, { kind: 'act' }> | undefined {
  const app = plan.subgoals[subgoalIndex]?.app;
  const label = app ? apps.labels.find((l) => same(l, app)) : undefined;
  if (!label) return undefined;
  const foreground = current.screen.foregroundPackage;
  const previous = plan.subgoals[subgoalIndex - 1]?.app;
  const inPreviousApp = previous !== undefined && !same(previous, label) && same(apps.labelOf(foreground), previous);
  if (!isLauncherPackage(foreground) && !inPreviousApp) return undefined;
  return {
    kind: 'act',
    action: mustParseAction('open_app', { app: label }, `subgoal ${subgoalIndex + 1} is in ${label}`),
    subgoalIndex,
    source: 'framework',
  };
}
