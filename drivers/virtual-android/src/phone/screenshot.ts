/**
 * Draws the same UiNode tree the page source comes from as an SVG and
 * rasterises it with resvg and the DejaVu font shipped through npm (no system
 * fonts), so screenshots and page source always agree.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Rendered } from './Phone.ts';
import { SCREEN_H, SCREEN_W } from './Phone.ts';
import { escapeXml } from './pageSource.ts';
import type { UiNode } from './UiNode.ts';

const require = createRequire(import.meta.url);
let fontFiles: string[] | null = null;

function fonts(): string[] {
  if (!fontFiles) {
    const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontFiles = [path.join(dir, 'DejaVuSans.ttf'), path.join(dir, 'DejaVuSans-Bold.ttf')];
  }
  return fontFiles;
}

interface Palette {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
}

function drawNode(n: UiNode, p: Palette, out: string[]): void {
  const b = n.bounds;
  const w = b.right - b.left;
  const h = b.bottom - b.top;
  const st = n.view?.style ?? {};
  const r = st.radius ?? 0;
  if (st.bg)
    out.push(
      `<rect x="${b.left}" y="${b.top}" width="${w}" height="${h}" rx="${r}" fill="${p.bg === '#ffffff' ? st.bg : shade(st.bg)}"/>`,
    );
  if (st.border)
    out.push(
      `<rect x="${b.left + 2}" y="${b.top + 2}" width="${w - 4}" height="${h - 4}" rx="${r}" fill="none" stroke="${st.border}" stroke-width="3"/>`,
    );
  if (n.cls === 'android.widget.Switch') {
    const cx = b.left + w / 2;
    const cy = b.top + h / 2;
    out.push(
      `<rect x="${cx - 52}" y="${cy - 30}" width="104" height="60" rx="30" fill="${n.checked ? p.accent : '#c4c7c5'}"/>`,
    );
    out.push(`<circle cx="${n.checked ? cx + 22 : cx - 22}" cy="${cy}" r="22" fill="#ffffff"/>`);
  } else if (n.cls === 'android.widget.CheckBox' || n.cls === 'android.widget.RadioButton') {
    const cy = b.top + h / 2;
    const shape =
      n.cls === 'android.widget.CheckBox'
        ? `<rect x="${b.left + 20}" y="${cy - 24}" width="48" height="48" rx="6"`
        : `<circle cx="${b.left + 44}" cy="${cy}" r="24"`;
    out.push(`${shape} fill="${n.checked ? p.accent : 'none'}" stroke="${p.accent}" stroke-width="4"/>`);
  } else if (n.cls === 'android.widget.ImageButton' && !n.text && n.desc && !st.bg) {
    out.push(
      `<circle cx="${b.left + w / 2}" cy="${b.top + h / 2}" r="${Math.min(w, h) / 5}" fill="none" stroke="${p.fg}" stroke-width="4"/>`,
    );
  }
  const label = n.text || (n.cls === 'android.widget.ImageButton' && st.bg ? n.desc.slice(0, 1) : '');
  if (label && n.children.length === 0) {
    const size = st.size ?? 36;
    const align = st.align ?? 'left';
    const boxLeft =
      n.cls === 'android.widget.CheckBox' || n.cls === 'android.widget.RadioButton' ? b.left + 90 : b.left + 8;
    const x = align === 'center' ? b.left + w / 2 : align === 'right' ? b.right - 8 : boxLeft;
    const anchor = align === 'center' ? 'middle' : align === 'right' ? 'end' : 'start';
    const color = n.showingHint
      ? p.muted
      : st.color && p.bg === '#ffffff'
        ? st.color
        : st.color === '#5f6368'
          ? p.muted
          : p.fg;
    const lines = label.split('\n').slice(0, 3);
    const first = b.top + h / 2 + size * 0.35 - ((lines.length - 1) * size * 1.2) / 2;
    lines.forEach((line, i) => {
      out.push(
        `<text x="${x}" y="${first + i * size * 1.2}" font-family="DejaVu Sans" font-size="${size}" font-weight="${st.bold ? 'bold' : 'normal'}" fill="${color}" text-anchor="${anchor}">${escapeXml(line)}</text>`,
      );
    });
  }
  for (const c of n.children) drawNode(c, p, out);
}

function shade(color: string): string {
  // Dark mode: light fills become muted dark ones so text stays readable.
  const map: Record<string, string> = {
    '#d3e3fd': '#004a77',
    '#c2e7ff': '#004a77',
    '#ffffff': '#3c4043',
    '#e8eaed': '#202124',
    '#f3edf7': '#2b2930',
  };
  return map[color] ?? color;
}

export function screenshotSvg(r: Rendered): string {
  const p: Palette = r.darkMode
    ? { bg: '#1b1b1f', fg: '#e6e1e5', muted: '#9aa0a6', accent: '#a8c7fa' }
    : { bg: '#ffffff', fg: '#1d1b20', muted: '#5f6368', accent: '#0b57d0' };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SCREEN_W}" height="${SCREEN_H}" viewBox="0 0 ${SCREEN_W} ${SCREEN_H}">`,
    `<rect width="${SCREEN_W}" height="${SCREEN_H}" fill="${p.bg}"/>`,
  ];
  for (const w of r.windows) {
    if (w.key === 'dialog' || w.key === 'share' || w.key === 'fault')
      out.push(`<rect width="${SCREEN_W}" height="${SCREEN_H}" fill="#000000" fill-opacity="0.32"/>`);
    if (w.key === 'dialog') {
      const b = w.root.bounds;
      out.push(
        `<rect x="${b.left}" y="${b.top}" width="${b.right - b.left}" height="${b.bottom - b.top}" rx="36" fill="${r.darkMode ? '#2b2930' : '#f3edf7'}"/>`,
      );
    }
    drawNode(w.root, p, out);
  }
  out.push('</svg>');
  return out.join('');
}

export function screenshotPng(r: Rendered): Buffer {
  const svg = screenshotSvg(r);
  const resvg = new Resvg(svg, {
    font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
