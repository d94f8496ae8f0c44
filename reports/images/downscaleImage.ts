/**
 * Shrinks a screenshot for embedding. A report shows a phone screen about 360
 * px wide, so a 1080x2400 PNG carries nine times the pixels anyone sees. No
 * image codec package is installed, but resvg (already a dependency) decodes
 * raster images inside an SVG and resamples them when it renders, so an SVG
 * wrapping the screenshot, rendered to the target width, is the downscaler.
 */
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './encodePng.ts';
import { imageInfo } from './imageInfo.ts';

export interface ScaledImage {
  bytes: Buffer;
  mime: string;
  width?: number;
  height?: number;
}

export interface DownscaleOptions {
  /**
   * Keep the original when the smaller image is not smaller in bytes (default true: a report pays
   * in bytes). A model pays in pixels, so its screenshots are always shrunk.
   */
  keepFewerBytes?: boolean;
}

export function downscaleImage(bytes: Buffer, maxWidth: number, options: DownscaleOptions = {}): ScaledImage {
  const info = imageInfo(bytes);
  if (!info) return { bytes, mime: 'application/octet-stream' };
  const original: ScaledImage = {
    bytes,
    mime: info.mime,
    ...(info.width ? { width: info.width, height: info.height } : {}),
  };
  if (info.mime !== 'image/png' && info.mime !== 'image/jpeg') return original;
  if (info.width !== undefined && info.width <= maxWidth) return original;
  try {
    // Size from the header when known; otherwise resvg needs some box and fitTo rescales it anyway.
    const w = info.width ?? maxWidth;
    const h = info.height ?? Math.round(maxWidth * 2);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}">` +
      `<image width="${w}" height="${h}" preserveAspectRatio="none" xlink:href="data:${info.mime};base64,${bytes.toString('base64')}"/></svg>`;
    const rendered = new Resvg(svg, {
      fitTo: { mode: 'width', value: maxWidth },
      font: { loadSystemFonts: false },
    }).render();
    const png = encodePng(rendered.pixels, rendered.width, rendered.height);
    if ((options.keepFewerBytes ?? true) && png.length >= bytes.length) return original;
    return { bytes: png, mime: 'image/png', width: rendered.width, height: rendered.height };
  } catch {
    // A screenshot resvg cannot decode is still worth showing at full size.
    return original;
  }
}
