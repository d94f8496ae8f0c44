import type { Screen, UiElement } from '../../../drivers/screen/types.ts';
import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * Typed or filled: commit once with Send / Save / Done ... when the screen
 * offers it. A committed clause is done, whether a button was found or not.
 */
export function commitStage({ clause, screen, state, progress, tap, tried }: StageContext): StageResult {
  const text = clause.typeText ?? (clause.usesMemory ? state.lastFactValue : undefined);
  if ((progress.formTouched || (text && progress.typed)) && !progress.committed) {
    const commit = commitButton(screen, clause.text, tried);
    progress.committed = true;
    if (commit) return tap(commit, `commit with "${commit.label}"`, 'the item is saved or sent');
    return DONE;
  }
  if (progress.committed) return DONE;
  return NEXT;
}

const COMMIT = /^(send|save|done|ok|add|create|post|submit|set|rename|update|place order|send message)$/i;

function commitButton(screen: Screen, _text: string, tried: (e: UiElement) => boolean): UiElement | undefined {
  const buttons = screen.elements.filter(
    (e) =>
      e.actionable &&
      e.flags.enabled &&
      !tried(e) &&
      (COMMIT.test(e.label.trim()) || COMMIT.test(e.contentDesc.trim()) || e.resourceId === 'android:id/button1'),
  );
  return buttons[0];
}
