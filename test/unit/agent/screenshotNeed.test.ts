/**
 * `--screenshots auto`: a screenshot goes to the model only when the listing
 * is not enough. Synthetic pages built to show each case, real dumps, and
 * the virtual phone's screens (readable from the listing: few need one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotNeed } from '../../../agent/perceive/index.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import type { Screen } from '../../../drivers/screen/types.ts';
import { APPS, Phone, crawlScreens, pageSource } from '../../../drivers/virtual-android/src/index.ts';
import { buttonView, pageSourceXml, textView, view, type XmlNode } from '../../support/pageSourceXml.ts';
import { testData } from '../../support/sharedData.ts';

const DUMPS = testData('ui-dumps');

const page = (children: XmlNode[]): Screen =>
  parsePageSource(
    pageSourceXml(
      [{ pkg: 'com.example.app', root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], { children }) }],
      'uiautomator',
    ),
  );

const rows = (labels: string[], top = 200): XmlNode[] =>
  labels.map((l, i) => buttonView(l, [0, top + i * 160, 1080, top + 140 + i * 160]));

describe('screenshotNeed', () => {
  it('is satisfied by a listing of labelled controls', () => {
    expect(screenshotNeed(page(rows(['Network', 'Display', 'Sound', 'Storage', 'Battery'])))).toBeUndefined();
  });

  it('asks for a screenshot when few elements carry a label (a splash, a blank page)', () => {
    expect(screenshotNeed(page([textView('Loading', [0, 1000, 1080, 1100])]))).toBe('only 1 labelled elements');
  });

  it('asks for one when a drawn view (a game, a map canvas, video) covers much of the screen', () => {
    const game = page([
      ...rows(['Pause', 'Score 120', 'Lives 3', 'Menu']),
      view('android.view.SurfaceView', [0, 900, 1080, 2400]),
    ]);
    expect(screenshotNeed(game)).toMatch(/drawn view \(SurfaceView\)/);
    // A small drawn view (a thumbnail) does not matter.
    const thumb = page([
      ...rows(['Pause', 'Score 120', 'Lives 3', 'Menu']),
      view('android.view.TextureView', [0, 2200, 200, 2400]),
    ]);
    expect(screenshotNeed(thumb)).toBeUndefined();
  });

  it('asks for one when a large web view exposes little text, not when its content is in the hierarchy', () => {
    const bare = page([
      ...rows(['Back', 'Address bar', 'Tabs', 'Menu'], 0),
      view('android.webkit.WebView', [0, 700, 1080, 2400]),
    ]);
    expect(screenshotNeed(bare)).toBe('a web view exposes little text');
    const readable = page([
      ...rows(['Back', 'Address bar', 'Tabs', 'Menu'], 0),
      view('android.webkit.WebView', [0, 700, 1080, 2400], {
        children: ['Jazz festival', 'June 21', 'Tickets', 'Line-up', 'Venue'].map((t, i) =>
          textView(t, [40, 800 + i * 120, 1040, 900 + i * 120]),
        ),
      }),
    ]);
    expect(screenshotNeed(readable)).toBeUndefined();
  });

  it('asks for one when as many controls are unlabelled as labelled (icon buttons the listing cannot name)', () => {
    const icons = [0, 1, 2, 3].map((i) =>
      view('android.widget.ImageButton', [i * 270, 2200, i * 270 + 270, 2400], { clickable: true }),
    );
    expect(screenshotNeed(page([...rows(['Inbox', 'Compose', 'Search']), ...icons]))).toBe(
      '4 of 7 controls have no label',
    );
  });

  DUMPS.it('reads real dumps: a lock-screen scrim with nothing labelled needs one, Twitter does not', () => {
    const dump = (f: string): Screen => parsePageSource(readFileSync(path.join(DUMPS.path, f), 'utf8'));
    expect(screenshotNeed(dump('senior-shield__window_dump.xml'))).toMatch(/labelled elements/);
    expect(screenshotNeed(dump('tron-ai__page_source__twitter_bd1a824.xml'))).toBeUndefined();
  });

  it('leaves nearly every virtual phone screen to the listing', () => {
    const phone = new Phone(APPS, { seed: 5 });
    const screens = [...crawlScreens(phone).values()];
    const needing = screens.filter((s) => {
      phone.restore(s.state);
      return screenshotNeed(parsePageSource(pageSource(phone.render()))) !== undefined;
    });
    expect(screens.length).toBeGreaterThan(100);
    expect(needing.length / screens.length).toBeLessThan(0.05);
  });
});
