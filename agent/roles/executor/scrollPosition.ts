/**
 * Is there more to see in a scrolling list? Page source carries no scroll
 * offset, but it shows where a list's visible rows end: rows are reported
 * with their visible bounds, so a row cut by the list's edge is shorter than
 * its siblings and ends on the edge. Read per vertical scroller of the app's
 * windows (its rows: the first level below it with two or more elements):
 * - more below: the last row reaches the bottom edge;
 * - end reached: the last row ends above the bottom edge (space left over);
 * - more above: the first row is cut at the top edge (shorter than the rows'
 *   median height); a first row of full height on the edge says nothing
 *   (a list at rest starts there too).
 * Horizontal scrollers (tab strips, carousels) are not read.
 */
import type { Screen, UiElement } from '../../../drivers/screen/types.ts';

/** Pixels of slack when comparing a row's edge with its list's edge. */
const EDGE = 2;
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

/** What the list shows of its content, or undefined when the rows say nothing. */
function positionOf(list: UiElement, rows: UiElement[]): string | undefined {
  const sorted = [...rows].sort((a, b) => a.bounds.top - b.bounds.top);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const typical = median(sorted.map(height));
  const said: string[] = [];
  if (first.bounds.top <= list.bounds.top + EDGE && height(first) < typical * 0.9) said.push('more above');
  said.push(last.bounds.bottom >= list.bounds.bottom - EDGE ? 'more below' : 'end reached');
  return said.join(', ');
}

/** One line per vertical scroller ("Scrolling: [e5] list: more below"), or undefined without any. */
export function scrollPosition(screen: Screen): string | undefined {
  const windows = new Set(screen.windows.filter((w) => CONTENT_WINDOWS.has(w.kind)).map((w) => w.id));
  const children = new Map<string, UiElement[]>();
  for (const e of screen.elements) {
    if (e.parent === null) continue;
    const list = children.get(e.parent);
    if (list) list.push(e);
    else children.set(e.parent, [e]);
  }
  const lines: string[] = [];
  for (const e of screen.elements) {
    if (!e.flags.scrollable || !windows.has(e.window)) continue;
    const rows = rowsOf(e, children);
    if (rows.length < 2 || !stackedVertically(rows)) continue;
    const where = positionOf(e, rows);
    if (where) lines.push(`[${e.id}] ${e.role}: ${where}`);
  }
  return lines.length > 0 ? `Scrolling: ${lines.join('; ')}` : undefined;
}
