/**
 * The title of one layer of a screen (the app, or a dialog/pop-up over it):
 * 1. the first static text of the first toolbar that has one (a tappable
 *    text in a bar is a control, not the title);
 * 2. else the topmost text whose id names a title (`title`, `alertTitle`,
 *    `toolbar_title`, `dialog_title_textview`, but not `subtitle`);
 * 3. else the tallest static, digit-free text in the top 35% of the layer
 *    (measured inside the layer: a dialog's title is near the dialog's top,
 *    not the screen's), not a button's caption nor a dialog's message.
 * Also says whether the title names what is shown rather than the screen: a
 * toolbar that shows the title beside an avatar or over a live subtitle (a
 * number, "online", a time) is a person's or a place's page.
 */
import type { Bounds, UiElement } from '../../drivers/screen/types.ts';
import { shortResourceId } from './elementSignature.ts';
import { isToolbar } from './layoutRules.ts';
import { type ScreenTree, ancestors, descendants } from './screenTree.ts';
import { isDynamicText, staticLabel } from './staticText.ts';

export interface FoundTitle {
  text: string;
  /** The title names the content shown (a contact, a place), not the screen. */
  content: boolean;
}

const HEADING_ID = /(?:^|[_:])(?:headline|header_title|page_title|screen_title)$/i;

/** An id that names a title: a `title` word in it (dialog_title_textview, alertTitle), not a subtitle. */
export function isTitleId(rid: string): boolean {
  if (!rid) return false;
  if (HEADING_ID.test(rid)) return true;
  const words = rid
    .replace(/^android:/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\W]+/);
  return words.includes('title');
}

const AVATAR = /avatar|photo|picture|profile|contact_?(?:image|icon|badge)/i;
const LIVE_STATUS = /\b(?:online|offline|typing|last seen|active|away)\b/i;

/** A toolbar whose title is an entity's name: it shows the entity's picture, or a live subtitle under the title. */
function namesContent(tree: ScreenTree, bar: UiElement, title: UiElement): boolean {
  for (const d of descendants(tree, bar)) {
    if (d === title) continue;
    const rid = shortResourceId(d.resourceId);
    if ((d.role === 'image' || d.role === 'button') && (AVATAR.test(rid) || AVATAR.test(d.contentDesc))) return true;
    const below = d.bounds.top >= title.bounds.bottom - 4 && d.bounds.left < title.bounds.right;
    if (d.text && below && (isDynamicText(d.text) || LIVE_STATUS.test(d.text))) return true;
  }
  return false;
}

/** A dialog's message (`android:id/message`, `dialog_message`...): its body, not its title. */
function isMessageId(e: UiElement): boolean {
  return /(?:^|[_:])message$/i.test(shortResourceId(e.resourceId));
}

function firstStaticText(tree: ScreenTree, root: UiElement, contentIds: Set<string>): UiElement | undefined {
  const stack = [...(tree.children.get(root.id) ?? [])].reverse();
  while (stack.length > 0) {
    const e = stack.pop()!;
    // A tappable text in a bar is a control (a search pill, a spinner), not the bar's title.
    if (contentIds.has(e.id) || e.actionable) continue;
    if (e.text && e.role !== 'input' && staticLabel(e.text)) return e;
    const kids = tree.children.get(e.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return undefined;
}

/** Union of the bounds of what the layer shows (texts and controls): the dialog itself, not its scrim. */
function extentOf(layer: UiElement[]): Bounds | null {
  let out: Bounds | null = null;
  for (const e of layer) {
    if (!e.text && !e.actionable) continue;
    const b = e.bounds;
    out = out
      ? {
          left: Math.min(out.left, b.left),
          top: Math.min(out.top, b.top),
          right: Math.max(out.right, b.right),
          bottom: Math.max(out.bottom, b.bottom),
        }
      : { ...b };
  }
  return out;
}

export function findTitle(
  tree: ScreenTree,
  layer: UiElement[],
  contentIds: Set<string>,
  options: { wholeScreen: boolean },
): FoundTitle | undefined {
  const screenHeight = tree.screen.height;
  // 1. The first static text inside the first toolbar that has one.
  for (const e of layer) {
    if (!isToolbar(e, screenHeight)) continue;
    const found = firstStaticText(tree, e, contentIds);
    if (found) return { text: staticLabel(found.text), content: namesContent(tree, e, found) };
  }
  // 2. A title id, topmost first.
  let best: UiElement | undefined;
  for (const e of layer) {
    if (e.text && e.role !== 'input' && isTitleId(shortResourceId(e.resourceId)) && staticLabel(e.text)) {
      if (!best || e.bounds.top < best.bounds.top) best = e;
    }
  }
  if (best) return { text: staticLabel(best.text), content: false };
  // 3. The tallest static text in the top third of the layer, topmost on ties; not a button's caption.
  const extent = options.wholeScreen ? { top: 0, bottom: screenHeight } : extentOf(layer);
  if (!extent) return undefined;
  const limit = screenHeight > 0 ? extent.top + (extent.bottom - extent.top) * 0.35 : Infinity;
  const insideActionable = (e: UiElement): boolean => {
    for (const p of ancestors(tree, e)) if (p.actionable && !p.flags.scrollable) return true;
    return false;
  };
  let tallest: UiElement | undefined;
  let tallestHeight = 0;
  for (const e of layer) {
    if (!e.text || e.actionable || e.role === 'input' || e.bounds.top >= limit) continue;
    // A line with a count in it ("3 results for …") is a status line, not a title; a dialog's message is its body.
    if (!staticLabel(e.text) || /\d/.test(e.text) || insideActionable(e) || isMessageId(e)) continue;
    const h = e.bounds.bottom - e.bounds.top;
    if (h > tallestHeight || (h === tallestHeight && tallest && e.bounds.top < tallest.bounds.top)) {
      tallest = e;
      tallestHeight = h;
    }
  }
  return tallest ? { text: staticLabel(tallest.text), content: false } : undefined;
}
