/**
 * Phone screens made up for tests, demos and the report benchmark: a toolbar
 * with a title, a list of rows and a floating button, as elements with bounds,
 * as UiAutomator2-style page source and as a real PNG rendered by resvg.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Bounds } from '../../drivers/screen/types.ts';

export interface SyntheticScreenSpec {
  app: string;
  activity?: string;
  title: string;
  rows: string[];
  button?: string;
  /** Header colour, so different apps look different. */
  color?: string;
  width?: number;
  height?: number;
}

export interface SyntheticElement {
  id: string;
  className: string;
  resourceId: string;
  text: string;
  clickable: boolean;
  bounds: Bounds;
}

export function syntheticElements(spec: SyntheticScreenSpec): SyntheticElement[] {
  const w = spec.width ?? 1080;
  const h = spec.height ?? 2400;
  const els: SyntheticElement[] = [
    {
      id: 'e0',
      className: 'android.widget.TextView',
      resourceId: `${spec.app}:id/title`,
      text: spec.title,
      clickable: false,
      bounds: { left: 0, top: 80, right: w, bottom: 240 },
    },
  ];
  const rowH = Math.round(h * 0.07);
  spec.rows.forEach((row, i) => {
    const top = 260 + i * (rowH + 10);
    if (top + rowH > h - 300) return;
    els.push({
      id: `e${els.length}`,
      className: 'android.widget.LinearLayout',
      resourceId: `${spec.app}:id/row`,
      text: row,
      clickable: true,
      bounds: { left: 0, top, right: w, bottom: top + rowH },
    });
  });
  if (spec.button) {
    els.push({
      id: `e${els.length}`,
      className: 'android.widget.Button',
      resourceId: `${spec.app}:id/fab`,
      text: spec.button,
      clickable: true,
      bounds: { left: w - 420, top: h - 280, right: w - 60, bottom: h - 130 },
    });
  }
  return els;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function boundsAttr(b: Bounds): string {
  return `[${b.left},${b.top}][${b.right},${b.bottom}]`;
}

export function syntheticPageSource(spec: SyntheticScreenSpec): string {
  const w = spec.width ?? 1080;
  const h = spec.height ?? 2400;
  const flags = (clickable: boolean) =>
    `checkable="false" checked="false" clickable="${clickable}" enabled="true" focusable="${clickable}" focused="false" long-clickable="false" password="false" scrollable="false" selected="false"`;
  const nodes = syntheticElements(spec)
    .map(
      (e, i) =>
        `    <node index="${i}" text="${esc(e.text)}" resource-id="${esc(e.resourceId)}" class="${e.className}" package="${esc(spec.app)}" content-desc="" ${flags(e.clickable)} bounds="${boundsAttr(e.bounds)}" displayed="true" />`,
    )
    .join('\n');
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<hierarchy index="0" class="hierarchy" rotation="0" width="${w}" height="${h}">
  <node index="0" text="" resource-id="" class="android.widget.FrameLayout" package="${esc(spec.app)}" content-desc="" ${flags(false)} bounds="[0,0][${w},${h}]" displayed="true">
${nodes}
  </node>
</hierarchy>
`;
}

export function syntheticSvg(spec: SyntheticScreenSpec): string {
  const w = spec.width ?? 1080;
  const h = spec.height ?? 2400;
  const color = spec.color ?? '#3367d6';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#f7f7f9"/>`,
    `<rect width="${w}" height="80" fill="#222"/><text x="40" y="58" font-size="40" fill="#fff" font-family="DejaVu Sans">12:30</text>`,
    `<rect y="80" width="${w}" height="160" fill="${color}"/>`,
  ];
  for (const e of syntheticElements(spec)) {
    const b = e.bounds;
    if (e.resourceId.endsWith('/title')) {
      parts.push(
        `<text x="48" y="${b.top + 100}" font-size="60" fill="#fff" font-family="DejaVu Sans">${esc(e.text)}</text>`,
      );
    } else if (e.className.endsWith('Button')) {
      parts.push(
        `<rect x="${b.left}" y="${b.top}" width="${b.right - b.left}" height="${b.bottom - b.top}" rx="70" fill="${color}"/>`,
      );
      parts.push(
        `<text x="${(b.left + b.right) / 2}" y="${b.top + 95}" text-anchor="middle" font-size="52" fill="#fff" font-family="DejaVu Sans">${esc(e.text)}</text>`,
      );
    } else {
      parts.push(
        `<rect x="${b.left + 24}" y="${b.top}" width="${b.right - b.left - 48}" height="${b.bottom - b.top}" rx="18" fill="#fff" stroke="#dde1e8" stroke-width="3"/>`,
      );
      parts.push(`<circle cx="${b.left + 120}" cy="${(b.top + b.bottom) / 2}" r="44" fill="${color}" opacity="0.35"/>`);
      parts.push(
        `<text x="${b.left + 200}" y="${(b.top + b.bottom) / 2 + 18}" font-size="50" fill="#1d2330" font-family="DejaVu Sans">${esc(e.text)}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

let fontDir: string | undefined;
function dejavuDir(): string {
  fontDir ??= path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return fontDir;
}

/** A real PNG of the screen (about 20-40 ms for 1080x2400). */
export function syntheticPng(spec: SyntheticScreenSpec): Buffer {
  const resvg = new Resvg(syntheticSvg(spec), {
    font: { fontDirs: [dejavuDir()], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
