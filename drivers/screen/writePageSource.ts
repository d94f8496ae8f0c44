/**
 * Writes page source from a tree of node specs, in either dump format with
 * the attribute sets real devices write: uiautomator's `<node …>` elements
 * (`adb shell uiautomator dump`) or Appium UiAutomator2's class-name tags
 * with its extra attributes. For generated benchmarks and for test pages
 * built to show one behaviour. Deterministic.
 */

/** One node of a page; flags default to false (`enabled` to true), strings to empty. */
export interface NodeSpec {
  cls: string;
  pkg: string;
  /** [left, top, right, bottom]. */
  b: [number, number, number, number];
  text?: string;
  desc?: string;
  id?: string;
  hint?: string;
  clickable?: boolean;
  longClickable?: boolean;
  checkable?: boolean;
  checked?: boolean;
  scrollable?: boolean;
  selected?: boolean;
  focused?: boolean;
  enabled?: boolean;
  /**
   * The text is the hint. Appium writes `showing-hint` on every node; uiautomator dumps
   * carry no such attribute, but tools that extend them write `showing-hint-text`, only where true.
   */
  showingHint?: boolean;
  children?: NodeSpec[];
}

export interface WritePageSourceOptions {
  format?: 'uiautomator' | 'appium';
  /** Screen size for the Appium root (uiautomator dumps carry none). Default 1080x2400. */
  width?: number;
  height?: number;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const t = (v: boolean | undefined): string => (v ? 'true' : 'false');

function attrs(s: NodeSpec, index: number, format: 'uiautomator' | 'appium'): string {
  const b = `[${s.b[0]},${s.b[1]}][${s.b[2]},${s.b[3]}]`;
  const focusable = t(s.clickable || s.focused);
  const enabled = t(s.enabled ?? true);
  if (format === 'uiautomator') {
    const hintShown = s.showingHint ? ' showing-hint-text="true"' : '';
    return `index="${index}" text="${esc(s.text ?? '')}" resource-id="${s.id ?? ''}" class="${s.cls}" package="${s.pkg}" content-desc="${esc(s.desc ?? '')}" checkable="${t(s.checkable)}" checked="${t(s.checked)}" clickable="${t(s.clickable)}" enabled="${enabled}" focusable="${focusable}" focused="${t(s.focused)}" scrollable="${t(s.scrollable)}" long-clickable="${t(s.longClickable)}" password="false" selected="${t(s.selected)}" bounds="${b}" drawing-order="${index + 1}" hint="${esc(s.hint ?? '')}"${hintShown}`;
  }
  return `index="${index}" package="${s.pkg}" class="${s.cls}" text="${esc(s.text ?? '')}"${s.desc ? ` content-desc="${esc(s.desc)}"` : ''}${s.id ? ` resource-id="${s.id}"` : ''}${s.hint ? ` hint="${esc(s.hint)}"` : ''} checkable="${t(s.checkable)}" checked="${t(s.checked)}" clickable="${t(s.clickable)}" enabled="${enabled}" focusable="${focusable}" focused="${t(s.focused)}" long-clickable="${t(s.longClickable)}" password="false" scrollable="${t(s.scrollable)}" selected="${t(s.selected)}" bounds="${b}" displayed="true" a11y-important="true" screen-reader-focusable="false" drawing-order="${index + 1}" showing-hint="${t(s.showingHint)}" text-entry-key="false" dismissable="false" a11y-focused="false" heading="false" live-region="0" context-clickable="false" content-invalid="false"`;
}

function write(out: string[], s: NodeSpec, index: number, format: 'uiautomator' | 'appium', indent: string): void {
  const tag = format === 'uiautomator' ? 'node' : s.cls;
  const a = attrs(s, index, format);
  const nl = format === 'appium' ? '\n' : '';
  const pad = format === 'appium' ? indent : '';
  if (!s.children || s.children.length === 0) {
    out.push(`${pad}<${tag} ${a} />${nl}`);
    return;
  }
  out.push(`${pad}<${tag} ${a}>${nl}`);
  s.children.forEach((c, k) => write(out, c, k, format, `${indent}  `));
  out.push(`${pad}</${tag}>${nl}`);
}

/** A dump of `windows` (one top-level node per window, in drawing order). */
export function writePageSource(windows: NodeSpec[], options: WritePageSourceOptions = {}): string {
  const format = options.format ?? 'appium';
  const out: string[] = [`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>`];
  if (format === 'appium') {
    const w = options.width ?? 1080;
    const h = options.height ?? 2400;
    out.push(`\n<hierarchy index="0" class="hierarchy" rotation="0" width="${w}" height="${h}">\n`);
  } else out.push(`<hierarchy rotation="0">`);
  windows.forEach((root, k) => write(out, root, k, format, '  '));
  out.push('</hierarchy>');
  return out.join('');
}
