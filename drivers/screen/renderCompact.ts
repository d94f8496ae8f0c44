/**
 * The compact text models read: a summary line, then per window a header and
 * one line per element that matters (what can be acted on, and text that
 * carries information and is not already part of a tappable's label).
 * Under a character budget the least important lines go first, and the text
 * says how many were dropped.
 *
 *   screen 1080x2400 rotation=0 foreground=com.android.settings
 *   [w0] app com.android.settings
 *   [e4] button "Navigate up"
 *   [e9] switch "Wi-Fi" (checked)
 */
import { labelText } from './labelText.ts';
import { fieldValue } from './queries.ts';
import { staticLabel } from './signature.ts';
import type { Screen, ScreenWindow, UiElement } from './types.ts';

export interface RenderCompactOptions {
  /** Maximum characters of the whole text (default 6000). */
  budgetChars?: number;
  /** Longest value (label, hint, description) shown before it is cut with an ellipsis (default LABEL_LIMIT, 400). */
  maxLabelChars?: number;
  /** List keyboard keys one by one instead of one summary line (default false). */
  keyboardKeys?: boolean;
}

const DEFAULT_BUDGET = 6000;

interface Line {
  text: string;
  /** Higher survives a tight budget longer. */
  importance: number;
  /** Header lines are never dropped. */
  pinned: boolean;
}

/**
 * Longest value shown whole (default of `maxLabelChars`): a post, an address,
 * a fee schedule fits; only essays are cut. Values are what a model must check
 * ("Registration fee: $65 for the marathon, $45 for the half"), so the limit is
 * generous and the compact text stays small because few labels are long.
 */
export const LABEL_LIMIT = 400;

/** A quoted value, cut at a word boundary (when one is near) with `…` past `max` characters. */
function quote(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return JSON.stringify(flat);
  const room = flat.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return JSON.stringify(`${space >= max * 0.8 ? room.slice(0, space) : room}…`);
}

/** Lower case words only: "Home." and "home" say the same. */
function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `extra` says something none of `said` already says. */
function adds(extra: string, ...said: string[]): boolean {
  const w = words(extra);
  return w !== '' && !said.some((s) => words(s).includes(w));
}

function isTappable(e: UiElement): boolean {
  return e.flags.clickable || e.flags.longClickable || e.role === 'input';
}

function states(e: UiElement): string[] {
  const out: string[] = [];
  if (e.flags.checkable) out.push(e.flags.checked ? 'checked' : 'unchecked');
  if (e.flags.selected) out.push('selected');
  if (e.flags.focused) out.push('focused');
  if (e.flags.password) out.push('password');
  if (!e.flags.enabled && (isTappable(e) || e.flags.scrollable)) out.push('disabled');
  if (e.flags.scrollable && e.role !== 'scroll' && e.role !== 'list') out.push('scrollable');
  return out;
}

function shortId(resourceId: string): string {
  const slash = resourceId.lastIndexOf('/');
  return slash === -1 ? resourceId : resourceId.slice(slash + 1);
}

/** "60", "106K", "3:17": a label that names no thing. */
function numbersOnly(label: string): boolean {
  const st = staticLabel(label);
  return st !== '<content>' && !/\p{L}/u.test(st.replace(/<[a-z]+>/g, ''));
}

/**
 * `[id] role "label" #id hint="…" desc="…" (states)`. The quoted string of a
 * text field is what it holds (nothing when it shows its hint); `hint=` is
 * what the field asks for. `desc=` is a content-desc that says more than the
 * text it sits beside (a "Follow" button described "Follow New Manhattan").
 */
function elementLine(e: UiElement, max: number): string {
  let s = `[${e.id}] ${e.role}`;
  const desc = labelText(e.contentDesc);
  let shown: string[];
  if (e.role === 'input') {
    // Without a showing-hint flag in the dump, a field whose text is its hint is showing the hint.
    const value = labelText(fieldValue(e));
    // An empty Compose field draws its placeholder as a child text, folded into the label: a hint too.
    const hint = labelText(e.hint) || (value || e.label === desc ? '' : e.label);
    if (value) s += ` ${quote(value, max)}`;
    if (e.resourceId && numbersOnly(e.label)) s += ` #${shortId(e.resourceId)}`;
    if (hint && hint !== value) s += ` hint=${quote(hint, max)}`;
    shown = [value, hint];
  } else {
    if (e.label) s += ` ${quote(e.label, max)}`;
    // A label of only numbers ("60" on a reply button) says little; the id says what the control is.
    if (e.resourceId && numbersOnly(e.label)) s += ` #${shortId(e.resourceId)}`;
    shown = [e.label];
  }
  if (desc && adds(desc, ...shown)) s += ` desc=${quote(desc, max)}`;
  const st = states(e);
  if (st.length > 0) s += ` (${st.join(', ')})`;
  return s;
}

/** Is the element's text already said by an ancestor (folded into a tappable's label, or repeated by a container)? */
function alreadySaid(e: UiElement, byId: Map<string, UiElement>): boolean {
  // Labelled ancestors always get a line of their own, so containment anywhere up the chain means repetition.
  for (let up = e.parent ? byId.get(e.parent) : undefined; up; up = up.parent ? byId.get(up.parent) : undefined) {
    if (up.label.includes(e.label)) return true;
  }
  return false;
}

function insideTappable(e: UiElement, byId: Map<string, UiElement>): boolean {
  for (let up = e.parent ? byId.get(e.parent) : undefined; up; up = up.parent ? byId.get(up.parent) : undefined) {
    if (isTappable(up)) return true;
  }
  return false;
}

/**
 * What survives a tight budget: fields and focus, then navigation (tabs),
 * then labelled controls; controls nested in a bigger control (the like
 * button inside a post), long labels and plain text go earlier; the status
 * and navigation bars first of all.
 */
function importanceOf(e: UiElement, w: ScreenWindow | undefined, byId: Map<string, UiElement>): number {
  let score: number;
  if (e.actionable) {
    if (e.role === 'input' || e.flags.focused) score = 5;
    else if (e.role === 'tab') score = 4.5;
    else if (e.role === 'scroll' || e.role === 'list') score = 2.5;
    else if (!e.label) score = 1.5;
    else score = e.label.length > 80 ? 3 : 4;
    if (score >= 4 && score < 5 && insideTappable(e, byId)) score = 3;
  } else if (e.role === 'tab') {
    score = 4.5; // the current tab is often not clickable, but says where we are
  } else if (isTappable(e)) {
    score = 3; // disabled controls still say what the screen offers
  } else {
    score = e.label.length > 120 ? 1 : 2;
  }
  if (w?.kind === 'dialog' || w?.kind === 'popup') score += 1;
  if (w?.kind === 'status_bar' || w?.kind === 'navigation_bar') score = 0.5;
  return score;
}

export function renderCompact(screen: Screen, options: RenderCompactOptions = {}): string {
  const budget = options.budgetChars ?? DEFAULT_BUDGET;
  const maxLabel = options.maxLabelChars ?? LABEL_LIMIT;
  const byId = new Map<string, UiElement>();
  for (const e of screen.elements) byId.set(e.id, e);
  const windowsById = new Map(screen.windows.map((w) => [w.id, w]));

  const lines: Line[] = [];
  let head = `screen ${screen.width}x${screen.height} rotation=${screen.rotation} foreground=${screen.foregroundPackage || '?'}`;
  if (screen.activity) head += ` activity=${screen.activity}`;
  lines.push({ text: head, importance: Infinity, pinned: true });

  const perWindow = new Map<string, UiElement[]>();
  for (const e of screen.elements) {
    const list = perWindow.get(e.window);
    if (list) list.push(e);
    else perWindow.set(e.window, [e]);
  }
  for (const w of screen.windows) {
    const els = perWindow.get(w.id) ?? [];
    lines.push({ text: `[${w.id}] ${w.kind} ${w.package}`, importance: Infinity, pinned: true });
    if (w.kind === 'keyboard' && !options.keyboardKeys) {
      const keys = els.filter((e) => e.actionable).length;
      lines.push({ text: `(keyboard: ${keys} keys)`, importance: 3, pinned: false });
      continue;
    }
    for (const e of els) {
      const tappable = isTappable(e);
      if (!e.actionable && !tappable) {
        if (!e.label || alreadySaid(e, byId)) continue;
      }
      lines.push({
        text: elementLine(e, maxLabel),
        importance: importanceOf(e, windowsById.get(e.window), byId),
        pinned: false,
      });
    }
  }
  return fitBudget(lines, budget);
}

function fitBudget(lines: Line[], budget: number): string {
  const total = (ls: Line[]): number => ls.reduce((n, l) => n + l.text.length + 1, 0);
  let size = total(lines);
  if (size <= budget) return lines.map((l) => l.text).join('\n');
  // Drop the least important lines first; among equals, those further down the screen.
  const order = lines
    .map((l, i) => ({ l, i }))
    .filter((x) => !x.l.pinned)
    .sort((a, b) => a.l.importance - b.l.importance || b.i - a.i);
  const dropped = new Set<number>();
  const noteLen = 48;
  for (const { l, i } of order) {
    if (size + noteLen <= budget) break;
    dropped.add(i);
    size -= l.text.length + 1;
  }
  const kept = lines.filter((_, i) => !dropped.has(i)).map((l) => l.text);
  kept.push(`(${dropped.size} lower-priority lines dropped to fit ${budget} chars)`);
  return kept.join('\n');
}
