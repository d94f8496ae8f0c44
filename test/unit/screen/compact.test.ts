/**
 * The compact text models read: small (the bar is 15% of the raw XML
 * on average over the real dumps), grouped by window, and honest about what
 * a budget cut.
 */
import { describe, expect, it } from 'vitest';
import { parsePageSource, renderCompact } from '../../../drivers/screen/index.ts';
import { DUMPS, readDump, readFixture, realDumpNames } from './dumps.ts';

describe('renderCompact', () => {
  DUMPS.it('is at most 15% of the raw XML characters on average over the real dumps', () => {
    const ratios = realDumpNames().map((name) => {
      const xml = readDump(name);
      return renderCompact(parsePageSource(xml)).length / xml.length;
    });
    expect(ratios).toHaveLength(10);
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeLessThanOrEqual(0.15);
    // And each one is far from empty: it must still say what is on screen.
    for (const r of ratios) expect(r).toBeGreaterThan(0.005);
  });

  it('renders one line per control with role, label and state, grouped by window', () => {
    const text = renderCompact(parsePageSource(readFixture('multiwindow-uiautomator.xml')));
    const lines = text.split('\n');
    expect(lines[0]).toBe('screen 1080x2400 rotation=0 foreground=com.android.settings');
    expect(lines).toContain('[w1] app com.android.settings');
    expect(text).toMatch(/^\[e\d+\] switch "Wi-Fi, Connected to HomeNet 5G" \(checked\)$/m);
    expect(text).toMatch(/^\[e\d+\] switch "Airplane mode" \(unchecked\)$/m);
    // The search field is empty: its hint is marked as a hint, not shown as typed text.
    expect(text).toMatch(/^\[e\d+\] input hint="Search settings" \(focused\)$/m);
    expect(text).toMatch(/^\[e\d+\] button "Navigate up"$/m);
    // Keys are summarised, and the folded row titles are not repeated on lines of their own.
    expect(text).toContain('(keyboard: 11 keys)');
    expect(text).not.toMatch(/text "Wi-Fi"$/m);
    // Windows come in order, each element under its own window's header.
    const order = ['[w0] status_bar', '[w1] app', '[w2] keyboard', '[w3] navigation_bar'].map((h) => text.indexOf(h));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.indexOf('"Back"')).toBeGreaterThan(order[3] as number);
  });

  DUMPS.it('marks disabled controls and shows the id of controls labelled only by a number', () => {
    const text = renderCompact(parsePageSource(readDump('tron-ai__page_source__twitter_bd1a824.xml')));
    expect(text).toMatch(/^\[e\d+\] button "60" #inline_reply$/m);
    const google = renderCompact(parsePageSource(readDump('Intelligent-Search__settings_google.xml')));
    expect(google).toMatch(/^\[e\d+\] button "Reset" \(disabled\)$/m);
  });

  DUMPS.it('drops the least important lines first under a budget and says how many', () => {
    const screen = parsePageSource(readDump('tron-ai__page_source__twitter_bd1a824.xml'));
    const full = renderCompact(screen, { budgetChars: 1_000_000 });
    const tight = renderCompact(screen, { budgetChars: 900 });
    expect(tight.length).toBeLessThanOrEqual(900);
    const note = /\((\d+) lower-priority lines dropped to fit 900 chars\)$/.exec(tight);
    expect(note).not.toBeNull();
    expect(full.split('\n').length - (tight.split('\n').length - 1)).toBe(Number(note?.[1]));
    // Headers and labelled controls survive; unlabelled ones and plain text go first.
    expect(tight).toContain('[w0] app com.twitter.android');
    expect(tight).toContain('"New post"');
    expect(tight).not.toMatch(/^\[e\d+\] button$/m);
    // Kept lines stay in screen order.
    const kept = tight.split('\n').slice(0, -1);
    const fullLines = full.split('\n');
    const positions = kept.map((l) => fullLines.indexOf(l));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)))).toBe(true);
  });

  it('shows dialogs before their buttons disappear under a budget', () => {
    const screen = parsePageSource(readFixture('dialog-appium.xml'));
    const tight = renderCompact(screen, { budgetChars: 330 });
    expect(tight).toContain('"DELETE"');
    expect(tight).toContain('"CANCEL"');
    expect(tight).toContain('lower-priority lines dropped');
  });
});
