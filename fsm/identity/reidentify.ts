/**
 * The one way the FSM memory finds a stored element on the current screen (hints, shortcut replays,
 * rollback and the verifier all use it): `reidentify(ref, screen, analysis)` answers the element, or
 * "not on screen" with the reason. When unsure it answers "not on screen": a wrong element is worse
 * than none, since the caller then asks the model.
 *
 * - Static controls: by signature (role, resource id, static label) in the same kind of window; several
 *   with that signature are told apart by their exact label, the caption beside them and the text above
 *   them; a dialog with another title is another dialog.
 * - List rows and grid cells: by their own content (matchRow), never by position or a stale id.
 * - An element inside a row: its row as above, then the element in the same slot of that row.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import type { ScreenAnalysis } from './analyzeScreen.ts';
import { isFormList, type ElementRef } from './elementRef.ts';
import { shortClassName, shortResourceId } from './elementSignature.ts';
import { matchRow, type RowMatch } from './matchRow.ts';
import { screenIndex, type RowInfo, type ScreenIndex } from './screenIndex.ts';

/**
 * `same id, label changed`: a control with the app's own resource id whose caption changed ("Pin" ->
 * "Unpin", "Sort: Relevance" -> "Sort: Price"): the same element in another state. A replay that needs
 * the stored caption should treat it as not found.
 */
export type FoundHow =
  'signature' | 'signature and context' | 'same id, label changed' | 'field id' | 'same content' | 'changed content';
export type NotFoundWhy = 'absent' | 'ambiguous' | 'weak';

export type Reidentified =
  { element: UiElement; how: FoundHow; detail: string } | { element: null; why: NotFoundWhy; detail: string };

/**
 * The same role, class and app-specific id (not a framework id such as android:id/button1) at the same place
 * in the layout, once on screen. The place matters: apps reuse an id for another button elsewhere (a timer's
 * "Start" and its running "Pause" are both `fab`, in different layouts).
 */
function byOwnId(ref: ElementRef, index: ScreenIndex): UiElement | undefined {
  if (!ref.resourceId || ref.resourceId.startsWith('android:') || ref.context.path === undefined) return undefined;
  const hits = index.screen.elements.filter(
    (e) =>
      e.role === ref.role &&
      index.kindOf(e) === 'control' &&
      index.windowKind(e) === ref.window &&
      shortResourceId(e.resourceId) === ref.resourceId &&
      shortClassName(e.className) === ref.className &&
      index.pathOf(e) === ref.context.path,
  );
  return hits.length === 1 ? hits[0] : undefined;
}

function findControl(ref: ElementRef, index: ScreenIndex): Reidentified {
  // The signature is coarse (a tab and the text inside it share one): the element's own class and id count too.
  const candidates = (index.bySignature.get(ref.signature) ?? []).filter(
    (e) =>
      index.windowKind(e) === ref.window &&
      index.kindOf(e) === 'control' &&
      shortClassName(e.className) === ref.className &&
      shortResourceId(e.resourceId) === ref.resourceId,
  );
  if (candidates.length === 0) {
    const same = byOwnId(ref, index);
    if (same) return { element: same, how: 'same id, label changed', detail: `"${ref.label}" -> "${same.label}"` };
    return { element: null, why: 'absent', detail: `nothing with signature ${ref.signature}` };
  }
  if (candidates.length === 1) return { element: candidates[0]!, how: 'signature', detail: ref.signature };
  // Several alike: the exact label, the caption beside it and the text above it decide, or nothing does.
  const scored = candidates
    .map((e) => {
      let score = 0;
      if (e.label === ref.label) score += 2;
      const rowLabel = index.rowLabelOf(e);
      if (ref.context.rowLabel !== undefined && rowLabel === ref.context.rowLabel) score += 2;
      if (ref.context.section !== undefined && index.sectionOf(e) === ref.context.section) score += 1;
      if (ref.context.dialogTitle !== undefined && index.analysis.dialogTitle === ref.context.dialogTitle) score += 1;
      return { e, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best!.score > 0 && best!.score > second!.score)
    return { element: best!.e, how: 'signature and context', detail: `${candidates.length} alike, context decided` };
  return {
    element: null,
    why: 'ambiguous',
    detail: `${candidates.length} elements alike and nothing tells them apart`,
  };
}

function findInRows(ref: ElementRef, index: ScreenIndex): Reidentified {
  const row = ref.row!;
  const list = index.rowsIn(row.container).filter((r) => index.windowKind(r.element) === ref.window);
  const rows = list.filter(
    (r) =>
      shortClassName(r.element.className) === row.className && shortResourceId(r.element.resourceId) === row.resourceId,
  );
  // A field of a details page is named by its id, whatever it shows now (a route's duration after a mode switch).
  const match: RowMatch =
    row.field && rows.length === 1 && isFormList(list)
      ? { row: rows[0]!, how: 'field id', detail: `the only ${row.resourceId} row of a details list` }
      : matchRow(row, rows);
  if (match.row === null) return { element: null, why: match.why, detail: match.detail };
  if (ref.kind !== 'in_row') return { element: match.row.element, how: match.how, detail: match.detail };
  const at = slotInRow(ref, match);
  if (at < 0)
    return { element: null, why: 'absent', detail: `its row is on screen but shows no ${ref.slot} (cut off or gone)` };
  return { element: match.row.inside[at]!, how: match.how, detail: `${match.detail}; slot ${ref.slot}` };
}

/**
 * Where the element is in its found row. One that shows a text is where its stored text was matched (a
 * row cut at the top shifts its slots; a text no longer shown means the element is not shown); one
 * without text (a switch, an icon) is at its slot.
 */
function slotInRow(ref: ElementRef, match: Extract<RowMatch, { row: RowInfo }>): number {
  const slot = ref.slot!;
  const stored = ref.row!.fields.find((f) => f.slot === slot || f.slot.startsWith(`${slot}.`));
  if (!stored || !match.fieldSlots) return match.row.slots.indexOf(slot);
  const now = match.fieldSlots.get(stored.slot);
  return now === undefined ? -1 : match.row.slots.indexOf(now.replace(/\.(?:desc|hint)$/, ''));
}

export function reidentify(ref: ElementRef, screen: Screen, analysis: ScreenAnalysis): Reidentified {
  const index = screenIndex(screen, analysis);
  return ref.kind === 'control' || !ref.row ? findControl(ref, index) : findInRows(ref, index);
}
