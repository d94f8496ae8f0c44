import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../reports/images/encodePng.ts';
import { imageInfo } from '../../../reports/images/imageInfo.ts';

/** Decodes a PNG through resvg (an independent decoder) back to RGBA pixels. */
function decode(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

function image(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) px.set(pixel(x, y), (y * width + x) * 4);
  return px;
}

describe('encodePng', () => {
  it('round-trips an opaque flat image as RGB', () => {
    const px = image(40, 30, (x, y) =>
      y < 10 ? [50, 100, 200, 255] : x % 10 < 5 ? [255, 255, 255, 255] : [0, 0, 0, 255],
    );
    const png = encodePng(px, 40, 30);
    expect(imageInfo(png)).toEqual({ mime: 'image/png', width: 40, height: 30 });
    expect(png[25]).toBe(2); // colour type RGB: alpha dropped
    expect([...decode(png, 40, 30)]).toEqual([...px]);
  });

  it('round-trips a noisy image (filtered rows) exactly', () => {
    let seed = 1;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    const px = image(32, 32, (x, y) => [(x * 8 + (rnd() % 8)) & 0xff, (y * 8) & 0xff, rnd(), 255]);
    expect([...decode(encodePng(px, 32, 32), 32, 32)]).toEqual([...px]);
  });

  it('keeps alpha when a pixel is not opaque', () => {
    const translucent = image(8, 8, () => [255, 255, 255, 255]);
    translucent[3] = 0;
    const png = encodePng(translucent, 8, 8);
    expect(png[25]).toBe(6); // RGBA
    expect(decode(png, 8, 8)[3]).toBe(0);
  });
});
