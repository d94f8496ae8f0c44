/**
 * The parse tree the scanner produces: one RawNode per element of the dump,
 * with the attributes perception uses already typed. Both dump formats land
 * in this one shape; everything after the scanner is format-blind.
 */
import type { Bounds } from './types.ts';

export interface RawNode {
  /** Tag as written: "node" (uiautomator) or the class name (Appium). */
  tag: string;
  className: string;
  text: string;
  resourceId: string;
  contentDesc: string;
  hint: string;
  package: string;
  /** null when the attribute is missing or unreadable. */
  bounds: Bounds | null;
  checkable: boolean;
  checked: boolean;
  clickable: boolean;
  longClickable: boolean;
  enabled: boolean;
  focusable: boolean;
  focused: boolean;
  scrollable: boolean;
  password: boolean;
  selected: boolean;
  /**
   * The text is the hint (Appium's `showing-hint`, uiautomator's `showing-hint-text`):
   * Android reports an empty field's hint as its text.
   */
  showingHint: boolean;
  /** Appium's `displayed`; uiautomator dumps only list displayed nodes, so it defaults to true. */
  displayed: boolean;
  parent: RawNode | null;
  children: RawNode[];
}

export interface RawHierarchy {
  format: 'uiautomator' | 'appium';
  rotation: number;
  /** From the root's width/height attributes (Appium) when present. */
  width: number | null;
  height: number | null;
  /** Top-level nodes: one per window in multi-window dumps. */
  roots: RawNode[];
  /** Number of nodes in the whole tree. */
  nodeCount: number;
}

export function newRawNode(tag: string, parent: RawNode | null): RawNode {
  return {
    tag,
    className: '',
    text: '',
    resourceId: '',
    contentDesc: '',
    hint: '',
    package: '',
    bounds: null,
    checkable: false,
    checked: false,
    clickable: false,
    longClickable: false,
    enabled: true,
    focusable: false,
    focused: false,
    scrollable: false,
    password: false,
    selected: false,
    showingHint: false,
    displayed: true,
    parent,
    children: [],
  };
}
