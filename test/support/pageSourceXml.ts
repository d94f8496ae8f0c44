/**
 * Small page sources written by hand for identity and window tests, in
 * either dump format, through drivers/screen's writePageSource: nodes name
 * their package once per window and resource ids by their short name, so a
 * screen reads like its layout. One top-level node per window, as
 * multi-window dumps have it.
 */
import { type NodeSpec, writePageSource } from '../../drivers/screen/index.ts';

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

function toSpec(n: XmlNode, pkg: string): NodeSpec {
  const { children, id, ...rest } = n;
  const spec: NodeSpec = { ...rest, pkg };
  if (id) spec.id = id.includes(':id/') ? id : `${pkg}:id/${id}`;
  if (children?.length) spec.children = children.map((c) => toSpec(c, pkg));
  return spec;
}

/** A dump of these windows, bottom to top; `size` goes into Appium's root (uiautomator dumps carry none). */
export function pageSourceXml(
  windows: XmlWindow[],
  format: DumpFormat,
  size: { width: number; height: number } = { width: 1080, height: 2400 },
): string {
  return writePageSource(
    windows.map((w) => toSpec(w.root, w.pkg)),
    { format, ...size },
  );
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
