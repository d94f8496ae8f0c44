/**
 * Finds a stored row (or grid cell) among the rows of the current screen by its own content. Fields are
 * compared slot by slot (in a row cut by the list's edge, a text that moved to another slot of its kind,
 * because the lines above it are cut off, still counts as the same).
 *
 * 1. A row showing exactly the stored content wins (several: the one under the stored section heading;
 *    still several: not on screen, since position is never evidence).
 * 2. Else a row that agrees with every stored field it shows (a row cut by the list's edge), when what it
 *    shows singles it out: a name or long text no other row shows, or its primary text.
 * 3. Else the row whose unchanged fields single it out despite changed ones (a new last message, a
 *    timestamp, a price, a quantity): it needs an anchor, a score of at least 2 and a lead of 1.5 over the
 *    next row. Anchors: a name or body text no other row shows now or showed when stored; the row's primary
 *    text (a time, a number) when no other row shows it; a text whose only change is its numbers ("1 ×
 *    Book: $15.99" -> "2 × Book: $31.98") when no other row reads like it; or three dynamic texts no
 *    other row shows. A changed primary text counts heavily against: it is what names the item (a
 *    contact's name, an alarm's time: "06:40, Not scheduled" is not the deleted "06:45, Not scheduled"),
 *    unless it was edited at one end ("Books to read" -> "Books to read 2025"); secondary texts may change
 *    freely. Weaker or tied: not on screen.
 *
 * The primary text of a row stored while cut by the list's edge is not trusted as an anchor: it may be a
 * secondary line (a conversation's date with its name cut off).
 */
import type { RowRef } from './elementRef.ts';
import { fieldKind, type RowField } from './rowContent.ts';
import { isDateOrTime } from './staticText.ts';
import type { RowInfo } from './screenIndex.ts';

export type RowMatch =
  | {
      row: RowInfo;
      how: 'same content' | 'changed content' | 'field id';
      detail: string;
      /** Stored field slot -> the slot of the field it was matched with in this row (same or changed). */
      fieldSlots?: Map<string, string>;
    }
  | { row: null; why: 'absent' | 'ambiguous' | 'weak'; detail: string };

interface Comparison {
  info: RowInfo;
  /** `<slot without its ordinal>\0<text>` of every field it shows. */
  shown: Set<string>;
  /** Same as `shown`, with numbers masked. */
  masked: Set<string>;
  same: RowField[];
  changed: { field: RowField; now: string }[];
  /** Stored field slot -> matched field slot in this row. */
  slots: Map<string, string>;
  missing: RowField[];
  extra: number;
  exact: boolean;
}

const MIN_SCORE = 2;
const MIN_LEAD = 1.5;
/** A dynamic text this long ("41% used - 75.4 GB free", "Mon, Jun 2, 05:31") is specific; "07:00" or "0 items" is not. */
const SPECIFIC_CHARS = 12;
/** The kept part of an edited name is at least this long. */
const MIN_EDITED_CHARS = 4;

/** `TextView#title:1.desc` -> `TextView#title.desc`: the kind of slot, without which one of its kind. */
function group(slot: string): string {
  return slot.replace(/:\d+/, '');
}

/**
 * A name edited at one end ("Books to read" -> "Books to read 2025", "Dr. Ann Lee" -> "Ann Lee"), not
 * replaced: the same item renamed. Times and dates never ("6:45" is not "16:45").
 */
function edited(before: string, after: string): boolean {
  const [short, long] = before.length <= after.length ? [before, after] : [after, before];
  if (short.length < MIN_EDITED_CHARS || isDateOrTime(before) || isDateOrTime(after)) return false;
  return long.startsWith(short) || long.endsWith(short);
}

function maskNumbers(text: string): string {
  return text.replace(/\d+(?:[.,:]\d+)*/g, '#');
}

function compare(ref: RowRef, info: RowInfo): Comparison {
  const fields = info.fields;
  const c: Comparison = {
    info,
    shown: new Set(fields.map((f) => `${group(f.slot)}\u0000${f.text}`)),
    masked: new Set(fields.map((f) => `${group(f.slot)}\u0000${maskNumbers(f.text)}`)),
    same: [],
    changed: [],
    slots: new Map(),
    missing: [],
    extra: 0,
    exact: false,
  };
  const used = new Set<number>();
  const open: RowField[] = [];
  for (const f of ref.fields) {
    const j = fields.findIndex((g) => g.slot === f.slot);
    if (j >= 0 && fields[j]!.text === f.text) {
      used.add(j);
      c.same.push(f);
      c.slots.set(f.slot, f.slot);
    } else open.push(f);
  }
  // A row cut by the list's edge (now or when stored) loses its first lines, which shifts the slots of the
  // rest: the same text in another slot of its kind then counts as the same. In a whole row it does not
  // (day "8" of one week row is not day "8" of another).
  const shifted = open.length > 0 && (info.cut || ref.cut === true);
  const stillOpen: RowField[] = shifted ? [] : open;
  for (const f of shifted ? open : []) {
    const j = fields.findIndex((g, i) => !used.has(i) && group(g.slot) === group(f.slot) && g.text === f.text);
    if (j >= 0) {
      used.add(j);
      c.same.push(f);
      c.slots.set(f.slot, fields[j]!.slot);
    } else stillOpen.push(f);
  }
  for (const f of stillOpen) {
    const j = fields.findIndex((g, i) => !used.has(i) && g.slot === f.slot);
    if (j >= 0) {
      used.add(j);
      c.changed.push({ field: f, now: fields[j]!.text });
      c.slots.set(f.slot, f.slot);
    } else c.missing.push(f);
  }
  c.extra = fields.length - used.size;
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
  const possible = tied.filter((c) => c.info.section === section || c.info.section === '');
  return possible.length === 1 ? possible[0] : undefined;
}

export function matchRow(ref: RowRef, rows: readonly RowInfo[]): RowMatch {
  if (rows.length === 0) return { row: null, why: 'absent', detail: `no rows in ${ref.container}` };
  const all = rows.map((r) => compare(ref, r));
  const holders = (f: RowField): number => all.filter((c) => c.shown.has(`${group(f.slot)}\u0000${f.text}`)).length;
  /** Shown by this row only, and by no other row when stored. */
  const unique = (f: RowField): boolean => !f.shared && holders(f) === 1;
  const trustedPrimary = (f: RowField): boolean => f.primary === true && !ref.cut;
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
    return { row: pick.info, how: 'same content', detail: 'every field as stored', fieldSlots: pick.slots };
  }

  const singlesOut = (f: RowField): boolean =>
    unique(f) && (fieldKind(f.text) !== 'dynamic' || f.text.length >= SPECIFIC_CHARS || trustedPrimary(f));
  const consistent = all.filter((c) => c.changed.length === 0 && c.same.some(singlesOut));
  if (consistent.length > 0) {
    const pick = bySection(consistent, ref.section);
    if (!pick) return { row: null, why: 'ambiguous', detail: `${consistent.length} rows agree with what they show` };
    if (ref.twin) return twin();
    return {
      row: pick.info,
      how: 'same content',
      detail: `${pick.same.length} fields as stored, the rest not shown`,
      fieldSlots: pick.slots,
    };
  }

  const score = (c: Comparison): { score: number; anchored: boolean } => {
    let total = 0;
    let anchored = false;
    let dynamicUnique = 0;
    for (const f of c.same) {
      if (unique(f) && (fieldKind(f.text) !== 'dynamic' || trustedPrimary(f))) {
        total += 3;
        anchored = true;
      } else if (unique(f)) {
        total += 1;
        dynamicUnique++;
      } else total += 0.5;
    }
    for (const { field, now } of c.changed) {
      const masked = maskNumbers(now);
      if (masked === maskNumbers(field.text) && /\p{L}/u.test(masked) && !isDateOrTime(field.text)) {
        // Only its numbers changed (a quantity, a total; not a date or time, whose numbers say which
        // day it is): evidence when no other row reads like it.
        const key = `${group(field.slot)}\u0000${masked}`;
        const alike = all.filter((o) => o.masked.has(key)).length;
        if (alike === 1 && !field.shared) {
          total += 2;
          anchored = true;
        }
      } else total -= field.primary && !edited(field.text, now) ? 3 : 0.5;
    }
    total -= 0.25 * (c.missing.length + c.extra);
    if (ref.section && c.info.section && c.info.section !== ref.section) total -= 1;
    return { score: total, anchored: anchored || dynamicUnique >= 3 };
  };
  const ranked = all.map((c) => ({ c, ...score(c) })).sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const second = ranked[1];
  if (best.anchored && best.score >= MIN_SCORE && (!second || best.score - second.score >= MIN_LEAD)) {
    if (ref.twin) return twin();
    const changed = best.c.changed.map((x) => `${JSON.stringify(x.field.text)} -> ${JSON.stringify(x.now)}`);
    return {
      row: best.c.info,
      how: 'changed content',
      detail: `changed: ${changed.join('; ') || 'nothing shown'}`,
      fieldSlots: best.c.slots,
    };
  }
  if (second && best.anchored && best.score >= MIN_SCORE)
    return { row: null, why: 'ambiguous', detail: `two rows fit almost equally (${best.score} vs ${second.score})` };
  return {
    row: null,
    why: best.score > 0 ? 'weak' : 'absent',
    detail: best.score > 0 ? `best fit too weak (score ${best.score})` : 'no row shares its content',
  };
}
