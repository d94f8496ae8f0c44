/**
 * Best Appium locator per element. Order of preference follows what stays
 * valid longest and resolves fastest on a device: a unique resource-id, a
 * unique content-desc (accessibility id), a UiSelector (class plus the most
 * specific attribute, with .instance(n) when that is not unique), and only
 * then an XPath. Uniqueness counts every node in the dump, hidden ones too,
 * because Appium's finders see them as well.
 */
import type { RawNode } from './RawNode.ts';
import type { Locator } from './types.ts';

/** Counts of attribute values over the whole dump, filled in document order. */
export class LocatorIndex {
  readonly ids = new Map<string, number>();
  readonly descs = new Map<string, number>();
  /** UiSelector keys (class + one attribute) -> number of nodes matching. */
  readonly selectors = new Map<string, number>();

  /** Counts `node`; returns its 0-based instance number for each selector key it has. */
  add(node: RawNode): SelectorInstances {
    if (node.resourceId) this.ids.set(node.resourceId, (this.ids.get(node.resourceId) ?? 0) + 1);
    if (node.contentDesc) this.descs.set(node.contentDesc, (this.descs.get(node.contentDesc) ?? 0) + 1);
    const cls = node.className;
    return {
      byText: node.text ? this.bump(`t\u0000${cls}\u0000${node.text}`) : -1,
      byId: node.resourceId ? this.bump(`r\u0000${cls}\u0000${node.resourceId}`) : -1,
      byDesc: node.contentDesc ? this.bump(`d\u0000${cls}\u0000${node.contentDesc}`) : -1,
      byClass: this.bump(`c\u0000${cls}`),
    };
  }

  count(kind: 't' | 'r' | 'd' | 'c', cls: string, value = ''): number {
    return this.selectors.get(kind === 'c' ? `c\u0000${cls}` : `${kind}\u0000${cls}\u0000${value}`) ?? 0;
  }

  private bump(key: string): number {
    const before = this.selectors.get(key) ?? 0;
    this.selectors.set(key, before + 1);
    return before;
  }
}

export interface SelectorInstances {
  byText: number;
  byId: number;
  byDesc: number;
  byClass: number;
}

/** Quotes a string for a UiSelector argument (Java string literal rules). */
function javaString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Text usable inside a UiSelector: one line, not huge (long user content changes too often to anchor on). */
function selectorFriendly(value: string): boolean {
  return value.length > 0 && value.length <= 80 && !/[\n\r]/.test(value);
}

function uiSelector(cls: string, attr: 'text' | 'resourceId' | 'description' | null, value: string, instance: number, unique: boolean): Locator {
  let sel = `new UiSelector().className(${javaString(cls)})`;
  if (attr) sel += `.${attr}(${javaString(value)})`;
  if (!unique) sel += `.instance(${instance})`;
  return { strategy: '-android uiautomator', value: sel };
}

/** XPath over Appium's page source, where tags are class names: /hierarchy/a.B[2]/c.D[1]. */
export function xpathOf(node: RawNode): string {
  const steps: string[] = [];
  for (let n: RawNode | null = node; n; n = n.parent) {
    const tag = xmlTag(n);
    const siblings: RawNode[] | null = n.parent ? n.parent.children : null;
    let position = 1;
    if (siblings) {
      for (const s of siblings) {
        if (s === n) break;
        if (xmlTag(s) === tag) position++;
      }
    }
    steps.push(`${tag}[${position}]`);
  }
  return `/hierarchy/${steps.reverse().join('/')}`;
}

function xmlTag(node: RawNode): string {
  // Appium writes the class name as the tag, with characters XML names cannot hold replaced.
  const cls = node.className || node.tag;
  return cls.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function chooseLocator(node: RawNode, index: LocatorIndex, inst: SelectorInstances): Locator {
  const cls = node.className;
  if (node.resourceId && index.ids.get(node.resourceId) === 1) return { strategy: 'id', value: node.resourceId };
  if (node.contentDesc && index.descs.get(node.contentDesc) === 1) return { strategy: 'accessibility id', value: node.contentDesc };
  if (selectorFriendly(node.text)) {
    const count = index.count('t', cls, node.text);
    if (count === 1) return uiSelector(cls, 'text', node.text, 0, true);
  }
  if (selectorFriendly(node.contentDesc) && index.count('d', cls, node.contentDesc) === 1) {
    return uiSelector(cls, 'description', node.contentDesc, 0, true);
  }
  // Not unique on any single attribute: anchor on the most stable one and pick the instance.
  if (node.resourceId && inst.byId >= 0) return uiSelector(cls, 'resourceId', node.resourceId, inst.byId, false);
  if (selectorFriendly(node.text) && inst.byText >= 0) return uiSelector(cls, 'text', node.text, inst.byText, false);
  if (selectorFriendly(node.contentDesc) && inst.byDesc >= 0) return uiSelector(cls, 'description', node.contentDesc, inst.byDesc, false);
  // Nothing identifying: a structural path says where it is, which is all we know.
  return { strategy: 'xpath', value: xpathOf(node) };
}
