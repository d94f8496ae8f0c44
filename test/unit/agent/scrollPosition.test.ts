/**
 * What the executor is told about scrolling, against the truth: the virtual
 * phone knows every list's scroll offset and how far it can go. Every
 * scroller of every screen reachable by taps, at its top, middle and end:
 * each definite claim ("more below", "end reached", "more above") must be
 * true nearly always; "may continue below" is the honest answer when page
 * source cannot tell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mayHideContent, scrollPosition } from '../../../agent/roles/executor/scrollPosition.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import {
  APPS,
  Phone,
  crawlScreens,
  pageSource,
  type CrawledScreen,
  type UiNode,
} from '../../../drivers/virtual-android/src/index.ts';

interface Case {
  screen: string;
  offset: number;
  max: number;
  said: string;
  /** What the verifier is told: part of this screen may be out of sight. */
  hides: boolean;
}

function walk(n: UiNode, visit: (n: UiNode) => void): void {
  visit(n);
  for (const c of n.children) walk(c, visit);
}

function scrollers(phone: Phone): UiNode[] {
  const out: UiNode[] = [];
  for (const w of phone.render().windows)
    if (w.key === 'app' || w.key === 'dialog') walk(w.root, (n) => n.scroll && out.push(n));
  return out;
}

const cases: Case[] = [];

beforeAll(() => {
  const phone = new Phone(APPS, { seed: 5 });
  const screens: Map<string, CrawledScreen> = crawlScreens(phone);
  for (const [id, s] of screens) {
    phone.restore(s.state);
    for (const handle of scrollers(phone).map((n) => n.handle)) {
      for (const share of [0, 0.5, 1]) {
        phone.restore(s.state);
        const node = scrollers(phone).find((n) => n.handle === handle)!;
        const by = Math.round(node.scroll!.max * share);
        if (by > 0) phone.scrollNode(node, by);
        const after = scrollers(phone).find((n) => n.handle === handle)!;
        const screen = parsePageSource(pageSource(phone.render()));
        const b = after.bounds;
        const el = screen.elements.find(
          (e) =>
            e.flags.scrollable &&
            e.bounds.left === b.left &&
            e.bounds.top === b.top &&
            e.bounds.right === b.right &&
            e.bounds.bottom === b.bottom,
        );
        if (!el) continue;
        const said = new RegExp(`\\[${el.id}\\] \\w+: ([^;]*)`).exec(scrollPosition(screen) ?? '')?.[1] ?? '';
        const hides = mayHideContent(screen);
        cases.push({ screen: id, offset: after.scroll!.offset, max: after.scroll!.max, said, hides });
      }
    }
  }
});

const rate = (xs: Case[], ok: (c: Case) => boolean): number => xs.filter(ok).length / xs.length;

describe('scroll position from page source, against the true scroll offsets', () => {
  it('reads the lists of many screens at their top, middle and end', () => {
    expect(cases.length).toBeGreaterThan(200);
    expect(new Set(cases.map((c) => c.screen)).size).toBeGreaterThan(60);
    // Nearly every list gets a reading.
    expect(rate(cases, (c) => c.said !== '')).toBeGreaterThan(0.95);
  });

  it('says "end reached" only where the list cannot scroll further down', () => {
    const end = cases.filter((c) => c.said.includes('end reached'));
    expect(end.length).toBeGreaterThan(100);
    expect(end.filter((c) => c.offset < c.max)).toEqual([]);
  });

  it('says "more below" where there is more, with rare exceptions (rows of one class but unequal heights)', () => {
    const more = cases.filter((c) => c.said.includes('more below'));
    expect(more.length).toBeGreaterThan(20);
    expect(rate(more, (c) => c.offset < c.max)).toBeGreaterThan(0.95);
    // Where there is more, the reading says so (or says it may continue), never "end reached".
    const truthMore = cases.filter((c) => c.offset < c.max && c.said !== '');
    expect(rate(truthMore, (c) => /more below|may continue below/.test(c.said))).toBe(1);
  });

  it('tells the verifier nothing is out of sight only where the list shows all of its content', () => {
    const whole = cases.filter((c) => !c.hides);
    expect(whole.length).toBeGreaterThan(50);
    expect(whole.filter((c) => c.offset < c.max)).toEqual([]);
    expect(rate(whole, (c) => c.offset === 0)).toBeGreaterThan(0.95);
  });

  it('says "more above" only in lists scrolled away from their top, nearly always', () => {
    const above = cases.filter((c) => c.said.includes('more above'));
    expect(above.length).toBeGreaterThan(20);
    expect(rate(above, (c) => c.offset > 0)).toBeGreaterThan(0.9);
  });
});
