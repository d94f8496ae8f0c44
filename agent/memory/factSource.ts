/**
 * Where a fact was read, so a learned task reads it again on a later run
 * instead of remembering the old value: the element it showed in (an
 * element reference, found again by re-identification), the kind of value,
 * and which of the values of that kind in the element's text it was (a
 * paragraph may hold several prices). Read again, the value is narrowed to
 * that one ("+1 415-555-0173, Mobile" gives the phone number).
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { elementRef, reidentify, type ElementRef, type ScreenAnalysis } from '../../fsm/index.ts';
import { factKindOf, factSpans, normaliseFact, type FactKind } from './factValue.ts';

export interface FactSource {
  ref: ElementRef;
  kind: FactKind;
  /** Which value of the kind in the element's text (0-based). */
  pick: number;
  /** How many values of the kind the text held then (a different count makes the pick unsure). */
  of: number;
}

function texts(e: UiElement): string[] {
  return [e.text, e.contentDesc].filter((t) => t.trim().length > 0);
}

/** Where `value` shows on `screen`, when it does. */
export function locateFact(screen: Screen, analysis: ScreenAnalysis, value: string): FactSource | undefined {
  const kind = factKindOf(value);
  const want = normaliseFact(value, kind);
  for (const e of screen.elements) {
    for (const text of texts(e)) {
      const spans = factSpans(text, kind);
      const pick = spans.findIndex((s) => normaliseFact(s.value, kind) === want);
      if (pick >= 0) return { ref: elementRef(screen, analysis, e.id), kind, pick, of: spans.length };
    }
  }
  return undefined;
}

/** The fact read again from where it was read before; undefined when its element is not certainly here. */
export function readFact(source: FactSource, screen: Screen, analysis: ScreenAnalysis): string | undefined {
  const found = reidentify(source.ref, screen, analysis);
  if (!found.element) return undefined;
  for (const text of texts(found.element)) {
    const spans = factSpans(text, source.kind);
    if (spans.length === 0) continue;
    // The same count: the same position. Another count: only an unambiguous single value will do.
    if (spans.length === source.of) return spans[source.pick]?.value;
    if (spans.length === 1) return spans[0]!.value;
  }
  return undefined;
}
