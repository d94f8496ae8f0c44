/** Observation -> Screen, with a content fingerprint for NoChange checks. */
export type { Perception } from './Perception.ts';
export { perceive } from './perceive.ts';
export { screenFingerprint } from './screenFingerprint.ts';
export { screenIdentity } from './screenIdentity.ts';
export { modelScreenshot, downscaleToLongEdge, MODEL_SCREENSHOT_LONG_EDGE } from './modelScreenshot.ts';
export { screenshotNeed } from './screenshotNeed.ts';
export {
  DEFAULT_SCREENSHOT_MODE,
  parseScreenshotMode,
  SCREENSHOT_MODES,
  screenshotChoice,
  ScreenshotModeError,
} from './ScreenshotMode.ts';
export type { ScreenshotChoice, ScreenshotMode } from './ScreenshotMode.ts';
