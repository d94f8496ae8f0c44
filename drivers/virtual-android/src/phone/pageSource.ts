/**
 * Serialises the rendered phone as UiAutomator2 page source: tags are class
 * names, windows are the root's children, and each node carries the same
 * attributes, in the same order, as the Appium UiAutomator2 server writes
 * (resource-id and content-desc only when set, hint only on text fields).
 */
import type { Box } from '../framework/layout.ts';
import type { Rendered } from './Phone.ts';
import { SCREEN_H, SCREEN_W } from './Phone.ts';
import type { UiNode } from './UiNode.ts';

export function escapeXml(value: string): string {
  return value.replace(
    /[&<>"'\n\r\t]/g,
    (c) =>
      ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&apos;',
        '\n': '&#10;',
        '\r': '&#13;',
        '\t': '&#9;',
      })[c]!,
  );
}

export function boundsString(b: Box): string {
  return `[${b.left},${b.top}][${b.right},${b.bottom}]`;
}

function tagName(cls: string): string {
  // Inner classes ("Foo$Bar") are not valid XML names; UiAutomator2 writes them with a dot.
  return cls.replace(/[^A-Za-z0-9_.-]/g, '.');
}

function attributes(n: UiNode, index: number, drawingOrder: number): string {
  const parts: string[] = [
    `index="${index}"`,
    `package="${escapeXml(n.pkg)}"`,
    `class="${escapeXml(n.cls)}"`,
    `text="${escapeXml(n.text)}"`,
  ];
  if (n.desc) parts.push(`content-desc="${escapeXml(n.desc)}"`);
  if (n.resourceId) parts.push(`resource-id="${escapeXml(n.resourceId)}"`);
  parts.push(
    `checkable="${n.checkable}"`,
    `checked="${n.checked}"`,
    `clickable="${n.clickable}"`,
    `enabled="${n.enabled}"`,
    `focusable="${n.focusable}"`,
    `focused="${n.focused}"`,
    `long-clickable="${n.longClickable}"`,
    `password="${n.password}"`,
    `scrollable="${n.scrollable}"`,
    `selected="${n.selected}"`,
    `bounds="${boundsString(n.bounds)}"`,
    `displayed="true"`,
  );
  if (n.hint) parts.push(`hint="${escapeXml(n.hint)}"`);
  const important = n.clickable || n.focusable || n.scrollable || n.text !== '' || n.desc !== '' || n.checkable;
  parts.push(
    `a11y-important="${important}"`,
    `screen-reader-focusable="false"`,
    `drawing-order="${drawingOrder}"`,
    `showing-hint="${n.showingHint}"`,
    `text-entry-key="false"`,
    `dismissable="false"`,
    `a11y-focused="false"`,
    `heading="${n.heading}"`,
    `live-region="0"`,
    `context-clickable="false"`,
    `content-invalid="false"`,
  );
  return parts.join(' ');
}

function writeNode(n: UiNode, depth: number, index: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const tag = tagName(n.cls);
  const attrs = attributes(n, index, index + 1);
  if (n.children.length === 0) {
    out.push(`${pad}<${tag} ${attrs} />`);
    return;
  }
  out.push(`${pad}<${tag} ${attrs}>`);
  n.children.forEach((c, i) => writeNode(c, depth + 1, i, out));
  out.push(`${pad}</${tag}>`);
}

export function pageSource(r: Rendered): string {
  const out: string[] = [
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
    `<hierarchy index="0" class="hierarchy" rotation="0" width="${SCREEN_W}" height="${SCREEN_H}">`,
  ];
  r.windows.forEach((w, i) => writeNode(w.root, 1, i, out));
  out.push('</hierarchy>');
  return out.join('\n');
}
