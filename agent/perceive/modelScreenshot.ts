/**
 * The screenshot a model gets: the observation's own (when screenshots are
 * saved) or one taken on demand, downscaled so its long edge is at most
 * MODEL_SCREENSHOT_LONG_EDGE pixels. A 1080x2400 phone screen becomes
 * 432x960: 553 input tokens as Anthropic counts images (width x height /
 * 750) instead of 1,476 for the API's own downscale to 706x1568; text of
 * the usual 14sp size stays about 15 px high, still legible. The listing
 * carries the exact texts; the image is for layout and drawn content.
 */
import { downscaleImage } from '../../reports/images/downscaleImage.ts';
import { pngSize } from '../models/index.ts';
import type { Perception } from './Perception.ts';

export const MODEL_SCREENSHOT_LONG_EDGE = 960;

/** A PNG with its long edge at most `longEdge` pixels (unchanged when already small, or not a PNG). */
export function downscaleToLongEdge(png: Buffer, longEdge: number = MODEL_SCREENSHOT_LONG_EDGE): Buffer {
  const size = pngSize(png.subarray(0, 24).toString('base64'));
  if (!size || Math.max(size.width, size.height) <= longEdge) return png;
  const width = Math.max(1, Math.floor((size.width * longEdge) / Math.max(size.width, size.height)));
  return downscaleImage(png, width, { keepFewerBytes: false }).bytes;
}

const prepared = new WeakMap<Perception, Promise<Buffer | undefined>>();

/**
 * The model's screenshot of this observation, or undefined when none can be
 * had (the device moved on before one was taken on demand). Prepared once
 * per observation: the executor's retry and the verifier reuse it.
 */
export function modelScreenshot(perception: Perception): Promise<Buffer | undefined> {
  let shot = prepared.get(perception);
  if (!shot) {
    shot = (async () => {
      const png = perception.observation.screenshot ?? (await perception.captureScreenshot?.());
      return png ? downscaleToLongEdge(png) : undefined;
    })();
    prepared.set(perception, shot);
  }
  return shot;
}
