/**
 * Every screen the virtual phone can reach by taps parses with drivers/screen
 * into a Screen with actionable elements, and uses only attribute names real
 * Appium UiAutomator2 dumps have.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import {
  APPS,
  Phone,
  crawlScreens,
  pageSource,
  type CrawledScreen,
} from '../../../drivers/virtual-android/src/index.ts';
import { testData } from '../../support/sharedData.ts';

const REAL_DUMP = testData('ui-dumps/tron-ai__page_source__twitter_bd1a824.xml');

function attributeNames(xml: string): Set<string> {
  return new Set([...xml.matchAll(/ ([a-z][a-z-]*)="/g)].map((m) => m[1]!));
}

let phone: Phone;
let screens: Map<string, CrawledScreen>;

beforeAll(() => {
  phone = new Phone(APPS, { seed: 5 });
  screens = crawlScreens(phone);
});

describe('virtual screens', () => {
  it('reaches every screen of Settings and Clock by taps from the launcher', () => {
    const ids = new Set([...screens.keys()].map((k) => k.split('+')[0]!));
    for (const app of APPS) {
      for (const name of Object.keys(app.screens))
        expect(ids, `${app.id}/${name} unreachable`).toContain(`${app.id}/${name}`);
    }
    expect(screens.size).toBeGreaterThanOrEqual(40);
  });

  it('parses every reached screen into actionable elements', () => {
    for (const [id, s] of screens) {
      phone.restore(s.state);
      const xml = pageSource(phone.render());
      const screen = parsePageSource(xml);
      expect(screen.width, id).toBe(1080);
      expect(screen.elements.filter((e) => e.actionable).length, `${id} has no actionable element`).toBeGreaterThan(0);
      // The share sheet is a system window of package "android", on top of the app as on a real phone.
      const expected = id.endsWith('+system/share') ? 'android' : phone.render().screenId.package;
      expect(screen.foregroundPackage, id).toBe(expected);
    }
  });

  it.skipIf(REAL_DUMP.missing)(REAL_DUMP.title('uses only attribute names that real Appium dumps use'), () => {
    const real = attributeNames(fs.readFileSync(REAL_DUMP.path, 'utf8'));
    real.add('hint'); // UiAutomator2 reports hints on text fields; the sample screen has none.
    const ours = new Set<string>();
    for (const s of screens.values()) {
      phone.restore(s.state);
      for (const a of attributeNames(pageSource(phone.render()))) ours.add(a);
    }
    for (const a of ours) expect(real, `attribute ${a}`).toContain(a);
    for (const a of [
      'index',
      'package',
      'class',
      'text',
      'resource-id',
      'content-desc',
      'checkable',
      'checked',
      'clickable',
      'enabled',
      'focusable',
      'focused',
      'long-clickable',
      'password',
      'scrollable',
      'selected',
      'bounds',
      'displayed',
      'drawing-order',
    ])
      expect(ours).toContain(a);
  });

  it('is deterministic for a seed', () => {
    const a = new Phone(APPS, { seed: 9 });
    const b = new Phone(APPS, { seed: 9 });
    a.launch('com.android.deskclock');
    b.launch('com.android.deskclock');
    expect(pageSource(a.render())).toBe(pageSource(b.render()));
    expect(a.groundTruth()).toEqual(b.groundTruth());
  });
});
