/**
 * The deterministic part of verification (design step 6), in order:
 * an action that could not be carried out fails; an interruption that was not
 * there before (crash, pop-up, no connection, spinner) fails; leaving the app
 * for the launcher by a tap fails; a screen that looks the same is NoChange;
 * with the FSM, a prediction that did not come true fails and one that did
 * succeeds; a tap on a switch that flipped another switch, or that reached
 * the screen of a neighbouring element, is a mis-tap; an expected
 * post-condition is checked against labels (not holding: fail), and an
 * action whose precondition names one element but acts on another is
 * mis-grounded. Without the FSM only the first four checks run (a plain
 * act-observe loop). `undecided` is kept in the type for the model verifier.
 */
import { isLauncherPackage } from '../../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../../drivers/screen/types.ts';
import { contentWords, sameWord, tokens } from '../../offline/words.ts';
import type { FailureCause, VerifyInput, VerifyOutcome } from '../types.ts';
import { findInterruption } from './interruptions.ts';

export type DeterministicOutcome =
  VerifyOutcome | { verdict: 'undecided'; reason: string; by: 'rules'; predicted?: boolean };

function fail(reason: string, cause: FailureCause, extra: Partial<VerifyOutcome> = {}): VerifyOutcome {
  return { verdict: 'fail', reason, cause, by: 'rules', ...extra };
}

function targetOf(input: VerifyInput): UiElement | undefined {
  const id = 'element' in input.action ? (input.action as { element?: string }).element : undefined;
  return id ? input.before.screen.elements.find((e) => e.id === id) : undefined;
}

/** The checkable an element stands for: itself, or the switch inside its row (a descendant, found by bounds). */
function checkableOf(screen: Screen, element: UiElement): UiElement | undefined {
  if (element.flags.checkable) return element;
  const b = element.bounds;
  const inside = screen.elements.filter(
    (e) =>
      e.flags.checkable &&
      e.window === element.window &&
      e.bounds.left >= b.left &&
      e.bounds.right <= b.right &&
      e.bounds.top >= b.top &&
      e.bounds.bottom <= b.bottom,
  );
  return inside.length === 1 ? inside[0] : undefined;
}

/** The label of the row holding a switch (switches rarely have their own). */
function rowLabel(screen: Screen, checkable: UiElement): string {
  if (checkable.label) return checkable.label;
  const b = checkable.bounds;
  const row = screen.elements
    .filter(
      (e) =>
        e.actionable &&
        e.id !== checkable.id &&
        e.label &&
        e.bounds.top <= b.top &&
        e.bounds.bottom >= b.bottom &&
        e.bounds.left <= b.left &&
        e.bounds.right >= b.right,
    )
    .sort((x, y) => x.bounds.bottom - x.bounds.top - (y.bounds.bottom - y.bounds.top))[0];
  return row?.label ?? 'a switch';
}

/** Same widget across two observations: class, id and place (labels of switch rows change with their state). */
function sameElement(a: UiElement, b: UiElement): boolean {
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

function labelsOf(screen: Screen): string[] {
  return screen.elements.map((e) => `${e.label} ${e.text} ${e.contentDesc}`.toLowerCase());
}

function conditionHolds(
  screen: Screen,
  visible: string[] = [],
  absent: string[] = [],
): { ok: boolean; missing: string[]; present: string[] } {
  const labels = labelsOf(screen);
  const has = (s: string) => labels.some((l) => l.includes(s.toLowerCase()));
  const missing = visible.filter((v) => !has(v));
  const present = absent.filter((a) => has(a));
  return { ok: missing.length === 0 && present.length === 0, missing, present };
}

const LEAVES_APP = new Set(['home', 'back', 'open_app', 'switch_app', 'finish']);
/** Package names usually carry the app's name: "com.google.android.apps.maps" is Maps. */
function packageNames(label: string, pkg: string): boolean {
  const segments = pkg.toLowerCase().split('.');
  return contentWords(label).some(
    (w) =>
      w.length >= 3 &&
      segments.some((s) => s.startsWith(w.slice(0, 5)) || (w.startsWith(s.slice(0, 5)) && s.length >= 4)),
  );
}

/**
 * A launcher icon tapped, another app opened: when the package that came up
 * names a neighbouring icon and not the one aimed at, the tap landed next door.
 */
function launcherNeighbour(before: Screen, after: Screen, target: UiElement): string | undefined {
  if (
    !isLauncherPackage(before.foregroundPackage) ||
    isLauncherPackage(after.foregroundPackage) ||
    !isLauncherPackage(target.package)
  )
    return undefined;
  const pkg = after.foregroundPackage;
  if (packageNames(target.label, pkg)) return undefined;
  const other = before.elements.find(
    (e) => e.actionable && e.id !== target.id && isLauncherPackage(e.package) && e.label && packageNames(e.label, pkg),
  );
  return other?.label;
}

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether the element, or something drawn inside it (a row's title), carries exactly this label. */
function carriesLabel(screen: Screen, element: UiElement, label: string): boolean {
  const names = (e: UiElement) => [e.label, e.text, e.contentDesc].map(norm);
  if (names(element).includes(label)) return true;
  const b = element.bounds;
  return screen.elements.some(
    (e) =>
      e.window === element.window &&
      e.bounds.left >= b.left &&
      e.bounds.right <= b.right &&
      e.bounds.top >= b.top &&
      e.bounds.bottom <= b.bottom &&
      names(e).includes(label),
  );
}

/**
 * Stated intent vs the element acted on: the action's precondition names one
 * label (the element it means, as the action schema asks), another control on
 * the screen carries exactly that label, and the element acted on does not —
 * the model meant one thing and pointed at another (a grounding error).
 */
function groundingMismatch(input: VerifyInput, target: UiElement): string | undefined {
  const visible = input.action.precondition?.visible;
  if (!visible || visible.length !== 1) return undefined;
  const label = norm(visible[0]!);
  const screen = input.before.screen;
  if (!label || carriesLabel(screen, target, label)) return undefined;
  const meant = screen.elements.find(
    (e) => e.id !== target.id && [e.label, e.text, e.contentDesc].map(norm).includes(label),
  );
  if (!meant) return undefined;
  return `mis-grounded: the action names "${visible[0]}" but acted on "${target.label || target.id}"`;
}

/** Toolbar buttons whose destination is never named after them. */
const NAVIGATION_LABEL = /^(navigate up|back|up|more options|menu|open navigation drawer|close|done|ok|cancel|save)$/i;
const NO_SCREEN_EFFECT = new Set(['wait', 'copy', 'finish']);

export function deterministicVerdict(input: VerifyInput, options: { fsm: boolean }): DeterministicOutcome {
  const { action, before, after } = input;
  if (input.error) return fail(`the action could not be carried out: ${input.error.message}`, 'error');

  const was = findInterruption(before.screen);
  const now = findInterruption(after.screen);
  if (now && (!was || was.kind !== now.kind || was.title !== now.title)) {
    const cause: FailureCause = now.kind === 'popup' ? 'popup' : now.kind;
    return fail(
      `${now.kind === 'loading' ? 'the screen is still loading' : `an interruption appeared: "${now.title}"`}`,
      cause,
    );
  }

  const leftToLauncher =
    isLauncherPackage(after.screen.foregroundPackage) && !isLauncherPackage(before.screen.foregroundPackage);
  if (leftToLauncher && !LEAVES_APP.has(action.type))
    return fail(`the app closed: ${action.type} landed on the launcher`, 'launcher');

  if (NO_SCREEN_EFFECT.has(action.type))
    return { verdict: 'success', reason: `${action.type} needs no visible change`, by: 'rules' };
  if (after.fingerprint === before.fingerprint)
    return { verdict: 'no_change', reason: 'the screen did not change', by: 'rules' };

  let predicted: boolean | undefined;
  if (options.fsm && input.fsm) {
    const observed = input.fsm.after;
    // Only a prediction that has come true more often than it failed counts (netCount is taken before observing).
    if (observed.prediction && (input.fsm.netCount ?? 1) >= 1) {
      predicted = !observed.unexpected;
      if (observed.unexpected) {
        return fail(
          `the FSM expected state ${observed.prediction.target} (seen ${observed.prediction.transition.count}x) but reached ${observed.key} "${observed.state.name}"`,
          'unexpected_state',
          { predicted: false },
        );
      }
    }
  }

  if (predicted === true) return { verdict: 'success', reason: 'the FSM predicted this state', by: 'rules', predicted };

  // Without the FSM the agent is a plain act-observe loop: what is left (mis-tap rules, stated intent and
  // post-conditions) is the verification the ablation switches off, as is the rollback that acts on it.
  if (!options.fsm)
    return { verdict: 'success', reason: 'the screen changed (no verification without the FSM)', by: 'rules' };

  const target = targetOf(input);
  const misgrounded = target ? groundingMismatch(input, target) : undefined;
  if (misgrounded) return fail(misgrounded, 'mistap');
  const launcherMistap = target ? launcherNeighbour(before.screen, after.screen, target) : undefined;
  if (launcherMistap)
    return fail(
      `mis-tap: aimed at "${target!.label}" but ${after.screen.foregroundPackage} opened, the app of "${launcherMistap}"`,
      'mistap',
    );
  if (target && (action.type === 'tap' || action.type === 'long_press')) {
    // Switches: the aimed one must flip; another one flipping is a mis-tap.
    const aimed = checkableOf(before.screen, target);
    if (aimed && after.screen.foregroundPackage === before.screen.foregroundPackage) {
      const flippedPairs = before.screen.elements
        .filter((e) => e.flags.checkable)
        .map((b) => ({ b, a: after.screen.elements.find((x) => x.flags.checkable && sameElement(x, b)) }))
        .filter((p) => p.a && p.a.flags.checked !== p.b.flags.checked);
      // The row and the switch inside it flip together: both count as the aimed one.
      const aimedFlipped = flippedPairs.some((p) => overlaps(p.b, target));
      const other = flippedPairs.find((p) => !overlaps(p.b, target));
      if (!aimedFlipped && other) {
        const label = rowLabel(before.screen, other.b);
        return fail(`mis-tap: "${label}" switched instead of "${target.label}"`, 'mistap', { flipped: other.b.id });
      }
      if (aimedFlipped)
        return {
          verdict: 'success',
          reason: `"${target.label}" is now ${aimed.flags.checked ? 'off' : 'on'}`,
          by: 'rules',
          ...(predicted !== undefined ? { predicted } : {}),
        };
    }
    // A new screen titled after a neighbour, not after what was tapped: the tap landed next door.
    if (
      options.fsm &&
      input.fsm?.before &&
      input.fsm.after.key !== input.fsm.before.key &&
      !NAVIGATION_LABEL.test(target.label)
    ) {
      const title = input.fsm.after.analysis.title;
      const mine = contentWords(target.label);
      const titleWords = title ? contentWords(title) : [];
      if (titleWords.length > 0 && mine.length > 0 && !titleWords.some((t) => mine.some((m) => sameWord(m, t)))) {
        const neighbour = before.screen.elements.find(
          // The title must name the neighbour, not merely occur inside a long row (a conversation preview
          // "Unread conversation … new …" is not the "New conversation" screen's neighbour).
          // A row whose first line is the title (a settings row "Sound & vibration, Volume, haptics") names it too.
          (e) =>
            e.actionable &&
            e.id !== target.id &&
            contentWords(e.label).length > 0 &&
            (e.label.split(', ')[0]!.trim().toLowerCase() === title!.trim().toLowerCase() ||
              (contentWords(e.label).length <= titleWords.length + 2 &&
                titleWords.every((t) => tokens(e.label).some((w) => sameWord(w, t))))),
        );
        if (
          neighbour &&
          !input.fsm.before.analysis.title?.toLowerCase().includes(title!.toLowerCase()) &&
          !showsWhatWasTapped(before.screen, target, after.screen)
        ) {
          return fail(
            `mis-tap: aimed at "${target.label}" but reached "${title}", the screen of "${neighbour.label}"`,
            'mistap',
          );
        }
      }
    }
  }

  const expected = action.expected;
  if (expected && (expected.visible?.length || expected.absent?.length)) {
    const check = conditionHolds(after.screen, expected.visible, expected.absent);
    if (check.ok)
      return {
        verdict: 'success',
        reason: 'the expected post-condition holds',
        by: 'rules',
        ...(predicted !== undefined ? { predicted } : {}),
      };
    // The action's own stated outcome did not come true: that is a failed step, whoever stated it.
    return fail(
      `the expected post-condition does not hold: expected ${check.missing.length ? `to see ${check.missing.map((m) => `"${m}"`).join(', ')}` : ''}${check.present.length ? ` not to see ${check.present.map((m) => `"${m}"`).join(', ')}` : ''}`.trim(),
      'expectation',
    );
  }
  return {
    verdict: 'success',
    reason: 'the screen changed and nothing contradicts the action',
    by: 'rules',
    ...(predicted !== undefined ? { predicted } : {}),
  };
}

/**
 * The new screen names what was tapped as its content (a product page titled
 * with its category still shows the product's name as a heading): then the
 * tap reached its target, whatever the toolbar title says. A list that merely
 * has a row with that name (the category's results) does not count.
 */
function showsWhatWasTapped(before: Screen, target: UiElement, after: Screen): boolean {
  // A row's label is its texts folded together ("Catan, $44.99, 4.7 ★"): each piece is something it shows.
  const inside = (e: UiElement) =>
    e.bounds.left >= target.bounds.left &&
    e.bounds.right <= target.bounds.right &&
    e.bounds.top >= target.bounds.top &&
    e.bounds.bottom <= target.bounds.bottom;
  const own = [
    target.text,
    target.contentDesc,
    ...target.label.split(', '),
    ...before.elements.filter(inside).map((e) => e.text),
  ]
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length >= 3 && /\p{L}/u.test(t));
  if (own.length === 0) return false;
  // Shown as content of the page (a heading), not as one more row of a list that merely contains it.
  const byId = new Map(after.elements.map((e) => [e.id, e]));
  const inRow = (e: UiElement): boolean => {
    for (let p = e.parent ? byId.get(e.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) {
      if (p.actionable && !p.flags.scrollable) return true;
    }
    return false;
  };
  return after.elements.some((e) => !e.actionable && own.includes(e.text.trim().toLowerCase()) && !inRow(e));
}
