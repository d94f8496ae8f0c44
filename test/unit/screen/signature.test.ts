/**
 * Signatures: the same screen observed again with other dynamic content
 * (times, dates, counts, prices, long user text) gives the same element
 * signatures; different static labels give different ones.
 */
import { describe, expect, it } from 'vitest';
import { parsePageSource, staticLabel } from '../../../drivers/screen/index.ts';
import { DUMPS, readDump } from './dumps.ts';

const signatures = (xml: string): string[] => parsePageSource(xml).elements.map((e) => e.signature);

describe('element signatures', () => {
  DUMPS.it('survive a second observation of the notification shade with another time, date and battery level', () => {
    const first = readDump('senior-shield__window_dump.xml');
    const later = first
      .replaceAll('3:17\u202fPM', '11:02\u202fAM')
      .replaceAll('3:17\u202f', '11:02\u202f')
      .replaceAll('Wed, Apr 29', 'Thu, May 1')
      .replaceAll('Battery 100 percent.', 'Battery 64 percent.')
      .replaceAll('text="100%"', 'text="64%"');
    expect(later).not.toBe(first);
    expect(signatures(later)).toEqual(signatures(first));
  });

  DUMPS.it('survive a refreshed timeline: other counts and other posts', () => {
    const first = readDump('tron-ai__page_source__twitter_bd1a824.xml');
    const later = first
      .replace('text="60"', 'text="61"')
      .replace('text="106K"', 'text="1.2M"')
      .replace('text="264"', 'text="1,024"')
      .replace(/Mario Nawfal/g, 'Someone Else Entirely')
      .replace(/🚨🇺🇸THE DOLLAR JUST GOT KNOCKED OUT/g, 'A completely different post about the weather today');
    expect(later).not.toBe(first);
    expect(signatures(later)).toEqual(signatures(first));
  });

  DUMPS.it('tell static labels apart', () => {
    const screen = parsePageSource(readDump('free4g__window_dump.xml'));
    const rows = screen.elements.filter((e) => e.role === 'radio' && e.actionable);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.signature)).size).toBe(4);
  });

  it('normalise the usual dynamic shapes', () => {
    expect(staticLabel('Play Store has 1 notification')).toBe('Play Store has # notification');
    expect(staticLabel('Thu, Aug 21')).toBe('<date>');
    expect(staticLabel('2024-05-01')).toBe('<date>');
    expect(staticLabel('3:17 PM')).toBe('<time>');
    expect(staticLabel('Edited 5 min ago')).toBe('Edited <when>');
    expect(staticLabel('Total $1,299.00')).toBe('Total <price>');
    expect(staticLabel('12 Online Clients')).toBe('# Online Clients');
    expect(staticLabel('106K')).toBe('#');
    expect(staticLabel('1.2M views')).toBe('# views');
    // Digits that are part of a name stay: they are static.
    expect(staticLabel('5G preferencial')).toBe('5G preferencial');
    expect(staticLabel('Wi-Fi')).toBe('Wi-Fi');
    // Long user content is not a label at all.
    expect(staticLabel('This is a long message that somebody typed into the chat box today')).toBe('<content>');
  });
});
