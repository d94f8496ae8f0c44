/**
 * One observation as the agent sees it: what the device sent (page source,
 * screenshot, package, activity), the parsed Screen, and a content
 * fingerprint that says whether anything visible changed between two
 * observations (the FSM's state key ignores content on purpose; "did my tap do
 * anything" needs it).
 */
import type { Observation } from '../../drivers/device/Device.ts';
import type { Screen } from '../../drivers/screen/types.ts';

export interface Perception {
  observation: Observation;
  screen: Screen;
  /** Hash of what the user can see in app windows (status bar and clock excluded). */
  fingerprint: string;
  /** Time spent fetching from the device and parsing, ms. */
  observeMs: number;
  perceiveMs: number;
  /**
   * Takes a screenshot of this same screen on demand, when the observation
   * came without one (a model asks for it: agent/perceive/modelScreenshot.ts).
   * Undefined when the screen has changed since, so an image never shows
   * something other than the listing.
   */
  captureScreenshot?: () => Promise<Buffer | undefined>;
}
