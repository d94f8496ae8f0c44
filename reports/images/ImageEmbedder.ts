/**
 * Collects the images of one HTML page: each distinct image (by content hash)
 * is downscaled once and embedded once, however many steps show it. The page
 * carries them in one JSON block and a tiny script sets each `<img data-img>`'s
 * src from it, so a screen that did not change between steps costs nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { downscaleImage } from './downscaleImage.ts';
import { jsonForScript } from '../html/escapeHtml.ts';

export interface EmbeddedImage {
  id: string;
  width?: number;
  height?: number;
}

export interface ImageEmbedderOptions {
  /** Screenshots wider than this are downscaled to it (px). Default 360. */
  maxWidth?: number;
}

export class ImageEmbedder {
  private readonly maxWidth: number;
  private readonly byHash = new Map<string, EmbeddedImage>();
  private readonly dataUris = new Map<string, string>();
  private totalBytes = 0;

  constructor(options: ImageEmbedderOptions = {}) {
    this.maxWidth = options.maxWidth ?? 360;
  }

  /** Adds an image file; undefined when the file does not exist (a step without a screenshot). */
  addFile(file: string | undefined): EmbeddedImage | undefined {
    if (!file || !existsSync(file)) return undefined;
    return this.addBytes(readFileSync(file));
  }

  addBytes(bytes: Buffer): EmbeddedImage {
    const hash = createHash('sha1').update(bytes).digest('hex');
    const known = this.byHash.get(hash);
    if (known) return known;
    const scaled = downscaleImage(bytes, this.maxWidth);
    const image: EmbeddedImage = {
      id: `i${this.byHash.size}`,
      ...(scaled.width ? { width: scaled.width, height: scaled.height } : {}),
    };
    const uri = `data:${scaled.mime};base64,${scaled.bytes.toString('base64')}`;
    this.byHash.set(hash, image);
    this.dataUris.set(image.id, uri);
    this.totalBytes += uri.length;
    return image;
  }

  get count(): number {
    return this.byHash.size;
  }

  /** Characters the embedded images add to the page. */
  get embeddedBytes(): number {
    return this.totalBytes;
  }

  /** An `<img>` that the page's hydrate script fills in. */
  imgTag(image: EmbeddedImage, attrs: { alt: string; className?: string }): string {
    const size = image.width ? ` width="${image.width}" height="${image.height}"` : '';
    const cls = attrs.className ? ` class="${attrs.className}"` : '';
    return `<img data-img="${image.id}" alt="${attrs.alt.replace(/"/g, '&quot;')}"${cls}${size}>`;
  }

  /** The JSON block and the script that sets the src of every `<img data-img>`; put at the end of body. */
  pageBlock(): string {
    const data = jsonForScript(Object.fromEntries(this.dataUris));
    return (
      `<script type="application/json" id="maple-images">${data}</script>\n` +
      `<script>(function(){var m=JSON.parse(document.getElementById('maple-images').textContent);` +
      `document.querySelectorAll('img[data-img]').forEach(function(i){var u=m[i.getAttribute('data-img')];if(u)i.src=u;});})();</script>`
    );
  }
}
