import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { stateKey } from '../../../fsm/index.ts';
import { testData } from '../../support/sharedData.ts';

const DUMPS = testData('ui-dumps');

function dumps(): string[] {
  return readdirSync(DUMPS.path)
    .filter((f) => f.endsWith('.xml'))
    .sort();
}

const keyOf = (file: string) => stateKey(parsePageSource(readFileSync(path.join(DUMPS.path, file))));

describe.skipIf(DUMPS.missing)(DUMPS.title('stateKey on real page source (drivers/screen)'), () => {
  it('is deterministic and tells the 10 real screens apart', () => {
    const files = dumps();
    expect(files).toHaveLength(10);
    const keys = files.map((f) => keyOf(f).key);
    expect(files.map((f) => keyOf(f).key)).toEqual(keys);
    expect(new Set(keys).size).toBe(10);
  });

  it('looks through a page-layout scroller (Twitter) and ignores the timeline content', () => {
    const k = keyOf('tron-ai__page_source__twitter_bd1a824.xml');
    expect(k.features).toContain('el:button|toolbar_settings_home|');
    expect([...k.signatures.values()]).toContain('button|toolbar_settings_home|Timeline settings');
    expect(k.features).toContain('el:button|composer_write|');
    expect(k.features.some((f) => f.includes('Mario') || f.includes('@'))).toBe(false);
    expect(k.features).toEqual(
      expect.arrayContaining(['tab:For you (selected)', 'tab:Following', 'tab:Home (selected)', 'tab:Notifications']),
    );
  });

  it('finds titles in real toolbars and keeps dialogs as overlays', () => {
    expect(keyOf('ui_finder__dump.xml').title).toBe('Where is my Train');
    expect(keyOf('free4g__window_dump.xml').title).toBe('Tipo de rede preferencial');
    const chooser = keyOf('Ask-Amo__window_dump.xml');
    expect(chooser.hasOverlay).toBe(true);
    expect(chooser.dialogTitle).toBe('Open with');
  });
});
