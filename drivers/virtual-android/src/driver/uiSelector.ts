/**
 * The `-android uiautomator` locator subset: `new UiSelector()` chains
 * (resourceId, text, textContains, textStartsWith, textMatches, description,
 * descriptionContains, className, clickable, checked, scrollable, enabled,
 * selected, index, instance) and
 * `new UiScrollable(<selector>).scrollIntoView(<selector>)`.
 */
import type { UiNode } from '../phone/UiNode.ts';

export class UiSelectorError extends Error {
  override name = 'UiSelectorError';
}

export interface Criterion {
  method: string;
  arg: string | number | boolean;
}

export interface Selector {
  criteria: Criterion[];
  instance?: number;
}

export type UiAutomatorQuery =
  { kind: 'select'; selector: Selector } | { kind: 'scrollIntoView'; scrollable: Selector; target: Selector };

function parseArg(raw: string): string | number | boolean {
  const t = raw.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?\d+$/.test(t)) return Number(t);
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(t);
  if (m) return m[1]!.replace(/\\(.)/g, '$1');
  throw new UiSelectorError(`Unsupported UiSelector argument ${raw}: use a "string", a number or true/false.`);
}

/** Parses the body after `new UiSelector()`: `.text("a").instance(0)`. */
function parseChain(src: string): Selector {
  const sel: Selector = { criteria: [] };
  const re = /\.\s*([a-zA-Z]+)\s*\(((?:"(?:[^"\\]|\\.)*"|[^()"])*)\)/gy;
  let rest = src.trim();
  if (!rest.startsWith('new UiSelector()'))
    throw new UiSelectorError(`Expected 'new UiSelector()' at '${rest.slice(0, 30)}'.`);
  rest = rest.slice('new UiSelector()'.length);
  let m: RegExpExecArray | null;
  let consumed = 0;
  re.lastIndex = 0;
  while ((m = re.exec(rest))) {
    consumed = re.lastIndex;
    const method = m[1]!;
    const arg = m[2]!.trim() === '' ? true : parseArg(m[2]!);
    if (method === 'instance') sel.instance = Number(arg);
    else sel.criteria.push({ method, arg });
  }
  if (rest.slice(consumed).replace(/[;\s]/g, '') !== '')
    throw new UiSelectorError(`Cannot parse UiSelector near '${rest.slice(consumed, consumed + 30)}'.`);
  return sel;
}

/** Finds the matching close paren for the open paren at `start`. */
function closing(src: string, start: number): number {
  let depth = 0;
  let inStr = false;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new UiSelectorError(`Unbalanced parentheses in '${src}'.`);
}

export function parseUiAutomator(src: string): UiAutomatorQuery {
  const text = src.trim().replace(/;$/, '');
  if (text.startsWith('new UiScrollable(')) {
    const open = 'new UiScrollable'.length;
    const close = closing(text, open);
    const scrollable = parseChain(text.slice(open + 1, close));
    const rest = text
      .slice(close + 1)
      .replace(/\.setAs(Vertical|Horizontal)List\(\)/g, '')
      .replace(/\.setMaxSearchSwipes\(\d+\)/g, '');
    const m = /^\.scrollIntoView\(/.exec(rest);
    if (!m)
      throw new UiSelectorError(
        `Only UiScrollable(...).scrollIntoView(new UiSelector()...) is supported, got '${rest.slice(0, 40)}'.`,
      );
    const tOpen = rest.indexOf('(');
    const tClose = closing(rest, tOpen);
    return { kind: 'scrollIntoView', scrollable, target: parseChain(rest.slice(tOpen + 1, tClose)) };
  }
  return { kind: 'select', selector: parseChain(text) };
}

function matchOne(n: UiNode, c: Criterion, fgPkg: string): boolean {
  const s = String(c.arg);
  switch (c.method) {
    case 'resourceId':
      return n.resourceId === s || (!s.includes(':') && n.resourceId === `${fgPkg}:id/${s}`);
    case 'resourceIdMatches':
      return new RegExp(s).test(n.resourceId);
    case 'text':
      return n.text === s;
    case 'textContains':
      return n.text.includes(s);
    case 'textStartsWith':
      return n.text.startsWith(s);
    case 'textMatches':
      return new RegExp(s).test(n.text);
    case 'description':
      return n.desc === s;
    case 'descriptionContains':
      return n.desc.includes(s);
    case 'descriptionStartsWith':
      return n.desc.startsWith(s);
    case 'descriptionMatches':
      return new RegExp(s).test(n.desc);
    case 'className':
      return n.cls === s;
    case 'classNameMatches':
      return new RegExp(s).test(n.cls);
    case 'packageName':
      return n.pkg === s;
    case 'clickable':
      return n.clickable === c.arg;
    case 'longClickable':
      return n.longClickable === c.arg;
    case 'checkable':
      return n.checkable === c.arg;
    case 'checked':
      return n.checked === c.arg;
    case 'scrollable':
      return n.scrollable === c.arg;
    case 'enabled':
      return n.enabled === c.arg;
    case 'selected':
      return n.selected === c.arg;
    case 'focused':
      return n.focused === c.arg;
    case 'focusable':
      return n.focusable === c.arg;
    case 'index':
      return n.index === Number(c.arg);
    default:
      throw new UiSelectorError(`UiSelector method '${c.method}' is not supported by the virtual device.`);
  }
}

export function selectNodes(nodes: UiNode[], sel: Selector, fgPkg: string): UiNode[] {
  const hits = nodes.filter((n) => sel.criteria.every((c) => matchOne(n, c, fgPkg)));
  if (sel.instance === undefined) return hits;
  const one = hits[sel.instance];
  return one ? [one] : [];
}
