/**
 * The first move of a subgoal the plan puts in an app, made by the framework
 * without a model call: on the launcher, with the subgoal's app among the
 * launcher's labels, the only sensible action is opening it (every model in
 * the loop did exactly that, one call per task). Anywhere else (inside an
 * app, a share sheet that leads on) the model decides.
 */
import { isLauncherPackage } from '../../drivers/screen/index.ts';
import type { Perception } from '../perceive/Perception.ts';
import type { ExecutorDecision, Subgoal } from '../roles/types.ts';
import type { AppDirectory } from '../execute/index.ts';
import { mustParseAction } from './mustParseAction.ts';

export function openSubgoalApp(
  subgoal: Subgoal | undefined,
  subgoalIndex: number,
  current: Perception,
  apps: AppDirectory,
): Extract<ExecutorDecision, { kind: 'act' }> | undefined {
  const app = subgoal?.app?.trim().toLowerCase();
  if (!app || !isLauncherPackage(current.screen.foregroundPackage)) return undefined;
  const label = apps.labels.find((l) => l.toLowerCase() === app);
  if (!label) return undefined;
  return {
    kind: 'act',
    action: mustParseAction('open_app', { app: label }, `subgoal ${subgoalIndex + 1} is in ${label}`),
    subgoalIndex,
    source: 'framework',
  };
}
