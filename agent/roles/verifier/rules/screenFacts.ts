/**
 * What the rules read off an observation beyond its elements: the screen's
 * identity analysis (title, state key: perception, not the FSM's memory, so
 * both ablation arms have it), the element an action aimed at, and the
 * transient messages (toasts, snackbars) a screen shows.
 */
import { insideBounds } from '../../../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../../../drivers/screen/types.ts';
import type { Perception } from '../../../perceive/Perception.ts';
import { screenFingerprint } from '../../../perceive/screenFingerprint.ts';
import { screenIdentity } from '../../../perceive/screenIdentity.ts';
import type { VerifyInput } from '../../types.ts';

/** The structural identity of a screen (perception, memoised). */
export const identityOf = screenIdentity;

/** The element the action named, on the screen it was chosen on. */
export function targetOf(input: VerifyInput): UiElement | undefined {
  const id = 'element' in input.action ? (input.action as { element?: string }).element : undefined;
  return id ? input.before.screen.elements.find((e) => e.id === id) : undefined;
}

const TRANSIENT_ID = /(?:^|[:/_])(?:snackbar_text|toast|message)$/;

/** A toast or a snackbar's text: short-lived messages an app uses to say what happened. */
export function isTransientMessage(e: UiElement): boolean {
  return (
    /(?:^|\.)Toast$/.test(e.className) || (TRANSIENT_ID.test(e.resourceId) && /snackbar|toast/i.test(e.resourceId))
  );
}

/** What the screen shows, transient messages left out: a toast coming or going is not the screen changing. */
export function contentFingerprint(p: Perception): string {
  const screen = p.screen;
  if (!screen.elements.some(isTransientMessage)) return p.fingerprint;
  return screenFingerprint({ ...screen, elements: screen.elements.filter((e) => !isTransientMessage(e)) });
}

/** Transient messages on `after` that were not on `before`. */
export function newMessages(before: Screen, after: Screen): string[] {
  const was = new Set(before.elements.filter(isTransientMessage).map((e) => e.text || e.contentDesc));
  return after.elements
    .filter(isTransientMessage)
    .map((e) => (e.text || e.contentDesc).trim())
    .filter((t) => t.length > 0 && !was.has(t));
}

/** Whether `e` lies within `outer` (drivers/screen's insideBounds, under the name the rules use). */
export const inside = insideBounds;
