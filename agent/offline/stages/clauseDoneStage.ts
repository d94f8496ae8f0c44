import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * Before exploring: a clause with no words left to match, no fact or answer
 * missing, no switch to set and no entity to open is done.
 */
export function clauseDoneStage({ clause, state, progress, remaining }: StageContext): StageResult {
  const unfinished =
    remaining.length > 0 ||
    (clause.fact && !state.memory.has(clause.fact)) ||
    clause.toggle !== undefined ||
    (clause.entity !== undefined && !progress.opened) ||
    ((clause.question || clause.gather) && !progress.answered);
  return unfinished ? NEXT : DONE;
}
