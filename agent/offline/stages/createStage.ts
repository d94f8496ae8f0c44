import type { Screen, UiElement } from '../../../drivers/screen/types.ts';
import { sameWord, tokens } from '../words.ts';
import { NEXT, type StageContext, type StageResult } from './Stage.ts';

/** Make something new: the app's New / Add / Compose / + button, once per clause. */
export function createStage({ clause, screen, progress, tap, tried }: StageContext): StageResult {
  if (clause.creates && !progress.created) {
    const create = createButton(screen, clause.text, tried);
    if (create) {
      progress.created = true;
      return tap(create, `"${create.label}" creates a new item`, 'an editor or a picker');
    }
  }
  return NEXT;
}

/** The New / Add / Compose / + button (a floating action button, usually); the one sharing most words with the clause. */
function createButton(screen: Screen, text: string, tried: (e: UiElement) => boolean): UiElement | undefined {
  const re = /^(new|add|create|compose|start|plus|\+)\b|\b(new|create|add|compose|start chat|start)\b/i;
  const buttons = screen.elements.filter(
    (e) =>
      e.actionable &&
      e.role !== 'input' &&
      e.role !== 'listitem' &&
      !e.flags.checkable &&
      re.test(`${e.label} ${e.contentDesc}`) &&
      !tried(e),
  );
  const words = tokens(text);
  return buttons.sort((a, b) => score(b) - score(a))[0];
  function score(e: UiElement): number {
    return tokens(`${e.label} ${e.contentDesc}`).filter((t) => words.some((w) => sameWord(w, t))).length;
  }
}
