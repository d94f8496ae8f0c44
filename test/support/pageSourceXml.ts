/**
 * Writes small page sources by hand, in either dump format real devices send
 * (uiautomator `<hierarchy><node …>` and Appium UiAutomator2, tags are class
 * names, `displayed` and friends), so identity and window tests can state a
 * screen precisely and still go through the real parser. One top-level node
 * per window, as multi-window dumps have it.
 */

export interface XmlNode {
  cls: string;
  /** Resource id; a bare name gets the window's package prefix (`title` -> `com.app:id/title`). */
  id?: string;
  text?: string;
  desc?: string;
  hint?: string;
  /** [left, top, right, bottom] */
  b: [number, number, number, number];
  clickable?: boolean;
  longClickable?: boolean;
  scrollable?: boolean;
  selected?: boolean;
  checkable?: boolean;
  checked?: boolean;
  enabled?: boolean;
  focused?: boolean;
  children?: XmlNode[];
}

export interface XmlWindow {
  pkg: string;
  root: XmlNode;
}

export type DumpFormat = 'uiautomator' | 'appium';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function resourceId(pkg: string, id: string | undefined): string {
  if (!id) return '';
  return id.includes(':id/') ? id : `${pkg}:id/${id}`;
}

function write(out: string[], n: XmlNode, pkg: string, index: number, format: DumpFormat): void {
  const t = (v: boolean | undefined) => (v ? 'true' : 'false');
  const bounds = `[${n.b[0]},${n.b[1]}][${n.b[2]},${n.b[3]}]`;
  const rid = resourceId(pkg, n.id);
  const hint = n.hint ? ` hint="${esc(n.hint)}"` : '';
  const common =
    `checkable="${t(n.checkable)}" checked="${t(n.checked)}" clickable="${t(n.clickable)}" enabled="${t(n.enabled !== false)}" ` +
    `focusable="${t(n.clickable)}" focused="${t(n.focused)}" long-clickable="${t(n.longClickable)}" password="false" ` +
    `scrollable="${t(n.scrollable)}" selected="${t(n.selected)}" bounds="${bounds}"${hint}`;
  const attrs =
    format === 'uiautomator'
      ? `index="${index}" text="${esc(n.text ?? '')}" resource-id="${rid}" class="${n.cls}" package="${pkg}" content-desc="${esc(n.desc ?? '')}" ${common}`
      : `index="${index}" package="${pkg}" class="${n.cls}" text="${esc(n.text ?? '')}"${rid ? ` resource-id="${rid}"` : ''}${n.desc ? ` content-desc="${esc(n.desc)}"` : ''} ${common} displayed="true" a11y-important="true" drawing-order="${index + 1}"`;
  const tag = format === 'uiautomator' ? 'node' : n.cls;
  if (!n.children?.length) {
    out.push(`<${tag} ${attrs} />`);
    return;
  }
  out.push(`<${tag} ${attrs}>`);
  n.children.forEach((c, i) => write(out, c, pkg, i, format));
  out.push(`</${tag}>`);
}

/** A dump of these windows, bottom to top; `size` goes into Appium's root (uiautomator dumps carry none). */
export function pageSourceXml(
  windows: XmlWindow[],
  format: DumpFormat,
  size: { width: number; height: number } = { width: 1080, height: 2400 },
): string {
  const out: string[] = [`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>`];
  out.push(
    format === 'appium'
      ? `<hierarchy index="0" class="hierarchy" rotation="0" width="${size.width}" height="${size.height}">`
      : `<hierarchy rotation="0">`,
  );
  windows.forEach((w, i) => write(out, w.root, w.pkg, i, format));
  out.push('</hierarchy>');
  return out.join('\n');
}

// Small builders for the usual pieces.
export const view = (cls: string, b: XmlNode['b'], props: Omit<XmlNode, 'cls' | 'b'> = {}): XmlNode => ({
  cls,
  b,
  ...props,
});
export const textView = (text: string, b: XmlNode['b'], props: Omit<XmlNode, 'cls' | 'b' | 'text'> = {}): XmlNode => ({
  cls: 'android.widget.TextView',
  text,
  b,
  ...props,
});
export const buttonView = (
  text: string,
  b: XmlNode['b'],
  props: Omit<XmlNode, 'cls' | 'b' | 'text'> = {},
): XmlNode => ({
  cls: 'android.widget.Button',
  text,
  b,
  clickable: true,
  ...props,
});

/** The status bar every real dump has: a clock and a battery level, never part of identity. */
export function statusBarWindow(time = '9:41', width = 1080): XmlWindow {
  return {
    pkg: 'com.android.systemui',
    root: view('android.widget.FrameLayout', [0, 0, width, 80], {
      id: 'status_bar',
      children: [
        textView(time, [40, 10, 200, 70], { id: 'clock' }),
        view('android.widget.ImageView', [960, 10, 1040, 70], { desc: 'Battery 80 percent.' }),
      ],
    }),
  };
}
