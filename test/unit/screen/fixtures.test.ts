/**
 * The project's own fixtures, one per format: a multi-window uiautomator dump
 * (status bar, settings app, keyboard, navigation bar) and an Appium dump
 * with a dialog window over a notes app and the awkward nodes real devices
 * send (hidden, zero-size, off-screen, duplicates, entities, newlines).
 */
import { describe, expect, it } from 'vitest';
import {
  actionableElements,
  elementByLabel,
  findElement,
  keyboardShown,
  parsePageSource,
  type Screen,
} from '../../../drivers/screen/index.ts';
import { readFixture } from './dumps.ts';

function label(screen: Screen, text: string) {
  const el = elementByLabel(screen, text);
  if (!el) throw new Error(`no element labelled "${text}"`);
  return el;
}

describe('multi-window uiautomator fixture', () => {
  const screen = parsePageSource(readFixture('multiwindow-uiautomator.xml'));

  it('tells the four windows apart and picks the app as foreground', () => {
    expect(screen.format).toBe('uiautomator');
    expect(screen.windows.map((w) => w.kind)).toEqual(['status_bar', 'app', 'keyboard', 'navigation_bar']);
    expect(screen.windows.map((w) => w.id)).toEqual(['w0', 'w1', 'w2', 'w3']);
    expect(screen.foregroundPackage).toBe('com.android.settings');
    expect(keyboardShown(screen)).toBe(true);
    // No size attribute in uiautomator dumps: the union of windows.
    expect([screen.width, screen.height]).toEqual([1080, 2400]);
  });

  it('folds row texts into the clickable row, which stands for its switch', () => {
    const wifi = label(screen, 'Wi-Fi, Connected to HomeNet 5G');
    expect(wifi.role).toBe('switch');
    expect(wifi.flags.checked).toBe(true);
    expect(wifi.actionable).toBe(true);
    expect(label(screen, 'Airplane mode').flags.checked).toBe(false);
    // The folded title is still an element, but not actionable on its own.
    const title = findElement(screen, (e) => e.text === 'Wi-Fi');
    expect(title?.actionable).toBe(false);
    expect(title?.parent).not.toBeNull();
  });

  it('drops what the keyboard covers and clips what it half covers', () => {
    // "Data Saver" (y 1600-1800) is under the keyboard (y 1500-2274).
    expect(elementByLabel(screen, 'Data Saver')).toBeUndefined();
    // The list (y 400-2274) stays, with its tap point above the keyboard.
    const list = findElement(screen, (e) => e.role === 'list');
    expect(list?.tapPoint).toEqual({ x: 540, y: 950 });
    // Keys are elements of the keyboard window.
    const q = label(screen, 'q');
    expect(screen.windows.find((w) => w.id === q.window)?.kind).toBe('keyboard');
  });

  it('labels the focused search field by its hint', () => {
    const field = label(screen, 'Search settings');
    expect(field.role).toBe('input');
    expect(field.flags.focused).toBe(true);
    expect(field.locator).toEqual({ strategy: 'id', value: 'com.android.settings:id/search_src_text' });
  });

  it('gives repeated resource ids a UiSelector with an instance, unique ids an id locator', () => {
    const rows = screen.elements.filter((e) => e.resourceId === 'android:id/title');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[1]?.locator).toEqual({
      strategy: '-android uiautomator',
      value: 'new UiSelector().className("android.widget.TextView").text("Mobile data")',
    });
    const back = label(screen, 'Back');
    expect(back.locator).toEqual({ strategy: 'id', value: 'com.android.systemui:id/back' });
    // Summaries repeat their id; "Off" is the only summary with that text, so text wins.
    expect(label(screen, 'Off').locator.value).toBe(
      'new UiSelector().className("android.widget.TextView").text("Off")',
    );
  });

  it('counts actionable elements per window', () => {
    const byWindow = (id: string) => actionableElements(screen).filter((e) => e.window === id).length;
    expect(byWindow('w0')).toBe(0);
    expect(byWindow('w1')).toBe(7); // navigate up, search field, list, 4 visible rows
    expect(byWindow('w2')).toBe(11);
    expect(byWindow('w3')).toBe(2);
  });
});

describe('Appium fixture with a dialog', () => {
  const screen = parsePageSource(readFixture('dialog-appium.xml'));

  it('reads size and rotation from the root and finds the dialog window', () => {
    expect(screen.format).toBe('appium');
    expect([screen.width, screen.height, screen.rotation]).toEqual([1080, 2400, 0]);
    expect(screen.windows.map((w) => `${w.kind}:${w.package}`)).toEqual([
      'app:com.example.notes',
      'dialog:com.example.notes',
      'status_bar:com.android.systemui',
    ]);
    expect(screen.windows[1]?.bounds).toEqual({ left: 90, top: 900, right: 990, bottom: 1500 });
    expect(screen.foregroundPackage).toBe('com.example.notes');
    expect(label(screen, 'DELETE').window).toBe('w1');
  });

  it('drops hidden, zero-size and off-screen nodes', () => {
    expect(elementByLabel(screen, 'Undo')).toBeUndefined(); // displayed="false"
    expect(elementByLabel(screen, 'zero size')).toBeUndefined();
    expect(elementByLabel(screen, 'Off screen note')).toBeUndefined();
  });

  it('decodes entities and keeps newlines in text', () => {
    expect(label(screen, 'Notes & "Ideas"').role).toBe('text');
    expect(findElement(screen, (e) => e.text === 'Trip to Lisbon\nday 1: museums')).toBeDefined();
  });

  it('locates duplicate rows by resource id and instance, and multi-line text without using the text', () => {
    const rows = screen.elements.filter((e) => e.resourceId === 'com.example.notes:id/note_row');
    expect(rows.map((r) => r.locator.value)).toEqual(
      [0, 1, 2].map(
        (n) =>
          `new UiSelector().className("android.widget.LinearLayout").resourceId("com.example.notes:id/note_row").instance(${n})`,
      ),
    );
    const groceries = screen.elements.filter((e) => e.text === 'Groceries');
    // The second "Groceries" is the third title: the shared id anchors it, the instance picks it.
    expect(groceries[1]?.locator.value).toBe(
      'new UiSelector().className("android.widget.TextView").resourceId("com.example.notes:id/note_title").instance(2)',
    );
    const trip = findElement(screen, (e) => e.text.startsWith('Trip'));
    expect(trip?.locator.value).not.toContain('Lisbon');
  });

  it('gives the same signature to rows whose only difference is dynamic text', () => {
    const rows = screen.elements.filter((e) => e.resourceId === 'com.example.notes:id/note_time');
    expect(new Set(rows.map((r) => r.signature)).size).toBe(1);
    expect(rows[0]?.signature).toBe('android.widget.TextView|com.example.notes:id/note_time|Edited <when>');
  });
});
