import type { Screen, UiElement } from '../../../drivers/screen/types.ts';
import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * Typed or filled: commit with Send / Save / Done ... when the screen offers
 * it. A committed clause is done, whether a button was found or not, unless
 * the typed text is still in its field beside the button: then the commit is
 * tapped again (up to three times).
 */
export function commitStage({ clause, screen, state, progress, tap, tried }: StageContext): StageResult {
  const text = clause.typeText ?? (clause.usesMemory ? state.lastFactValue : undefined);
  if ((progress.formTouched || (text && progress.typed)) && !progress.committed) {
    const commit = commitButton(screen, clause.text, tried);
    progress.committed = true;
    if (commit) return tap(commit, `commit with "${commit.label}"`, 'the item is saved or sent');
    return DONE;
  }
  if (progress.committed) {
    // The commit did nothing (a slipped tap, a Send that did not go): the field still holds the text and the
    // button is still there. Tap it again, a few times, before calling the clause done.
    const pending = text ? screen.elements.some((e) => e.role === 'input' && e.text.trim() === text.trim()) : false;
    const again = pending ? commitButton(screen, clause.text, () => false) : undefined;
    if (again && progress.commitRetries < MAX_COMMIT_RETRIES) {
      progress.commitRetries += 1;
      return tap(
        again,
        `commit again with "${again.label}" (the text is still in the field)`,
        'the item is saved or sent',
      );
    }
    return DONE;
  }
  return NEXT;
}

const MAX_COMMIT_RETRIES = 3;

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
