/**
 * Recognises what gets in an agent's way on a real phone, from the screen
 * alone: a crash dialog ("X keeps stopping"), a rating prompt, a permission
 * request or an ad over the app, a "no connection" page with Retry, a loading
 * spinner. Each comes with the element that makes it go away. These are
 * shapes every Android user knows, not any one app's screens.
 */
import { isLauncherPackage } from '../../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../../drivers/screen/types.ts';

export type InterruptionKind = 'crash' | 'popup' | 'network' | 'loading';

export interface Interruption {
  kind: InterruptionKind;
  /** What it says, for the trajectory. */
  title: string;
  /** The element that dismisses it (or retries), when there is one; loading has none: wait. */
  dismiss?: UiElement;
}

const CRASH = /\b(keeps stopping|has stopped|isn.t responding|not responding)\b/i;
const NETWORK = /\b(no internet|no connection|network error|couldn.t connect|check your connection|you.re offline)\b/i;
/** Dismissive answers, best first: they close a prompt without agreeing to anything. */
export const DISMISS_LABELS = [
  'not now',
  'no thanks',
  'no, thanks',
  "don't allow",
  'deny',
  'close ad',
  'skip',
  'maybe later',
  'later',
  'remind me later',
  'dismiss',
  'close',
  'close app',
  'got it',
  'cancel',
  'ok',
];
/** Labels that mark a prompt as an interruption (plain "Cancel"/"OK" dialogs may be the app's own). */
const INTERRUPTION_LABELS = new Set([
  'not now',
  'no thanks',
  'no, thanks',
  "don't allow",
  'deny',
  'close ad',
  'skip',
  'maybe later',
  'remind me later',
]);
const RETRY = /^(retry|try again|reload)$/i;

function norm(label: string): string {
  return label.trim().toLowerCase().replace(/[’]/g, "'");
}

function textOf(e: UiElement): string {
  return `${e.text} ${e.contentDesc}`.trim();
}

function overlayWindows(screen: Screen): Set<string> {
  return new Set(
    screen.windows.filter((w) => w.kind === 'dialog' || w.kind === 'popup' || w.kind === 'system').map((w) => w.id),
  );
}

function bestDismiss(candidates: UiElement[]): UiElement | undefined {
  for (const wanted of DISMISS_LABELS) {
    const hit = candidates.find((e) => e.actionable && norm(e.label) === wanted);
    if (hit) return hit;
  }
  return undefined;
}

export function findInterruption(screen: Screen): Interruption | undefined {
  const overlays = overlayWindows(screen);
  const inOverlay = screen.elements.filter((e) => overlays.has(e.window));
  const crash = screen.elements.find((e) => CRASH.test(textOf(e)));
  if (crash) {
    const pool = inOverlay.length > 0 ? inOverlay : screen.elements;
    const dismiss =
      pool.find((e) => e.actionable && /^(close app|ok|close)$/i.test(e.label.trim())) ?? bestDismiss(pool);
    return { kind: 'crash', title: textOf(crash), ...(dismiss ? { dismiss } : {}) };
  }
  const promptButtons = screen.elements.filter((e) => e.actionable && INTERRUPTION_LABELS.has(norm(e.label)));
  if (promptButtons.length > 0) {
    const pool = screen.elements.filter((e) => e.window === promptButtons[0]!.window);
    const heading = pool.find((e) => !e.actionable && textOf(e).length > 0);
    return {
      kind: 'popup',
      title: heading ? textOf(heading) : promptButtons[0]!.label,
      ...(bestDismiss(promptButtons) ? { dismiss: bestDismiss(promptButtons)! } : {}),
    };
  }
  const network = screen.elements.find((e) => NETWORK.test(textOf(e)));
  if (network && !isLauncherPackage(screen.foregroundPackage)) {
    const retry = screen.elements.find((e) => e.actionable && RETRY.test(e.label.trim()));
    return { kind: 'network', title: textOf(network), ...(retry ? { dismiss: retry } : {}) };
  }
  const spinner = screen.elements.find(
    (e) =>
      /ProgressBar/.test(e.className) ||
      /\b(loading|progress_bar|spinner)\b/i.test(e.resourceId.split('/').pop() ?? ''),
  );
  if (spinner && !overlays.has(spinner.window)) return { kind: 'loading', title: textOf(spinner) || 'Loading' };
  return undefined;
}
