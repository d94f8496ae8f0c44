/**
 * The compact listing keeps what a person sees (issue 12, item 3). Each
 * defect found on real dumps has a page built to show it, written in both
 * dump formats: a selected tab whose flag sits on an unlabelled wrapper, a
 * content-desc beside a shorter text, a field showing its hint, long values,
 * decoration, resource references and base64 in labels.
 */
import { describe, expect, it } from 'vitest';
import {
  elementByLabel,
  parsePageSource,
  renderCompact,
  writePageSource,
  type NodeSpec,
  type Screen,
} from '../../../drivers/screen/index.ts';

const PKG = 'com.example.app';
const FORMATS = ['appium', 'uiautomator'] as const;

type Box = [number, number, number, number];
const view = (b: Box, more: Partial<NodeSpec> = {}): NodeSpec => ({ cls: 'android.view.View', pkg: PKG, b, ...more });
const text = (b: Box, words: string, more: Partial<NodeSpec> = {}): NodeSpec => ({
  cls: 'android.widget.TextView',
  pkg: PKG,
  b,
  text: words,
  ...more,
});
const field = (b: Box, more: Partial<NodeSpec>): NodeSpec => ({
  cls: 'android.widget.EditText',
  pkg: PKG,
  b,
  clickable: true,
  ...more,
});

/** An app window holding `children`. */
function page(children: NodeSpec[], format: (typeof FORMATS)[number]): Screen {
  const root: NodeSpec = { cls: 'android.widget.FrameLayout', pkg: PKG, b: [0, 0, 1080, 2400], children };
  return parsePageSource(writePageSource([root], { format }));
}

const listing = (s: Screen): string => renderCompact(s, { budgetChars: 100_000 });

describe.each(FORMATS)('the listing (%s dump)', (format) => {
  it('shows the selected tab when `selected` sits on an unlabelled wrapper (a Compose tab row)', () => {
    // X's "Latest" tab: the wrapper is selected, the clickable inside it and its caption are not.
    const tab = (left: number, words: string, selected: boolean): NodeSpec =>
      view([left, 300, left + 540, 420], {
        selected,
        children: [
          view([left, 300, left + 540, 420], {
            clickable: true,
            children: [text([left + 100, 330, left + 440, 390], words)],
          }),
        ],
      });
    const s = page(
      [view([0, 300, 1080, 420], { children: [tab(0, 'For you', false), tab(540, 'Latest', true)] })],
      format,
    );
    const out = listing(s);
    expect(out).toMatch(/^\[e\d+\] button "Latest" \(selected\)$/m);
    expect(out).toMatch(/^\[e\d+\] button "For you"$/m);
    expect(elementByLabel(s, 'Latest')?.flags.selected).toBe(true);
  });

  it('shows the selected bottom-bar item when `selected` sits on its unlabelled indicator (ProtonVPN "Home")', () => {
    const item = (left: number, words: string, selected: boolean): NodeSpec =>
      view([left, 2200, left + 360, 2400], {
        clickable: true,
        children: [
          view([left + 120, 2210, left + 240, 2290], {
            selected,
            children: [{ cls: 'android.widget.ImageView', pkg: PKG, b: [left + 150, 2220, left + 210, 2280] }],
          }),
          text([left + 60, 2300, left + 300, 2380], words),
        ],
      });
    const bar = view([0, 2200, 1080, 2400], {
      children: [item(0, 'Home', true), item(360, 'Countries', false), item(720, 'Settings', false)],
    });
    const out = listing(page([bar], format));
    expect(out).toMatch(/^\[e\d+\] button "Home" \(selected\)$/m);
    expect(out).toMatch(/^\[e\d+\] button "Countries"$/m);
    expect(out).toMatch(/^\[e\d+\] button "Settings"$/m);
  });

  it('carries `selected` down to the caption when nothing around it is tappable', () => {
    const s = page(
      [view([0, 300, 540, 420], { selected: true, children: [text([100, 330, 440, 390], 'Latest')] })],
      format,
    );
    expect(listing(s)).toMatch(/^\[e\d+\] text "Latest" \(selected\)$/m);
  });

  it('carries check state from an unlabelled checkable wrapper to the labelled control it holds', () => {
    const s = page(
      [
        view([0, 300, 1080, 420], {
          checkable: true,
          checked: true,
          children: [
            view([0, 300, 1080, 420], { clickable: true, children: [text([40, 330, 800, 390], 'Dark theme')] }),
          ],
        }),
      ],
      format,
    );
    expect(listing(s)).toMatch(/^\[e\d+\] button "Dark theme" \(checked\)$/m);
  });

  it('does not claim a selection that every peer shares, nor one inherited from a selected ancestor', () => {
    // A quick-settings page: the page is selected and so is every tile's inner wrapper (marquee text), never the tiles.
    const tile = (top: number, words: string): NodeSpec =>
      view([0, top, 1080, top + 200], {
        clickable: true,
        children: [
          view([40, top + 20, 1000, top + 180], {
            selected: true,
            children: [text([40, top + 40, 900, top + 160], words)],
          }),
        ],
      });
    const s = page(
      [
        // Each tile of the selected page in a wrapper of its own: no peers to compare, the selected page decides.
        view([0, 300, 1080, 900], {
          selected: true,
          children: [300, 500].map((top, k) =>
            view([0, top, 1080, top + 200], { children: [tile(top, k === 0 ? 'Internet' : 'Bluetooth')] }),
          ),
        }),
        tile(1000, 'Flashlight'),
        tile(1200, 'Alarm'),
      ],
      format,
    );
    const out = listing(s);
    for (const words of ['Internet', 'Bluetooth', 'Flashlight', 'Alarm'])
      expect(out).toMatch(new RegExp(`^\\[e\\d+\\] button "${words}"$`, 'm'));
  });

  it('keeps a content-desc beside the text when it says more (Instagram\'s "Follow" buttons)', () => {
    const follow = (top: number, who: string): NodeSpec => ({
      cls: 'android.widget.Button',
      pkg: PKG,
      b: [700, top, 1040, top + 100],
      clickable: true,
      text: 'Follow',
      desc: `Follow ${who}`,
    });
    const same: NodeSpec = {
      cls: 'android.widget.Button',
      pkg: PKG,
      b: [40, 800, 400, 900],
      clickable: true,
      text: 'Home',
      desc: 'Home.',
    };
    const s = page([follow(300, 'New Manhattan'), follow(420, 'Riverside Daily'), same], format);
    const out = listing(s);
    expect(out).toMatch(/^\[e\d+\] button "Follow" desc="Follow New Manhattan"$/m);
    expect(out).toMatch(/^\[e\d+\] button "Follow" desc="Follow Riverside Daily"$/m);
    // A description that only repeats the text adds nothing.
    expect(out).toMatch(/^\[e\d+\] button "Home"$/m);
    // The label stays the text: what people and the policies match on.
    expect(elementByLabel(s, 'Follow')?.label).toBe('Follow');
  });

  it('marks a field showing its hint as empty, and a typed field with its value and hint', () => {
    const s = page(
      [
        field([40, 300, 1040, 420], {
          id: `${PKG}:id/coupon`,
          text: 'Type coupon code here',
          hint: 'Type coupon code here',
          showingHint: true,
        }),
        // A dump that reports the hint only as the shown text.
        field([40, 450, 1040, 570], { id: `${PKG}:id/gift`, text: 'Gift card number', showingHint: true }),
        field([40, 600, 1040, 720], { id: `${PKG}:id/name`, text: 'Ada', hint: 'Your name', focused: true }),
        // A dump without the showing-hint flag: the text equals the hint.
        field([40, 900, 1040, 1020], { id: `${PKG}:id/city`, text: 'Search cities', hint: 'Search cities' }),
        // Compose draws an empty field's placeholder as a child text.
        field([40, 750, 1040, 870], { children: [text([60, 780, 600, 840], 'Type a message...')] }),
      ],
      format,
    );
    const out = listing(s);
    expect(out).toMatch(/^\[e\d+\] input hint="Type coupon code here"$/m);
    expect(out).toMatch(/^\[e\d+\] input hint="Gift card number"$/m);
    expect(out).toMatch(/^\[e\d+\] input "Ada" hint="Your name" \(focused\)$/m);
    expect(out).toMatch(/^\[e\d+\] input hint="Type a message..."$/m);
    expect(out).toMatch(/^\[e\d+\] input hint="Search cities"$/m);
    const coupon = s.elements.find((e) => e.resourceId.endsWith('/coupon'));
    expect(coupon?.text).toBe('');
    expect(coupon?.hint).toBe('Type coupon code here');
    expect(s.elements.find((e) => e.resourceId.endsWith('/gift'))?.hint).toBe('Gift card number');
  });

  it('keeps values whole up to the limit and cuts longer ones at a word', () => {
    const fee =
      'Registration fee: $65 for the marathon, $45 for the half marathon and $25 for the 10K. ' +
      'Prices rise by $10 after August 31. Packet pickup is at the Riverside Expo Center on Friday and Saturday; posted 6 hours ago';
    const essay = Array.from({ length: 80 }, (_, k) => `word${k}`).join(' ');
    const s = page([text([40, 300, 1040, 600], fee), text([40, 700, 1040, 1500], essay)], format);
    const out = listing(s);
    expect(out).toContain(`text ${JSON.stringify(fee)}`);
    const cut = /^\[e\d+\] text "(word0 [^"]*)"$/m.exec(out)?.[1] ?? '';
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(400);
    expect(cut.length).toBeGreaterThan(320);
    expect(essay.startsWith(cut.slice(0, -1))).toBe(true);
    expect(essay[cut.length - 1]).toBe(' '); // cut between words
  });

  it('drops decoration, resource references and base64 from labels', () => {
    const png = `data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8'.repeat(2)}`;
    const s = page(
      [
        text([40, 300, 1040, 400], '\uE5CA  Done\u200B\n', { clickable: true }),
        text([40, 420, 1040, 520], '@2131834085', { desc: 'Close', clickable: true }),
        { cls: 'android.widget.ImageView', pkg: PKG, b: [40, 540, 400, 700], desc: png },
        text(
          [40, 720, 1040, 820],
          `Avatar ${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk='}`,
        ),
        text([40, 840, 1040, 940], '@string/app_name'),
      ],
      format,
    );
    const out = listing(s);
    expect(out).toMatch(/^\[e\d+\] button "Done"$/m);
    expect(out).toMatch(/^\[e\d+\] button "Close"$/m);
    expect(out).toMatch(/^\[e\d+\] text "Avatar"$/m);
    expect(out).not.toMatch(/@2131834085|@string|base64|iVBOR|QUJD/);
  });
});
