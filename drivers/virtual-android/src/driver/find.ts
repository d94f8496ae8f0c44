/**
 * Element lookup for the driver's locator strategies, over the same tree the
 * page source is written from.
 */
import type { Phone } from '../phone/Phone.ts';
import { boundsString } from '../phone/pageSource.ts';
import { PhoneError } from '../phone/PhoneError.ts';
import type { UiNode } from '../phone/UiNode.ts';
import { walk } from '../phone/UiNode.ts';
import { parseUiAutomator, selectNodes, type Selector } from './uiSelector.ts';
import { evaluateXPath, type XNode } from './xpath.ts';

function allNodes(phone: Phone, within?: UiNode): UiNode[] {
  const out: UiNode[] = [];
  if (within) {
    for (const c of within.children) walk(c, (n) => out.push(n));
    return out;
  }
  for (const w of phone.render().windows) walk(w.root, (n) => out.push(n));
  return out;
}

function attrOf(n: UiNode, name: string): string | undefined {
  switch (name) {
    case 'index':
      return String(n.index);
    case 'package':
      return n.pkg;
    case 'class':
      return n.cls;
    case 'text':
      return n.text;
    case 'content-desc':
      return n.desc || undefined;
    case 'resource-id':
      return n.resourceId || undefined;
    case 'hint':
      return n.hint || undefined;
    case 'checkable':
      return String(n.checkable);
    case 'checked':
      return String(n.checked);
    case 'clickable':
      return String(n.clickable);
    case 'enabled':
      return String(n.enabled);
    case 'focusable':
      return String(n.focusable);
    case 'focused':
      return String(n.focused);
    case 'long-clickable':
      return String(n.longClickable);
    case 'password':
      return String(n.password);
    case 'scrollable':
      return String(n.scrollable);
    case 'selected':
      return String(n.selected);
    case 'bounds':
      return boundsString(n.bounds);
    case 'displayed':
      return 'true';
    case 'showing-hint':
      return String(n.showingHint);
    case 'heading':
      return String(n.heading);
    default:
      return undefined;
  }
}

/** Wraps the phone's windows in XNodes under a virtual document with a <hierarchy> root. */
function xmlView(phone: Phone): { doc: XNode; byNode: Map<UiNode, XNode>; back: Map<XNode, UiNode> } {
  const byNode = new Map<UiNode, XNode>();
  const back = new Map<XNode, UiNode>();
  const doc: XNode = { tag: '#document', attr: () => undefined, children: [], parent: null };
  const hierarchy: XNode = {
    tag: 'hierarchy',
    attr: (n) => ({ index: '0', class: 'hierarchy', rotation: '0', width: '1080', height: '2400' })[n],
    children: [],
    parent: doc,
  };
  doc.children.push(hierarchy);
  const wrap = (n: UiNode, parent: XNode): XNode => {
    const x: XNode = {
      tag: n.cls.replace(/[^A-Za-z0-9_.-]/g, '.'),
      attr: (name) => attrOf(n, name),
      children: [],
      parent,
    };
    byNode.set(n, x);
    back.set(x, n);
    x.children = n.children.map((c) => wrap(c, x));
    return x;
  };
  hierarchy.children = phone.render().windows.map((w) => wrap(w.root, hierarchy));
  return { doc, byNode, back };
}

function foregroundPackage(phone: Phone): string {
  return phone.render().screenId.package;
}

function scrollIntoView(phone: Phone, scrollable: Selector, target: Selector): UiNode[] {
  const pkg = foregroundPackage(phone);
  const findTarget = (): UiNode[] => selectNodes(allNodes(phone), target, pkg);
  let hits = findTarget();
  if (hits.length) return hits;
  const scroller = (): UiNode | undefined => selectNodes(allNodes(phone), scrollable, pkg).find((n) => n.scroll);
  const first = scroller();
  if (!first) throw new PhoneError('NotScrollable', 'No scrollable element matches the UiScrollable selector.');
  const step = Math.floor((first.bounds.bottom - first.bounds.top) * 0.7);
  for (const dir of [1, -1, 1]) {
    for (let i = 0; i < 30; i++) {
      const s = scroller();
      if (!s || !phone.scrollNode(s, dir * step)) break;
      hits = findTarget();
      if (hits.length) return hits;
    }
  }
  return [];
}

export function findNodes(phone: Phone, strategy: string, selector: string, within?: UiNode): UiNode[] {
  const pkg = foregroundPackage(phone);
  switch (strategy) {
    case 'id': {
      const full = selector.includes(':') ? selector : `${pkg}:id/${selector}`;
      return allNodes(phone, within).filter((n) => n.resourceId === full || n.resourceId === selector);
    }
    case 'accessibility id':
      return allNodes(phone, within).filter((n) => n.desc === selector);
    case 'class name':
      return allNodes(phone, within).filter((n) => n.cls === selector);
    case '-android uiautomator': {
      const q = parseUiAutomator(selector);
      if (q.kind === 'scrollIntoView') return scrollIntoView(phone, q.scrollable, q.target);
      return selectNodes(allNodes(phone, within), q.selector, pkg);
    }
    case 'xpath': {
      const { doc, byNode, back } = xmlView(phone);
      const ctx = within ? byNode.get(within) : undefined;
      return evaluateXPath(selector, doc, ctx ?? doc)
        .map((x) => back.get(x))
        .filter((n): n is UiNode => n !== undefined);
    }
    default:
      throw new PhoneError('InvalidElementState', `Locator strategy '${strategy}' is not supported.`);
  }
}
