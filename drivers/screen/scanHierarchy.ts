/**
 * A tolerant, single-pass scanner for UI hierarchy XML. Page source is a tiny
 * subset of XML (elements with quoted attributes, a declaration, sometimes a
 * comment), so a hand-written scanner beats a general SAX parser here (it
 * reads attributes straight into typed fields) and lets us decide what to
 * forgive: trailing junk after the root and raw `&` in values are recovered;
 * truncation and broken markup become a PageSourceError with a byte offset.
 */
import { PageSourceError, type PageSourceWarning } from './PageSourceError.ts';
import { newRawNode, type RawHierarchy, type RawNode } from './RawNode.ts';
import type { Bounds } from './types.ts';

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35 /* # */) return NAMED[body] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** "[l,t][r,b]" -> Bounds, or null when the value is not in that shape. */
export function parseBounds(value: string): Bounds | null {
  return boundsAt(value, 0, value.length);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Characters that end a tag or attribute name. */
function endsName(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 62 /* > */ || c === 47 /* / */ || c === 61; /* = */
}

// Attribute codes; dispatching on length then startsWith avoids allocating every attribute name.
const A_CLASS = 1,
  A_TEXT = 2,
  A_RESOURCE_ID = 3,
  A_CONTENT_DESC = 4,
  A_HINT = 5,
  A_PACKAGE = 6,
  A_BOUNDS = 7;
const A_CHECKABLE = 8,
  A_CHECKED = 9,
  A_CLICKABLE = 10,
  A_LONG_CLICKABLE = 11,
  A_ENABLED = 12,
  A_FOCUSABLE = 13;
const A_FOCUSED = 14,
  A_SCROLLABLE = 15,
  A_PASSWORD = 16,
  A_SELECTED = 17,
  A_DISPLAYED = 18,
  A_SHOWING_HINT = 19;

function attrCode(xml: string, at: number, len: number): number {
  switch (len) {
    case 4:
      if (xml.startsWith('text', at)) return A_TEXT;
      if (xml.startsWith('hint', at)) return A_HINT;
      return 0;
    case 5:
      return xml.startsWith('class', at) ? A_CLASS : 0;
    case 6:
      return xml.startsWith('bounds', at) ? A_BOUNDS : 0;
    case 7:
      if (xml.startsWith('package', at)) return A_PACKAGE;
      if (xml.startsWith('checked', at)) return A_CHECKED;
      if (xml.startsWith('enabled', at)) return A_ENABLED;
      if (xml.startsWith('focused', at)) return A_FOCUSED;
      return 0;
    case 8:
      if (xml.startsWith('password', at)) return A_PASSWORD;
      if (xml.startsWith('selected', at)) return A_SELECTED;
      return 0;
    case 9:
      if (xml.startsWith('checkable', at)) return A_CHECKABLE;
      if (xml.startsWith('clickable', at)) return A_CLICKABLE;
      if (xml.startsWith('focusable', at)) return A_FOCUSABLE;
      if (xml.startsWith('displayed', at)) return A_DISPLAYED;
      return 0;
    case 10:
      return xml.startsWith('scrollable', at) ? A_SCROLLABLE : 0;
    case 11:
      return xml.startsWith('resource-id', at) ? A_RESOURCE_ID : 0;
    case 12:
      if (xml.startsWith('content-desc', at)) return A_CONTENT_DESC;
      return xml.startsWith('showing-hint', at) ? A_SHOWING_HINT : 0;
    case 14:
      return xml.startsWith('long-clickable', at) ? A_LONG_CLICKABLE : 0;
    case 17:
      return xml.startsWith('showing-hint-text', at) ? A_SHOWING_HINT : 0;
    default:
      return 0;
  }
}

/** Reads the value between quotes at [from, to) into `node` without allocating for flags. */
function setAttribute(node: RawNode, code: number, xml: string, from: number, to: number): void {
  // Flags: "true"/"false" decided on the first character.
  const t = xml.charCodeAt(from) === 116; /* t */
  const f = xml.charCodeAt(from) === 102 && to - from === 5; /* false */
  switch (code) {
    case A_CHECKABLE:
      node.checkable = t;
      return;
    case A_CHECKED:
      node.checked = t;
      return;
    case A_CLICKABLE:
      node.clickable = t;
      return;
    case A_LONG_CLICKABLE:
      node.longClickable = t;
      return;
    case A_ENABLED:
      node.enabled = !f;
      return;
    case A_FOCUSABLE:
      node.focusable = t;
      return;
    case A_FOCUSED:
      node.focused = t;
      return;
    case A_SCROLLABLE:
      node.scrollable = t;
      return;
    case A_PASSWORD:
      node.password = t;
      return;
    case A_SELECTED:
      node.selected = t;
      return;
    case A_DISPLAYED:
      node.displayed = !f;
      return;
    case A_SHOWING_HINT:
      node.showingHint = t;
      return;
    case A_BOUNDS:
      node.bounds = boundsAt(xml, from, to);
      return;
    default:
      break;
  }
  if (to === from) return;
  let value = xml.slice(from, to);
  if (value.indexOf('&') !== -1) value = decodeEntities(value);
  switch (code) {
    case A_CLASS:
      node.className = value;
      break;
    case A_TEXT:
      node.text = value;
      break;
    case A_RESOURCE_ID:
      node.resourceId = value;
      break;
    case A_CONTENT_DESC:
      node.contentDesc = value;
      break;
    case A_HINT:
      node.hint = value;
      break;
    case A_PACKAGE:
      node.package = value;
      break;
    default:
      break;
  }
}

/** "[l,t][r,b]" read in place; null when the value has another shape. */
function boundsAt(xml: string, from: number, to: number): Bounds | null {
  const nums = [0, 0, 0, 0];
  let k = 0;
  let i = from;
  if (xml.charCodeAt(i) !== 91 /* [ */) return null;
  i++;
  while (k < 4) {
    let neg = false;
    if (xml.charCodeAt(i) === 45 /* - */) {
      neg = true;
      i++;
    }
    const start = i;
    let v = 0;
    for (let c = xml.charCodeAt(i); c >= 48 && c <= 57; c = xml.charCodeAt(++i)) v = v * 10 + (c - 48);
    if (i === start) return null;
    nums[k++] = neg ? -v : v;
    const sep = xml.charCodeAt(i);
    const want = k === 1 || k === 3 ? 44 /* , */ : k === 2 ? 93 /* ] */ : 93;
    if (sep !== want) return null;
    i++;
    if (k === 2) {
      if (xml.charCodeAt(i) !== 91) return null;
      i++;
    }
  }
  if (i !== to) return null;
  return { left: nums[0] as number, top: nums[1] as number, right: nums[2] as number, bottom: nums[3] as number };
}

export interface ScanResult {
  hierarchy: RawHierarchy;
  warnings: PageSourceWarning[];
}

/**
 * Scans `xml` into a RawHierarchy. `toByteOffset` converts a character index
 * into the byte offset reported in errors (it depends on the input encoding).
 */
export function scanHierarchy(xml: string, toByteOffset: (charIndex: number) => number = (i) => i): ScanResult {
  const fail = (reason: ConstructorParameters<typeof PageSourceError>[0], at: number, detail: string): never => {
    throw new PageSourceError(reason, toByteOffset(at), detail);
  };
  const warnings: PageSourceWarning[] = [];
  const n = xml.length;
  let i = 0;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n && isSpace(xml.charCodeAt(i))) i++;
  if (i >= n) fail('empty', i, 'Page source is empty');
  if (xml.charCodeAt(i) !== 60 /* < */)
    fail('not_xml', i, `Page source is not XML: it starts with ${JSON.stringify(xml.slice(i, i + 24))}`);

  const stack: RawNode[] = [];
  const roots: RawNode[] = [];
  let rootTag: string | null = null;
  let rootClosed = false;
  let rootAttrs: Record<string, string> = {};
  // When the root is a bare <node> (some tools dump without <hierarchy>) it is itself the only window.
  let rootIsNode = false;
  let nodeCount = 0;
  let sawNodeTag = false;

  const junk = (at: number): void => {
    warnings.push({
      code: 'trailing_junk',
      message: `Ignored ${n - at} characters after the end of the hierarchy: ${JSON.stringify(xml.slice(at, at + 40))}`,
      byteOffset: toByteOffset(at),
    });
  };

  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    // Character data between tags: only whitespace matters inside a hierarchy; anything after the root is junk.
    if (textEnd > i) {
      let k = i;
      while (k < textEnd && isSpace(xml.charCodeAt(k))) k++;
      if (k < textEnd) {
        if (rootClosed) {
          junk(k);
          break;
        }
        if (rootTag === null) fail('not_xml', k, 'Page source has text before its root element');
      }
    }
    if (lt === -1) break;
    i = lt;
    if (rootClosed) {
      // Markup after the root (a second dump glued on, an adb banner in brackets): junk too.
      junk(i);
      break;
    }
    const c1 = xml.charCodeAt(i + 1);
    if (Number.isNaN(c1)) fail('truncated', i, 'Page source ends inside a tag');
    if (c1 === 63 /* ? */) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) fail('truncated', i, 'Page source ends inside the XML declaration');
      i = end + 2;
      continue;
    }
    if (c1 === 33 /* ! */) {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end === -1) fail('truncated', i, 'Page source ends inside a comment');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        if (end === -1) fail('truncated', i, 'Page source ends inside a CDATA section');
        i = end + 3;
      } else {
        const end = xml.indexOf('>', i + 2);
        if (end === -1) fail('truncated', i, 'Page source ends inside a <! declaration');
        i = end + 1;
      }
      continue;
    }
    if (c1 === 47 /* / */) {
      const end = xml.indexOf('>', i + 2);
      if (end === -1) fail('truncated', i, 'Page source ends inside an end tag');
      const name = xml.slice(i + 2, end).trim();
      if (rootTag === null) fail('malformed', i, `End tag </${name}> before any element`);
      if (stack.length === 0) {
        // Closing the <hierarchy> root (nodes are on the stack, the root itself is not).
        if (name !== rootTag || rootIsNode) fail('malformed', i, `Unexpected end tag </${name}>`);
        rootClosed = true;
      } else {
        const top = stack.pop() as RawNode;
        if (top.tag !== name) fail('malformed', i, `End tag </${name}> does not match open element <${top.tag}>`);
        if (rootIsNode && stack.length === 0) rootClosed = true;
      }
      i = end + 1;
      continue;
    }

    // A start tag.
    const tagStart = i;
    let j = i + 1;
    while (j < n && !endsName(xml.charCodeAt(j))) j++;
    if (j >= n) fail('truncated', tagStart, 'Page source ends inside a start tag');
    const tag = xml.slice(i + 1, j);
    if (tag.length === 0) {
      fail(rootTag === null ? 'not_xml' : 'malformed', tagStart, 'A "<" that does not start a tag');
    }
    const isRoot = rootTag === null;
    let node: RawNode | null = null;
    if (!isRoot) {
      node = newRawNode(tag, stack.length > 0 ? (stack[stack.length - 1] as RawNode) : null);
      if (tag === 'node') sawNodeTag = true;
    } else if (tag === 'node' || tag.includes('.')) {
      // No <hierarchy> wrapper: the root element is the only window.
      rootIsNode = true;
      node = newRawNode(tag, null);
      if (tag === 'node') sawNodeTag = true;
    } else if (tag !== 'hierarchy') {
      fail('not_page_source', tagStart, `Root element is <${tag}>, not a UI hierarchy`);
    }
    let selfClosing = false;
    for (;;) {
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (j >= n) fail('truncated', tagStart, `Page source ends inside the start tag <${tag}>`);
      const c = xml.charCodeAt(j);
      if (c === 62 /* > */) {
        j++;
        break;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(j + 1) === 62) {
          selfClosing = true;
          j += 2;
          break;
        }
        if (j + 1 >= n) fail('truncated', tagStart, `Page source ends inside the start tag <${tag}>`);
        fail('malformed', j, `Stray "/" in the start tag <${tag}>`);
      }
      const nameStart = j;
      // Fast path: a known attribute written as name="..." (nearly all of them) needs no character loop.
      const eq = xml.indexOf('=', j);
      let code = eq === -1 ? 0 : attrCode(xml, j, eq - j);
      if (code !== 0) {
        j = eq;
      } else {
        while (j < n && !endsName(xml.charCodeAt(j))) j++;
      }
      const nameEnd = j;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (j >= n) fail('truncated', tagStart, `Page source ends inside the start tag <${tag}>`);
      if (nameEnd === nameStart || xml.charCodeAt(j) !== 61 /* = */) {
        fail('malformed', nameStart, `Attribute "${xml.slice(nameStart, nameEnd) || xml[j]}" of <${tag}> has no value`);
      }
      j++;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      const q = xml.charCodeAt(j);
      if (j >= n) fail('truncated', tagStart, `Page source ends inside the start tag <${tag}>`);
      if (q !== 34 && q !== 39)
        fail('malformed', j, `Value of attribute "${xml.slice(nameStart, nameEnd)}" of <${tag}> is not quoted`);
      const close = xml.indexOf(q === 34 ? '"' : "'", j + 1);
      if (close === -1)
        fail(
          'truncated',
          tagStart,
          `Page source ends inside the value of attribute "${xml.slice(nameStart, nameEnd)}"`,
        );
      if (node) {
        if (code === 0) code = attrCode(xml, nameStart, nameEnd - nameStart);
        if (code !== 0) setAttribute(node, code, xml, j + 1, close);
      } else {
        rootAttrs[xml.slice(nameStart, nameEnd)] = decodeEntities(xml.slice(j + 1, close));
      }
      j = close + 1;
    }
    i = j;
    if (isRoot) {
      rootTag = tag;
      if (!node) {
        if (selfClosing) rootClosed = true;
        continue;
      }
    }
    if (!node) continue;
    nodeCount++;
    if (!node.className) node.className = tag === 'node' ? '' : tag;
    if (node.parent) node.parent.children.push(node);
    else roots.push(node);
    if (selfClosing) {
      if (isRoot) rootClosed = true;
    } else {
      stack.push(node);
    }
  }

  if (rootTag === null) fail('not_xml', n, 'Page source has no root element');
  if (!rootClosed) {
    const open = stack.length > 0 ? `<${(stack[stack.length - 1] as RawNode).tag}>` : `<${rootTag}>`;
    fail(
      'truncated',
      n,
      `Page source ends before ${open} is closed (${stack.length + (rootIsNode ? 0 : 1)} elements still open)`,
    );
  }

  const num = (v: string | undefined): number | null => {
    if (v === undefined || v === '') return null;
    const x = Number(v);
    return Number.isFinite(x) ? x : null;
  };
  rootAttrs = rootIsNode ? {} : rootAttrs;
  return {
    hierarchy: {
      format: sawNodeTag ? 'uiautomator' : roots.length === 0 && !('width' in rootAttrs) ? 'uiautomator' : 'appium',
      rotation: num(rootAttrs.rotation) ?? 0,
      width: num(rootAttrs.width),
      height: num(rootAttrs.height),
      roots,
      nodeCount,
    },
    warnings,
  };
}
