/**
 * Mis-taps: the finger (or the model's grounding) hit something other than
 * what the action meant. Read from the screens alone, so both ablation arms
 * have them: the stated intent names another element than the one acted on;
 * a launcher tap opened the app of a neighbouring icon; a switch tap flipped
 * another switch; a tap reached a screen titled after a neighbour.
 */
import { isLauncherPackage } from '../../../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../../../drivers/screen/types.ts';
import { sameWord, tokens } from '../../../offline/words.ts';
import { namesApp } from './openedApp.ts';
import { identityOf, inside, targetOf } from './screenFacts.ts';
import { fail, success, type VerifyRule } from './VerifyRule.ts';

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
/** What an element is called: its label, text and description, and for a field its hint (what the field is for). */
const names = (e: UiElement) => [e.label, e.text, e.contentDesc, ...(e.role === 'input' ? [e.hint] : [])].map(norm);

/** Whether the element, or something drawn inside it (a row's title), carries exactly this label. */
function carriesLabel(screen: Screen, element: UiElement, label: string): boolean {
  if (names(element).includes(label)) return true;
  return screen.elements.some((e) => e.window === element.window && inside(element, e) && names(e).includes(label));
}

/**
 * Stated intent vs the element acted on: the precondition names one label,
 * another control carries exactly that label, and the element acted on does
 * not: the model meant one thing and pointed at another.
 */
export const misGrounded: VerifyRule = {
  id: 'mis-grounded',
  readsFsm: false,
  decide: (input) => {
    const target = targetOf(input);
    const visible = input.action.precondition?.visible;
    if (!target || !visible || visible.length !== 1) return undefined;
    const label = norm(visible[0]!);
    const screen = input.before.screen;
    if (!label || carriesLabel(screen, target, label)) return undefined;
    // Another control: a plain text that shows the label (a time on a form, a heading) is something the model
    // saw, not something it meant to tap.
    const control = (e: UiElement): boolean =>
      e.actionable ||
      screen.elements.some(
        (c) =>
          c.actionable &&
          !c.flags.scrollable &&
          c.role !== 'list' &&
          c.role !== 'scroll' &&
          c.id !== target.id &&
          c.window === e.window &&
          inside(c, e),
      );
    const meant = screen.elements.find((e) => e.id !== target.id && names(e).includes(label) && control(e));
    if (!meant) return undefined;
    return fail(
      'mis-grounded',
      `mis-grounded: the action names "${visible[0]}" but acted on "${target.label || target.id}"`,
      'mistap',
    );
  },
};

/** A launcher icon tapped, another app opened: the package names a neighbouring icon, not the one aimed at. */
export const launcherNeighbour: VerifyRule = {
  id: 'launcher-neighbour',
  readsFsm: false,
  decide: (input) => {
    const target = targetOf(input);
    const before = input.before.screen;
    const after = input.after.screen;
    if (
      !target ||
      !isLauncherPackage(before.foregroundPackage) ||
      isLauncherPackage(after.foregroundPackage) ||
      !isLauncherPackage(target.package)
    )
      return undefined;
    const pkg = after.foregroundPackage;
    const known = input.apps?.packageOf(target.label);
    if (known === pkg || (!known && namesApp(target.label, pkg, after.activity))) return undefined;
    const owner = input.apps?.labelOf(pkg);
    const other =
      owner ??
      before.elements.find(
        (e) =>
          e.actionable &&
          e.id !== target.id &&
          isLauncherPackage(e.package) &&
          e.label &&
          namesApp(e.label, pkg, after.activity),
      )?.label;
    if (!other && !known) return undefined;
    return fail(
      'launcher-neighbour',
      `mis-tap: aimed at "${target.label}" but ${pkg} opened${other ? `, the app of "${other}"` : ''}`,
      'mistap',
    );
  },
};

/** The checkable an element stands for: itself, or the one switch inside its row. */
function checkableOf(screen: Screen, element: UiElement): UiElement | undefined {
  if (element.flags.checkable) return element;
  const hits = screen.elements.filter((e) => e.flags.checkable && e.window === element.window && inside(element, e));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The label of the row holding a switch (switches rarely have their own). */
export function rowLabel(screen: Screen, checkable: UiElement): string {
  if (checkable.label) return checkable.label;
  const row = screen.elements
    .filter((e) => e.actionable && e.id !== checkable.id && e.label && inside(e, checkable))
    .sort((x, y) => x.bounds.bottom - x.bounds.top - (y.bounds.bottom - y.bounds.top))[0];
  return row?.label ?? 'a switch';
}

/** Same widget across two observations: class, id and place (labels of switch rows change with their state). */
function sameWidget(a: UiElement, b: UiElement): boolean {
  return (
    a.className === b.className &&
    a.resourceId === b.resourceId &&
    Math.abs(a.bounds.top - b.bounds.top) < 4 &&
    Math.abs(a.bounds.left - b.bounds.left) < 4 &&
    Math.abs(a.bounds.bottom - b.bounds.bottom) < 4
  );
}

function overlaps(a: UiElement, b: UiElement): boolean {
  const x = a.bounds;
  const y = b.bounds;
  return x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom;
}

/** A switch tap: the aimed switch flipped (success) or another one did (a mis-tap, flipped back by recovery). */
export const switchFlip: VerifyRule = {
  id: 'switch-flip',
  readsFsm: false,
  decide: (input) => {
    const target = targetOf(input);
    const { before, after } = { before: input.before.screen, after: input.after.screen };
    if (!target || (input.action.type !== 'tap' && input.action.type !== 'long_press')) return undefined;
    const aimed = checkableOf(before, target);
    if (!aimed || after.foregroundPackage !== before.foregroundPackage) return undefined;
    const flipped = before.elements
      .filter((e) => e.flags.checkable)
      .map((b) => ({ b, a: after.elements.find((x) => x.flags.checkable && sameWidget(x, b)) }))
      .filter((p) => p.a && p.a.flags.checked !== p.b.flags.checked);
    // The row and the switch inside it flip together: both count as the aimed one.
    const aimedFlipped = flipped.find((p) => overlaps(p.b, target));
    const other = flipped.find((p) => !overlaps(p.b, target));
    if (!aimedFlipped && other)
      return fail(
        'switch-flip',
        `mis-tap: "${rowLabel(before, other.b)}" switched instead of "${target.label}"`,
        'mistap',
        { flipped: other.b.id },
      );
    if (aimedFlipped) {
      // A toggle whose label follows its state ("Not starred" -> "Starred") is named by what it reads now.
      const reads = aimedFlipped.a?.label && aimedFlipped.a.label !== target.label ? aimedFlipped.a.label : undefined;
      const state = aimed.flags.checked ? 'off' : 'on';
      return success(
        'switch-flip',
        reads ? `"${target.label}" now reads "${reads}" (${state})` : `"${target.label}" is now ${state}`,
      );
    }
    return undefined;
  },
};

const FILLER = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'with', 'by', 'my', 'your']);

/** The words of a label that name something (filler words left out). */
function labelWords(label: string): string[] {
  return tokens(label).filter((w) => !FILLER.has(w) && /\p{L}/u.test(w));
}

/** Toolbar buttons whose destination is never named after them. */
const NAVIGATION_LABEL = /^(navigate up|back|up|more options|menu|open navigation drawer|close|done|ok|cancel|save)$/i;

/**
 * The new screen names what was tapped as its content (a product page titled
 * with its category still shows the product's name as a heading): then the
 * tap reached its target, whatever the toolbar title says.
 */
function showsWhatWasTapped(before: Screen, target: UiElement, after: Screen): boolean {
  const own = [
    target.text,
    target.contentDesc,
    ...target.label.split(', '),
    ...before.elements.filter((e) => inside(target, e)).map((e) => e.text),
  ]
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length >= 3 && /\p{L}/u.test(t));
  if (own.length === 0) return false;
  const byId = new Map(after.elements.map((e) => [e.id, e]));
  const inRow = (e: UiElement): boolean => {
    for (let p = e.parent ? byId.get(e.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined)
      if (p.actionable && !p.flags.scrollable) return true;
    return false;
  };
  return after.elements.some((e) => !e.actionable && own.includes(e.text.trim().toLowerCase()) && !inRow(e));
}

/** A new screen (or dialog) titled after a neighbouring element rather than the one tapped: the tap landed next door. */
export const neighbourTitle: VerifyRule = {
  id: 'neighbour-title',
  readsFsm: false,
  decide: (input) => {
    const target = targetOf(input);
    if (!target || (input.action.type !== 'tap' && input.action.type !== 'long_press')) return undefined;
    if (NAVIGATION_LABEL.test(target.label)) return undefined;
    const was = identityOf(input.before);
    const now = identityOf(input.after);
    // A dialog that came up is named by its own title (a share sheet "Share" after a tap on "Pin").
    const newDialog = now.dialogTitle !== undefined && now.dialogTitle !== '' && now.dialogTitle !== was.dialogTitle;
    if (!newDialog && (was.key === now.key || !now.title)) return undefined;
    const title = newDialog ? now.dialogTitle! : now.title;
    // Titles and buttons are often verbs ("Share", "Delete"): every word counts here, not only nouns.
    const mine = labelWords(target.label);
    const titleWords = labelWords(title);
    if (titleWords.length === 0 || mine.length === 0 || titleWords.some((t) => mine.some((m) => sameWord(m, t))))
      return undefined;
    const before = input.before.screen;
    const neighbour = before.elements.find(
      // The title must name the neighbour, not merely occur inside a long row; a row whose first line
      // is the title ("Sound & vibration, Volume, haptics") names it too.
      (e) =>
        e.actionable &&
        e.id !== target.id &&
        labelWords(e.label).length > 0 &&
        (e.label.split(', ')[0]!.trim().toLowerCase() === title.trim().toLowerCase() ||
          (labelWords(e.label).length <= titleWords.length + 2 &&
            titleWords.every((t) => tokens(e.label).some((w) => sameWord(w, t))))),
    );
    if (!neighbour || was.title.toLowerCase().includes(title.toLowerCase())) return undefined;
    if (showsWhatWasTapped(before, target, input.after.screen)) return undefined;
    return fail(
      'neighbour-title',
      `mis-tap: aimed at "${target.label}" but reached "${title}", the screen of "${neighbour.label}"`,
      'mistap',
    );
  },
};
