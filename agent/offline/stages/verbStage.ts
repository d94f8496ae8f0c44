import { verbButtonPattern } from '../synonyms.ts';
import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * The clause's verb as a button on the opened item (Delete, Call, Add to
 * favorites, Reply, Save ...). A verb that opens an editor (edit, reply,
 * rename, a body to write) leaves the clause going; any other ends it.
 */
export function verbStage({ clause, screen, progress, tap, tried }: StageContext): StageResult {
  if (
    !clause.question &&
    !clause.gather &&
    !clause.creates &&
    (progress.opened || !clause.entity) &&
    progress.verbTaps < 2 &&
    !progress.formTouched
  ) {
    const patterns = verbButtonPattern(clause.text);
    const button = screen.elements.find(
      (e) =>
        e.actionable &&
        e.role !== 'input' &&
        !tried(e) &&
        patterns.some((re) => re.test(e.label.trim()) || re.test(e.contentDesc.trim())),
    );
    if (button) {
      progress.verbTaps += 1;
      const edits =
        /\b(edit|update|change|reply|forward|rename)\b/i.test(clause.text) ||
        clause.values.body !== undefined ||
        clause.values.newName !== undefined;
      if (!edits) progress.verbDone = true;
      return tap(button, `"${button.label}" does what the clause asks`, 'the action is done');
    }
  }
  return NEXT;
}
