import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/** Share, for a clause that sends its subject to another app (the share sheet stage picks the app). */
export function shareStage({ clause, screen, progress, tap, tried }: StageContext): StageResult {
  if (clause.shares && (progress.opened || !clause.entity) && !progress.shared) {
    const share = screen.elements.find((e) => e.actionable && /^share\b/i.test(e.label) && !tried(e));
    if (share) {
      progress.shared = true;
      return tap(share, 'share it through the share sheet', 'the share sheet');
    }
  }
  return NEXT;
}
