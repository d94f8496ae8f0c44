import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * The share sheet (a system dialog listing apps) after this clause tapped
 * Share: pick the app the task goes on in. Once shared, the clause is done
 * here; the receiving app belongs to the next clause.
 */
export function shareSheetStage(ctx: StageContext): StageResult {
  const { progress, dialog, state } = ctx;
  if (progress.shared && !progress.sharedTo) {
    const target = shareTarget(ctx);
    const button = target
      ? dialog.find((e) => e.actionable && e.label.toLowerCase() === target.toLowerCase())
      : undefined;
    if (button && target) {
      progress.sharedTo = target;
      state.pendingApp = target;
      return ctx.act('tap', { element: button.id }, `share to ${target}`, `${target} opens with the shared text`);
    }
  }
  if (progress.sharedTo) return DONE;
  return NEXT;
}

/** The app a share goes to: the next clause's app. */
function shareTarget({ state }: StageContext): string | undefined {
  const next = state.clauses.slice(state.index + 1).find((c) => c.app && c.app !== state.clauses[state.index]?.app);
  return next?.app;
}
