/**
 * How much virtual time each kind of input takes. The virtual clock moves
 * only with input (page sources and screenshots take none), so toasts,
 * snackbars, timers and the status-bar clock move as they would under a
 * person's hands, and the same inputs always give the same times.
 *
 * The figures are Android's own where it has them (ViewConfiguration's tap
 * and long-press timeouts, the framework's animation durations); typing uses
 * the mean mobile typing speed measured by Palin et al. (MobileHCI 2019,
 * 37,000 volunteers: 36.2 words per minute, about 330 ms per character).
 * docs/virtual-device.md ("Virtual time") lists them.
 */

export const INPUT_MS = {
  /** Finger down and up (ViewConfiguration.getTapTimeout 100 ms) plus the ripple or transition it starts (300 ms). */
  tap: 400,
  /** After the hold: the menu, drag or selection animation a long press starts. */
  longTapAnimation: 300,
  /** Hold time of a long press when the caller gives none (Appium's longClickGesture default). */
  longTapHold: 500,
  /** One key of the keyboard (Enter, Delete, a key code). */
  key: 150,
  /** Per typed character, at 36 words per minute (5 characters a word). */
  typedChar: 330,
  /** Select-all and delete of a field's text. */
  clear: 500,
  /** A scroll or swipe: after the finger lifts, the list settles (overscroll and snap, about 300 ms). */
  settle: 300,
  /** A fling: the finger's flick plus the list decelerating to a stop (OverScroller, about a second). */
  fling: 1000,
  /** Back: key press plus the activity-close or dialog-dismiss animation. */
  back: 300,
  /** Home or recents: key press plus the launcher transition. */
  home: 400,
  /** Bringing a running app back to the front (warm start). */
  launchWarm: 500,
  /** Starting an app that has no task (cold start: process, activity, first frame). */
  launchCold: 1000,
  /** Closing an app (force stop); its window goes at once. */
  terminate: 300,
  /** Hiding the keyboard: the IME's slide-out. */
  hideKeyboard: 300,
} as const;

/**
 * Finger speed of a swipe given by distance only, 5,000 px per second: a brisk
 * human swipe (a 1,350 px scroll in 270 ms). UiAutomator2's own default is
 * 5,000 x display density (13,125 px/s at this phone's 420 dpi), a machine's speed.
 */
export const SWIPE_PX_PER_MS = 5;

/** Typing a text: one keystroke per character (a newline is the Enter key). */
export function typingMs(text: string): number {
  let ms = 0;
  for (const ch of text) ms += ch === '\n' ? INPUT_MS.key : INPUT_MS.typedChar;
  return Math.max(ms, INPUT_MS.key);
}

/** A swipe or scroll: the finger's own time (given, or from distance at the default speed), then the settle. */
export function swipeMs(distancePx: number, gestureMs?: number): number {
  const finger = gestureMs ?? Math.abs(distancePx) / SWIPE_PX_PER_MS;
  return Math.round(Math.max(0, finger)) + INPUT_MS.settle;
}
