/**
 * When a screenshot goes to the model with the compact listing
 * (`--screenshots auto|always|never`). Separate from whether screenshots are
 * taken and saved with each observation (the report's and SPA-Bench's
 * images): a run may save every screen and send none, or save none and send
 * the few a model needs (taken on demand, then).
 *
 * - auto (the default): only when the listing is not enough to act on
 *   (screenshotNeed.ts), and to the verifier model, which is asked only
 *   when the rules are unsure;
 * - always: with every executor and verifier request;
 * - never: the model reads the listing only.
 */
export const SCREENSHOT_MODES = ['auto', 'always', 'never'] as const;

export type ScreenshotMode = (typeof SCREENSHOT_MODES)[number];

export const DEFAULT_SCREENSHOT_MODE: ScreenshotMode = 'auto';

export class ScreenshotModeError extends Error {
  override readonly name = 'ScreenshotModeError';
  constructor(readonly value: string) {
    super(
      `Invalid --screenshots value "${value}": use auto (send a screenshot to the model when the listing is not enough), always, or never (--no-screenshots also stops saving them).`,
    );
  }
}

export function parseScreenshotMode(value: string): ScreenshotMode {
  const v = value.trim().toLowerCase();
  if ((SCREENSHOT_MODES as readonly string[]).includes(v)) return v as ScreenshotMode;
  throw new ScreenshotModeError(value);
}

/** What the command line's screenshot flags ask for: screenshots saved with each observation, and the model's mode. */
export interface ScreenshotChoice {
  /** Take one with every observation and save it (the report, the SPA-Bench layout). */
  saved: boolean;
  /** When the model gets one. */
  model: ScreenshotMode;
}

/**
 * Reads commander's one `screenshots` value, shared by `--screenshots <mode>`
 * and `--no-screenshots`: a mode string sets what the model gets (saving as
 * by default), `false` (--no-screenshots) turns both off, nothing given
 * keeps the defaults (saved, auto).
 */
export function screenshotChoice(value: string | boolean | undefined): ScreenshotChoice {
  if (value === false) return { saved: false, model: 'never' };
  if (typeof value === 'string') return { saved: true, model: parseScreenshotMode(value) };
  return { saved: true, model: DEFAULT_SCREENSHOT_MODE };
}
