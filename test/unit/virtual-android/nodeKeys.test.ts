/**
 * The virtual device's true node identity (evaluation only): one identity per page-source node, unique on
 * every reachable page, and a list row keeps its identity when the list is scrolled, sorted or grown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scanHierarchy } from '../../../drivers/screen/index.ts';
import type { RawNode } from '../../../drivers/screen/index.ts';
import {
  APPS,
  Phone,
  crawlScreens,
  nodeKeys,
  pageSource,
  type CrawledScreen,
} from '../../../drivers/virtual-android/src/index.ts';
import type { ClockState } from '../../../drivers/virtual-android/src/apps/clock/state.ts';
import { sortedContacts, type ContactsState } from '../../../drivers/virtual-android/src/apps/contacts/state.ts';

const CLOCK = 'com.android.deskclock';
const CONTACTS = 'com.google.android.contacts';

/** Page-source nodes in document order with their text, so a test can find "the node that shows X". */
function nodesOf(xml: string): RawNode[] {
  const out: RawNode[] = [];
  const walk = (n: RawNode): void => {
    out.push(n);
    n.children.forEach(walk);
  };
  scanHierarchy(xml).hierarchy.roots.forEach(walk);
  return out;
}

/** The identity of the first node whose text is `text`. */
function identityOf(phone: Phone, text: string): string {
  const nodes = nodesOf(pageSource(phone.render()));
  const i = nodes.findIndex((n) => n.text === text);
  if (i < 0) throw new Error(`no node shows "${text}"`);
  return nodeKeys(phone).nodes[i]!;
}

describe('mapleNodeKeys: true node identity', () => {
  let phone: Phone;
  let screens: Map<string, CrawledScreen>;
  beforeAll(() => {
    phone = new Phone(APPS, { seed: 3 });
    screens = crawlScreens(phone);
  });

  it('gives every node of every reachable page one identity, unique on the page, in document order', () => {
    expect(screens.size).toBeGreaterThan(40);
    for (const [id, s] of screens) {
      phone.restore(s.state);
      const keys = nodeKeys(phone);
      expect(keys.screen, id).toBe(id);
      expect(keys.nodes.length, id).toBe(nodesOf(pageSource(phone.render())).length);
      const dupes = keys.nodes.filter((k, i) => keys.nodes.indexOf(k) !== i);
      expect(dupes, id).toEqual([]);
      for (const k of keys.nodes) expect(k.startsWith(keys.page.split('+')[0]!), id).toBe(true);
    }
  });

  it('keeps a contact row its identity when the list scrolls, and names it by the contact', () => {
    phone.reset(3);
    phone.launch(CONTACTS);
    const before = nodesOf(pageSource(phone.render()));
    const name = before.find((n) => n.resourceId.endsWith('cliv_name_textview') && n.bounds!.top > 1200)!.text;
    const id = identityOf(phone, name);
    expect(id).toMatch(/\{contact\/\d+\}/);
    phone.scrollNode(phone.largestScrollable()!, 400);
    expect(identityOf(phone, name)).toBe(id);
  });

  it('keeps an alarm row its identity when an earlier alarm is added above it, and gives the new row its own', () => {
    phone.reset(3);
    phone.launch(CLOCK);
    const gym = identityOf(phone, '06:30');
    const clock = phone.state.apps[CLOCK] as unknown as ClockState;
    clock.alarms.push({ id: 99, time: 5 * 60, label: '', enabled: true, days: [], vibrate: true });
    phone.invalidate();
    expect(identityOf(phone, '06:30')).toBe(gym);
    expect(identityOf(phone, '05:00')).not.toBe(gym);
    expect(identityOf(phone, '05:00')).toMatch(/\{alarm\/99\}/);
  });

  it('tells a starred contact under Favorites from the same contact under its letter', () => {
    phone.reset(3);
    const contacts = (phone.state.apps[CONTACTS] as unknown as ContactsState).contacts;
    for (const c of contacts) c.starred = false;
    sortedContacts(contacts)[0]!.starred = true; // listed first under Favorites and first under its letter
    phone.launch(CONTACTS);
    const nodes = nodesOf(pageSource(phone.render()));
    const keys = nodeKeys(phone).nodes;
    const byName = new Map<string, string[]>();
    nodes.forEach((n, i) => {
      if (n.resourceId.endsWith('cliv_name_textview')) byName.set(n.text, [...(byName.get(n.text) ?? []), keys[i]!]);
    });
    const twice = [...byName.values()].find((ids) => ids.length === 2);
    expect(twice, 'a starred contact is listed twice').toBeDefined();
    expect(new Set(twice).size).toBe(2);
  });
});
