import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * Be in the clause's app: tap its launcher icon when one shows (and the app
 * is not known to be elsewhere than the launcher), else go Home to find it.
 */
export function openAppStage({ clause, screen, state, act }: StageContext): StageResult {
  if (!clause.app) return NEXT;
  const pkg = state.appPackages.get(clause.app);
  if (pkg === screen.foregroundPackage) return NEXT;
  const icon = screen.elements.find((e) => e.actionable && e.label.toLowerCase() === clause.app!.toLowerCase());
  if (icon && (!pkg || /launcher/i.test(screen.foregroundPackage))) {
    state.pendingApp = clause.app;
    return act('tap', { element: icon.id }, `open ${clause.app} from its launcher icon`, `${clause.app} opens`);
  }
  return act('home', {}, `go home to open ${clause.app}`, 'the launcher shows');
}
