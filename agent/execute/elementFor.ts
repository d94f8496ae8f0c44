/**
 * The element of the current screen a learnt abstract action uses, when it
 * is certain. An action carrying a reference (what singled its element out:
 * a row's own content, a control's context) is found by re-identification
 * and nothing else: a row by its content, never by position; a control whose
 * caption changed ("Pin" -> "Unpin") is not the same step. Actions learnt
 * before references existed fall back to signature and exact label, a list
 * row only when exactly one shows its label. Undefined when unsure: a hint,
 * a replay or a rollback that acts on the wrong row is worse than none.
 */
import { elementByLabel, insideBounds } from '../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { isListItemSignature, type AbstractAction, type FsmTracker } from '../../fsm/index.ts';

export function elementFor(
  action: AbstractAction,
  screen: Screen,
  tracker: FsmTracker | undefined,
): UiElement | undefined {
  if (action.ref && tracker) {
    const found = tracker.find(action);
    if (found) return found.element && found.how !== 'same id, label changed' ? found.element : undefined;
  }
  const label = action.label && !action.label.startsWith('@') ? action.label : undefined;
  if (action.target && tracker) {
    const hits = tracker.elementsMatching(action.target);
    const labelled = label ? hits.filter((e) => e.label === label) : [];
    if (labelled.length === 1) return labelled[0];
    // A tab and its caption share signature and label: the one a finger can act on is the control.
    const acting = labelled.filter((e) => e.actionable);
    if (labelled.length > 1)
      return acting.length === 1 && labelled.every((e) => e === acting[0] || insideBounds(acting[0]!, e))
        ? acting[0]
        : undefined;
    if (!isListItemSignature(action.target) && hits.length === 1 && (!label || hits[0]!.label === label))
      return hits[0];
    if (hits.length > 0 && !label) return undefined;
  }
  if (!label) return undefined;
  const same = screen.elements.filter((e) => e.actionable && e.label === label);
  return same.length === 1 ? same[0] : same.length === 0 ? elementByLabel(screen, label) : undefined;
}
