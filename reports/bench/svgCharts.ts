/**
 * Inline SVG charts for the benchmark report, drawn here so the page needs no
 * chart library and no network: horizontal bars of a rate per group, and a
 * scatter of steps taken against golden steps.
 */
import { escapeHtml } from '../html/escapeHtml.ts';

export interface RateBar {
  label: string;
  /** 0..1 */
  rate: number;
  n: number;
}

export function rateBarChart(title: string, bars: RateBar[], testId: string): string {
  const rowH = 24;
  const labelW = 150;
  const barW = 320;
  const height = 30 + bars.length * rowH + 10;
  const width = labelW + barW + 90;
  const rows = bars
    .map((b, i) => {
      const y = 30 + i * rowH;
      const w = Math.max(0, Math.min(1, b.rate)) * barW;
      const color = b.rate >= 0.8 ? '#2da44e' : b.rate >= 0.5 ? '#d4a72c' : '#cf222e';
      return `<g class="bar" data-label="${escapeHtml(b.label)}"><title>${escapeHtml(b.label)}: ${(b.rate * 100).toFixed(1)}% of ${b.n}</title>
<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" font-size="12">${escapeHtml(b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label)}</text>
<rect x="${labelW}" y="${y + 3}" width="${barW}" height="${rowH - 8}" fill="#eef1f6"/>
<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${color}"/>
<text x="${labelW + barW + 6}" y="${y + 16}" font-size="12">${(b.rate * 100).toFixed(0)}% (n=${b.n})</text></g>`;
    })
    .join('');
  return `<svg class="chart" data-testid="${escapeHtml(testId)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg">
<text x="0" y="16" font-size="14" font-weight="600">${escapeHtml(title)}</text>${rows}</svg>`;
}

export interface ScatterPoint {
  x: number;
  y: number;
  label: string;
  ok: boolean;
}

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const step = value <= 20 ? 5 : value <= 50 ? 10 : 20;
  return Math.ceil(value / step) * step;
}

export function stepsScatter(title: string, points: ScatterPoint[], testId: string): string {
  const size = 300;
  const pad = 40;
  const max = niceMax(Math.max(1, ...points.map((p) => Math.max(p.x, p.y))));
  const sx = (v: number) => pad + (v / max) * size;
  const sy = (v: number) => pad + size - (v / max) * size;
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max];
  const axes = ticks
    .map(
      (t) =>
        `<line x1="${sx(t)}" y1="${sy(0)}" x2="${sx(t)}" y2="${sy(max)}" stroke="#eef1f6"/><line x1="${sx(0)}" y1="${sy(t)}" x2="${sx(max)}" y2="${sy(t)}" stroke="#eef1f6"/>` +
        `<text x="${sx(t)}" y="${sy(0) + 14}" font-size="10" text-anchor="middle">${Math.round(t)}</text><text x="${sx(0) - 6}" y="${sy(t) + 3}" font-size="10" text-anchor="end">${Math.round(t)}</text>`,
    )
    .join('');
  const dots = points
    .map(
      (p) =>
        `<circle class="dot ${p.ok ? 'ok' : 'bad'}" cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="4.5" fill="${p.ok ? '#2da44e' : '#cf222e'}" fill-opacity="0.7"><title>${escapeHtml(p.label)}: ${p.y} steps, golden ${p.x}</title></circle>`,
    )
    .join('');
  const w = size + pad * 2;
  const h = size + pad * 2 + 10;
  return `<svg class="chart" data-testid="${escapeHtml(testId)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg">
<text x="0" y="16" font-size="14" font-weight="600">${escapeHtml(title)}</text>${axes}
<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(max)}" y2="${sy(max)}" stroke="#8c959f" stroke-dasharray="4 3"><title>steps = golden steps</title></line>
<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(max)}" y2="${sy(0)}" stroke="#57606a"/><line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(0)}" y2="${sy(max)}" stroke="#57606a"/>
${dots}
<text x="${sx(max / 2)}" y="${h - 4}" font-size="11" text-anchor="middle">golden steps</text>
<text x="10" y="${sy(max / 2)}" font-size="11" text-anchor="middle" transform="rotate(-90 10 ${sy(max / 2)})">steps taken</text>
<circle cx="${w - 110}" cy="10" r="4.5" fill="#2da44e"/><text x="${w - 102}" y="14" font-size="11">success</text>
<circle cx="${w - 50}" cy="10" r="4.5" fill="#cf222e"/><text x="${w - 42}" y="14" font-size="11">fail</text>
</svg>`;
}
