/**
 * Tab strips found by structure. Many apps build their tabs from plain
 * layouts (a horizontal scroller of LinearLayouts, an obfuscated
 * `ActionBar$b`, a bottom bar of TextViews) that no class or id names as
 * tabs, so the page shown is told only by which cell is `selected`. A strip
 * is a row of two or more tappable cells, each with a short static caption,
 * at least one selected, none checkable; a row that repeats beside rows of
 * its own shape is a grid (a month of days), not a strip.
 */
import type { UiElement } from '../../drivers/screen/types.ts';
import { type ScreenTree, descendants } from './screenTree.ts';
import { staticLabel } from './staticText.ts';

export interface TabCell {
  /** Static caption of the tab (its name before a badge). */
  label: string;
  selected: boolean;
}

/** Tab descriptions carry badges after the name ("Home. New items", "Chats, 3 unread"): keep the name. */
export function tabName(text: string): string {
  return staticLabel(text.split(/[.,;]\s/)[0]!);
}

const NOT_A_CELL_CLASS = /ImageButton|ActionMenuItemView|EditText|Switch|CheckBox|RadioButton/;
const MAX_CAPTION_WORDS = 4;

/** The caption a cell shows: its own text or description, else the first one below it. */
function caption(tree: ScreenTree, e: UiElement): string {
  if (e.text || e.contentDesc) return e.text || e.contentDesc;
  for (const d of descendants(tree, e)) if (d.text || d.contentDesc) return d.text || d.contentDesc;
  return '';
}

function isSelected(tree: ScreenTree, e: UiElement): boolean {
  return e.flags.selected || descendants(tree, e).some((d) => d.flags.selected);
}

function cellOf(tree: ScreenTree, e: UiElement): TabCell | null {
  if (NOT_A_CELL_CLASS.test(e.className) || e.flags.checkable || e.role === 'input') return null;
  const selected = isSelected(tree, e);
  if (!e.flags.clickable && !e.flags.longClickable && !selected) return null;
  const words = caption(tree, e).split(/[.,;]\s/)[0]!;
  // A tab names a page; a cell that shows a value ("Driving 12 min", "$5") is an option of one page.
  if (/\d/.test(words)) return null;
  const label = tabName(words);
  if (!label || label.split(' ').length > MAX_CAPTION_WORDS) return null;
  return { label, selected };
}

/** Cells side by side on one line, left to right, not overlapping. */
function oneRow(cells: UiElement[]): boolean {
  const first = cells[0]!.bounds;
  for (let i = 0; i < cells.length; i++) {
    const b = cells[i]!.bounds;
    if (Math.abs(b.top - first.top) > 12 || Math.abs(b.bottom - first.bottom) > 12) return false;
    if (i > 0 && b.left < cells[i - 1]!.bounds.right - 4) return false;
  }
  return true;
}

/** Element id of each cell of every structural tab strip on the screen, with its caption and selection. */
export function findTabStrips(tree: ScreenTree): Map<string, TabCell> {
  const cells = new Map<string, TabCell>();
  for (const [parentId, kids] of tree.children) {
    if (kids.length < 2 || !oneRow(kids)) continue;
    const found = kids.map((k) => cellOf(tree, k));
    if (found.some((c) => c === null) || !found.some((c) => c!.selected)) continue;
    // A row beside rows of its own shape is a line of a grid (a calendar week), not a strip.
    const parent = tree.byId.get(parentId)!;
    const siblings = parent.parent ? (tree.children.get(parent.parent) ?? []) : [];
    const shape = tree.shape.get(parentId);
    if (siblings.filter((s) => tree.shape.get(s.id) === shape).length > 1) continue;
    kids.forEach((k, i) => cells.set(k.id, found[i]!));
  }
  return cells;
}
