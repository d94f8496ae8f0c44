/**
 * Is there more to see in a scrolling list? Page source carries no scroll
 * offset, but rows are reported with their visible bounds, so a row cut by
 * the list's edge is shorter than its whole siblings of the same class.
 * Read per vertical scroller of the app's windows (its rows: the first level
 * below it with two or more elements):
 * - end reached: the last row ends well above the list's bottom (ROOM px):
 *   the content does not fill the list;
 * - more below: the last row reaches the bottom and is cut;
 * - may continue below: it reaches the bottom whole (the next row may start
 *   just past the edge, or this is the end: page source cannot tell);
 * - more above: the first row is cut at the top edge.
 * Measured against the virtual phone's true scroll offsets on every screen
 * reachable by taps, at the top, the middle and the end of each list (test:
 * test/unit/agent/scrollPosition.test.ts; numbers in docs/agent.md).
 * Rows of one class but different heights (chat bubbles, a product list
 * with a header) can make a whole row look cut: a hint, not a fact.
 * Horizontal scrollers (tab strips, carousels) are not read.
 */
import type { Screen, UiElement } from '../../../drivers/screen/types.ts';

/** Pixels of slack when comparing a row's edge with its list's edge. */
const EDGE = 2;
/** Space below the last row that says the content ends (more than a list's padding and a row gap). */
const ROOM = 64;
const CONTENT_WINDOWS = new Set(['app', 'dialog', 'popup']);

function height(e: UiElement): number {
  return e.bounds.bottom - e.bounds.top;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The rows of a scroller: the first level of its subtree with two or more elements. */
function rowsOf(scroller: UiElement, children: Map<string, UiElement[]>): UiElement[] {
  let level = children.get(scroller.id) ?? [];
  while (level.length === 1) level = children.get(level[0]!.id) ?? [];
  return level;
}

function stackedVertically(rows: UiElement[]): boolean {
  const tops = new Set(rows.map((r) => r.bounds.top));
  const lefts = new Set(rows.map((r) => r.bounds.left));
  return tops.size > 1 && tops.size >= lefts.size;
}

/** The height a row of this kind has when whole: the median of its siblings of the same class. */
function wholeHeight(row: UiElement, rows: UiElement[]): number | undefined {
  const same = rows.filter((r) => r !== row && r.className === row.className).map(height);
  return same.length > 0 ? median(same) : undefined;
}

function isCut(row: UiElement, rows: UiElement[]): boolean {
  const whole = wholeHeight(row, rows);
  return whole !== undefined && height(row) < whole * 0.9;
}

/** What the list shows of its content. */
function positionOf(list: UiElement, rows: UiElement[]): string {
  const sorted = [...rows].sort((a, b) => a.bounds.top - b.bounds.top);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const said: string[] = [];
  if (first.bounds.top <= list.bounds.top + EDGE && isCut(first, sorted)) said.push('more above');
  if (last.bounds.bottom < list.bounds.bottom - ROOM) said.push('end reached');
  else said.push(isCut(last, sorted) ? 'more below' : 'may continue below');
  return said.join(', ');
}

/** Each vertical scroller of the app's windows with what it shows of its content (undefined: not readable). */
export function scrollPositions(screen: Screen): Array<{ scroller: UiElement; where: string | undefined }> {
  const windows = new Set(screen.windows.filter((w) => CONTENT_WINDOWS.has(w.kind)).map((w) => w.id));
  const children = new Map<string, UiElement[]>();
  for (const e of screen.elements) {
    if (e.parent === null) continue;
    const list = children.get(e.parent);
    if (list) list.push(e);
    else children.set(e.parent, [e]);
  }
  const out: Array<{ scroller: UiElement; where: string | undefined }> = [];
  for (const e of screen.elements) {
    if (!e.flags.scrollable || !windows.has(e.window)) continue;
    const rows = rowsOf(e, children);
    out.push({ scroller: e, where: rows.length < 2 || !stackedVertically(rows) ? undefined : positionOf(e, rows) });
  }
  return out;
}

/** One line per vertical scroller ("Scrolling: [e5] list: more below"), or undefined without any. */
export function scrollPosition(screen: Screen): string | undefined {
  const lines = scrollPositions(screen)
    .filter((p) => p.where)
    .map((p) => `[${p.scroller.id}] ${p.scroller.role}: ${p.where}`);
  return lines.length > 0 ? `Scrolling: ${lines.join('; ')}` : undefined;
}

/** Whether part of the screen's content may be out of sight: a scroller not known to show all of it. */
export function mayHideContent(screen: Screen): boolean {
  return scrollPositions(screen).some((p) => p.where !== 'end reached');
}
