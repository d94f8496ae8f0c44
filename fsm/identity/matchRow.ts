/**
 * Finds a stored row (or grid cell) among the rows of the current screen by its own content.
 *
 * 1. A row showing exactly the stored content wins (several: the one under the stored section heading;
 *    still several: not on screen, since position is never evidence).
 * 2. Else a row that agrees with every stored field it shows (a row cut by the list's edge), when it shows
 *    the primary text, or is complete, or shows a text specific enough alone, and something it shows singles
 *    it out.
 * 3. Else the row whose unchanged fields single it out despite changed ones (a time edited, a new last
 *    message, a price): it needs an anchor (a name or body text no other row shows, and that no other row
 *    showed when stored), a score of at least 2 and a lead of 1.5 over the next row. A changed primary
 *    name (a renamed item) counts heavily against. Weaker or tied: not on screen.
 */
import type { RowRef } from './elementRef.ts';
import { fieldKind, type RowField } from './rowContent.ts';
import type { RowInfo } from './screenIndex.ts';

export type RowMatch =
  | { row: RowInfo; how: 'same content' | 'changed content' | 'field id'; detail: string }
  | { row: null; why: 'absent' | 'ambiguous' | 'weak'; detail: string };

interface Comparison {
  info: RowInfo;
  now: Map<string, string>;
  same: RowField[];
  changed: { field: RowField; now: string }[];
  missing: RowField[];
  extra: number;
  exact: boolean;
}

const MIN_SCORE = 2;
/** A dynamic text this long ("41% used - 75.4 GB free", "Mon, Jun 2, 05:31") is specific; "07:00" or "0 items" is not. */
const SPECIFIC_CHARS = 12;
const MIN_LEAD = 1.5;

function compare(ref: RowRef, info: RowInfo): Comparison {
  const now = new Map(info.fields.map((f) => [f.slot, f.text]));
  const c: Comparison = { info, now, same: [], changed: [], missing: [], extra: 0, exact: false };
  const slots = new Set<string>();
  for (const f of ref.fields) {
    slots.add(f.slot);
    const t = now.get(f.slot);
    if (t === undefined) c.missing.push(f);
    else if (t === f.text) c.same.push(f);
    else c.changed.push({ field: f, now: t });
  }
  for (const g of info.fields) if (!slots.has(g.slot)) c.extra++;
  c.exact =
    (c.changed.length === 0 && c.missing.length === 0 && c.extra === 0 && ref.fields.length > 0) ||
    (ref.label !== '' && info.element.label === ref.label);
  return c;
}

/** Among tied rows, the one under the stored section heading; undefined when that does not decide. */
function bySection(tied: Comparison[], section: string): Comparison | undefined {
  // A row under another heading than the stored one is another row (a starred contact under Favorites is
  // not its row under its letter); a row whose heading is scrolled away may still be it.
  if (tied.length === 1)
    return !section || !tied[0]!.info.section || tied[0]!.info.section === section ? tied[0] : undefined;
  if (!section) return undefined;
  const same = tied.filter((c) => c.info.section === section);
  if (same.length === 1) return same[0];
  // A row whose heading is scrolled away may still be under it; rows under another heading are not.
  const possible = tied.filter((c) => c.info.section === section || c.info.section === '');
  return possible.length === 1 ? possible[0] : undefined;
}

export function matchRow(ref: RowRef, rows: readonly RowInfo[]): RowMatch {
  if (rows.length === 0) return { row: null, why: 'absent', detail: `no rows in ${ref.container}` };
  const all = rows.map((r) => compare(ref, r));
  const holders = (f: RowField): number => all.filter((c) => c.now.get(f.slot) === f.text).length;
  const twin = (): RowMatch => ({
    row: null,
    why: 'ambiguous',
    detail: 'another row looked exactly like it when it was stored',
  });

  const exact = all.filter((c) => c.exact);
  if (exact.length > 0) {
    const pick = bySection(exact, ref.section);
    if (!pick) return { row: null, why: 'ambiguous', detail: `${exact.length} rows show the same content` };
    if (ref.twin) return twin();
    return { row: pick.info, how: 'same content', detail: 'every field as stored' };
  }

  const primary = ref.fields.find((f) => f.primary);
  // A row cut by the list's edge shows part of itself: its primary text, or a text specific enough alone.
  const specific = (f: RowField): boolean =>
    holders(f) === 1 && !f.shared && (fieldKind(f.text) !== 'dynamic' || f.text.length >= SPECIFIC_CHARS);
  const consistent = all.filter(
    (c) =>
      c.changed.length === 0 &&
      c.same.length > 0 &&
      (c.missing.length === 0 || (primary !== undefined && c.same.includes(primary)) || c.same.some(specific)),
  );
  if (consistent.length > 0) {
    const pick = bySection(consistent, ref.section);
    if (!pick || !pick.same.some((f) => holders(f) === 1))
      return { row: null, why: 'ambiguous', detail: `${consistent.length} rows agree with what they show` };
    if (ref.twin) return twin();
    return { row: pick.info, how: 'same content', detail: `${pick.same.length} fields as stored, the rest not shown` };
  }

  const score = (c: Comparison): { score: number; anchored: boolean } => {
    let total = 0;
    let anchored = false;
    for (const f of c.same) {
      const unique = holders(f) === 1 && !f.shared;
      if (unique && fieldKind(f.text) !== 'dynamic') {
        total += 3;
        anchored = true;
      } else total += unique ? 1 : 0.5;
    }
    for (const { field, now } of c.changed)
      total -= field.primary && fieldKind(field.text) === 'name' && fieldKind(now) === 'name' ? 3 : 0.5;
    total -= 0.25 * (c.missing.length + c.extra);
    if (ref.section && c.info.section && c.info.section !== ref.section) total -= 1;
    return { score: total, anchored };
  };
  const ranked = all.map((c) => ({ c, ...score(c) })).sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const second = ranked[1];
  if (best.anchored && best.score >= MIN_SCORE && (!second || best.score - second.score >= MIN_LEAD)) {
    if (ref.twin) return twin();
    const changed = best.c.changed.map((x) => `${JSON.stringify(x.field.text)} -> ${JSON.stringify(x.now)}`);
    return { row: best.c.info, how: 'changed content', detail: `changed: ${changed.join('; ')}` };
  }
  if (second && best.anchored && best.score >= MIN_SCORE)
    return { row: null, why: 'ambiguous', detail: `two rows fit almost equally (${best.score} vs ${second.score})` };
  return {
    row: null,
    why: best.score > 0 ? 'weak' : 'absent',
    detail: best.score > 0 ? `best fit too weak (score ${best.score})` : 'no row shares its content',
  };
}
