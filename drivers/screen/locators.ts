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
  // Per class name, per value: how many nodes match a UiSelector on that pair. Nested maps, not
  // concatenated keys, because building a key string per node shows up in the 5,000-node profile.
  private readonly byText = new Map<string, Map<string, number>>();
  private readonly byId = new Map<string, Map<string, number>>();
  private readonly byDesc = new Map<string, Map<string, number>>();
  private readonly byClass = new Map<string, number>();

  /** Counts `node`; returns its 0-based instance number for each selector it can use. */
  add(node: RawNode): SelectorInstances {
    if (node.resourceId) this.ids.set(node.resourceId, (this.ids.get(node.resourceId) ?? 0) + 1);
    if (node.contentDesc) this.descs.set(node.contentDesc, (this.descs.get(node.contentDesc) ?? 0) + 1);
    const cls = node.className;
    const byClass = this.byClass.get(cls) ?? 0;
    this.byClass.set(cls, byClass + 1);
    return {
      byText: node.text ? bump(this.byText, cls, node.text) : -1,
      byId: node.resourceId ? bump(this.byId, cls, node.resourceId) : -1,
      byDesc: node.contentDesc ? bump(this.byDesc, cls, node.contentDesc) : -1,
      byClass,
    };
  }

  count(kind: 'text' | 'id' | 'desc', cls: string, value: string): number {
    const table = kind === 'text' ? this.byText : kind === 'id' ? this.byId : this.byDesc;
    return table.get(cls)?.get(value) ?? 0;
  }
}

function bump(table: Map<string, Map<string, number>>, cls: string, value: string): number {
  let inner = table.get(cls);
  if (!inner) {
    inner = new Map();
    table.set(cls, inner);
  }
  const before = inner.get(value) ?? 0;
  inner.set(value, before + 1);
  return before;
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

function uiSelector(
  cls: string,
  attr: 'text' | 'resourceId' | 'description' | null,
  value: string,
  instance: number,
  unique: boolean,
): Locator {
  let sel = `new UiSelector().className(${javaString(cls)})`;
  if (attr) sel += `.${attr}(${javaString(value)})`;
  if (!unique) sel += `.instance(${instance})`;
  return { strategy: '-android uiautomator', value: sel };
}

/** 1-based position of each child among its same-tag siblings, computed once per parent. */
const positions = new WeakMap<RawNode, Map<RawNode, number>>();

function positionOf(node: RawNode): number {
  const parent = node.parent;
  if (!parent) return 1;
  let map = positions.get(parent);
  if (!map) {
    map = new Map();
    const seen = new Map<string, number>();
    for (const child of parent.children) {
      const tag = xmlTag(child);
      const k = (seen.get(tag) ?? 0) + 1;
      seen.set(tag, k);
      map.set(child, k);
    }
    positions.set(parent, map);
  }
  return map.get(node) ?? 1;
}

/** XPath over Appium's page source, where tags are class names: /hierarchy/a.B[2]/c.D[1]. */
export function xpathOf(node: RawNode): string {
  const steps: string[] = [];
  for (let n: RawNode | null = node; n; n = n.parent) steps.push(`${xmlTag(n)}[${positionOf(n)}]`);
  return `/hierarchy/${steps.reverse().join('/')}`;
}

const NOT_NAME = /[^A-Za-z0-9._-]/;

function xmlTag(node: RawNode): string {
  // Appium writes the class name as the tag, with characters XML names cannot hold replaced.
  const cls = node.className || node.tag;
  return NOT_NAME.test(cls) ? cls.replace(/[^A-Za-z0-9._-]/g, '_') : cls;
}

export function chooseLocator(node: RawNode, index: LocatorIndex, inst: SelectorInstances): Locator {
  const cls = node.className;
  if (node.resourceId && index.ids.get(node.resourceId) === 1) return { strategy: 'id', value: node.resourceId };
  if (node.contentDesc && index.descs.get(node.contentDesc) === 1)
    return { strategy: 'accessibility id', value: node.contentDesc };
  if (selectorFriendly(node.text)) {
    const count = index.count('text', cls, node.text);
    if (count === 1) return uiSelector(cls, 'text', node.text, 0, true);
  }
  if (selectorFriendly(node.contentDesc) && index.count('desc', cls, node.contentDesc) === 1) {
    return uiSelector(cls, 'description', node.contentDesc, 0, true);
  }
  // Not unique on any single attribute: anchor on the most stable one and pick the instance.
  if (node.resourceId && inst.byId >= 0) return uiSelector(cls, 'resourceId', node.resourceId, inst.byId, false);
  if (selectorFriendly(node.text) && inst.byText >= 0) return uiSelector(cls, 'text', node.text, inst.byText, false);
  if (selectorFriendly(node.contentDesc) && inst.byDesc >= 0)
    return uiSelector(cls, 'description', node.contentDesc, inst.byDesc, false);
  // Nothing identifying: a structural path says where it is, which is all we know.
  return { strategy: 'xpath', value: xpathOf(node) };
}
