import type { Screen, UiElement } from '../../../drivers/screen/types.ts';
import { groundWords } from '../groundElement.ts';
import { DONE, NEXT, type StageContext, type StageResult } from './Stage.ts';

/**
 * A switch to set: first a row that names more of the clause's words than any
 * switch (it leads to the switch's page), then the switch itself, unless it
 * already has the wanted state (the clause is then done).
 */
export function switchStage({ clause, screen, stateKey, state, act }: StageContext): StageResult {
  if (!clause.toggle) return NEXT;
  const all = groundWords(screen, clause.words);
  const switches = all.filter((g) => g.element.flags.checkable || hasCheckableChild(screen, g.element));
  const best = switches[0];
  const row = all.find(
    (g) =>
      !g.element.flags.checkable &&
      !hasCheckableChild(screen, g.element) &&
      g.element.role !== 'input' &&
      !state.tried.has(`${stateKey}|${g.element.signature}`),
  );
  if (row && (!best || row.matched.length > best.matched.length)) {
    state.tried.add(`${stateKey}|${row.element.signature}`);
    return act(
      'tap',
      { element: row.element.id },
      `"${row.element.label}" leads to the ${clause.words.join(' ')} switch`,
      'the switch shows',
    );
  }
  if (best) {
    const target = checkableOf(screen, best.element);
    const want = clause.toggle === 'on';
    if (target.flags.checked === want) return DONE;
    return act(
      'tap',
      { element: target.id },
      `turn ${clause.toggle} "${best.element.label}"`,
      `"${best.element.label}" is ${clause.toggle}`,
    );
  }
  return NEXT;
}

function hasCheckableChild(screen: Screen, element: UiElement): boolean {
  return screen.elements.some((e) => e.parent === element.id && e.flags.checkable);
}

/** Rows in settings lists hold their switch as a child: act on the switch's state. */
function checkableOf(screen: Screen, element: UiElement): UiElement {
  if (element.flags.checkable) return element;
  return screen.elements.find((e) => e.parent === element.id && e.flags.checkable) ?? element;
}
