/** Tips a run hands to the mentor: short notes the next runs' planner and executor read. */
import type { AppDirectory } from '../execute/index.ts';
import type { VerifyOutput } from '../loop/types.ts';

export interface LearnedTip {
  /** The package it is about ('' for any app). */
  app: string;
  text: string;
}

/** How an interruption in an app was cleared (only pop-ups, crashes and network pages: they come back). */
export function recoveryTip(
  failure: VerifyOutput,
  path: string[],
  pkg: string,
  apps: AppDirectory,
): LearnedTip | undefined {
  if (!failure.cause || path.length === 0) return undefined;
  const label = apps.labelOf(pkg) ?? pkg;
  if (failure.cause === 'popup' || failure.cause === 'crash' || failure.cause === 'network') {
    return {
      app: pkg,
      text: `${label}: a ${failure.cause} (${failure.reason.replace(/^an interruption appeared: /, '')}) was cleared with ${path[0]}.`,
    };
  }
  return undefined;
}

/** Launcher label -> package pairs, so later runs can open those apps directly. */
export function launcherTips(apps: AppDirectory): LearnedTip[] {
  const tips: LearnedTip[] = [];
  for (const pkgLabel of apps.labels) {
    const pkg = apps.packageOf(pkgLabel);
    if (pkg) tips.push({ app: '', text: `launcher: ${pkgLabel} = ${pkg}` });
  }
  return tips;
}
