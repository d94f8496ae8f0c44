/**
 * Messy input: what real devices and tools produce. Recoverable problems give
 * the right Screen (and a warning); the rest give a PageSourceError with a
 * reason and the byte offset where it went wrong, never a parser stack.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  elementByLabel,
  PageSourceError,
  parsePageSource,
  syntheticPageSource,
  type PageSourceErrorReason,
  type PageSourceWarning,
} from '../../../drivers/screen/index.ts';
import { DUMPS, readDump, readFixture } from './dumps.ts';

function parseError(input: string | Uint8Array): PageSourceError {
  try {
    parsePageSource(input);
  } catch (error) {
    if (error instanceof PageSourceError) return error;
    throw new Error(`expected a PageSourceError, got ${String(error)}`);
  }
  throw new Error('expected a PageSourceError, but the input parsed');
}

function expectError(input: string | Uint8Array, reason: PageSourceErrorReason, byteOffset?: number): PageSourceError {
  const error = parseError(input);
  expect(error.name).toBe('PageSourceError');
  expect(error.reason).toBe(reason);
  if (byteOffset !== undefined) expect(error.byteOffset).toBe(byteOffset);
  expect(error.message).toMatch(/at byte \d+/);
  return error;
}

const TWITTER = 'tron-ai__page_source__twitter_bd1a824.xml';

describe('recoverable problems', () => {
  DUMPS.it('ignores trailing junk after </hierarchy> (uiautomator dump to /dev/tty) and says so', () => {
    const xml = readDump('free4g__window_dump.xml');
    const clean = parsePageSource(xml);
    const warnings: PageSourceWarning[] = [];
    const junky = parsePageSource(`${xml}UI hierchary dumped to: /dev/tty\n\u0000\u0000`, {
      onWarning: (w) => warnings.push(w),
    });
    expect(junky).toEqual(clean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('trailing_junk');
    expect(warnings[0]?.byteOffset).toBe(Buffer.byteLength(xml));
  });

  it('ignores a second document glued after the first', () => {
    const xml = readFixture('dialog-appium.xml');
    const twice = parsePageSource(xml + xml);
    expect(twice).toEqual(parsePageSource(xml));
  });

  DUMPS.it('decodes GBK bytes declared as UTF-8', () => {
    const xml = readDump('Nora__chat_dump.xml');
    expect(xml).toContain("encoding='UTF-8'");
    const gbk = iconv.encode(xml, 'gbk');
    // Really not UTF-8: the Chinese text makes invalid sequences.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const warnings: PageSourceWarning[] = [];
    const screen = parsePageSource(gbk, { onWarning: (w) => warnings.push(w) });
    expect(elementByLabel(screen, '你能做什么')).toBeDefined();
    expect(screen).toEqual(parsePageSource(xml));
    expect(warnings.map((w) => w.code)).toEqual(['encoding_fallback']);
    // The first Chinese character is where UTF-8 decoding broke.
    expect(warnings[0]?.byteOffset).toBe(gbk.indexOf(iconv.encode('你', 'gbk')));
  });

  DUMPS.it('honours a declared non-UTF-8 encoding and byte-order marks', () => {
    const xml = readDump('Nora__chat_dump.xml').replace("encoding='UTF-8'", "encoding='GB2312'");
    expect(elementByLabel(parsePageSource(iconv.encode(xml, 'gb2312')), '你能做什么')).toBeDefined();
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readDump('Nora__chat_dump.xml'))]);
    expect(elementByLabel(parsePageSource(bom), '你能做什么')).toBeDefined();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFixture('dialog-appium.xml'), 'utf16le')]);
    expect(elementByLabel(parsePageSource(utf16), 'DELETE')).toBeDefined();
  });

  DUMPS.it('parses bytes and strings alike', () => {
    const xml = readDump(TWITTER);
    expect(parsePageSource(Buffer.from(xml))).toEqual(parsePageSource(xml));
    expect(parsePageSource(new Uint8Array(Buffer.from(xml)))).toEqual(parsePageSource(xml));
  });

  it('accepts a dump without the <hierarchy> wrapper', () => {
    const screen = parsePageSource(
      '<node class="android.widget.Button" package="p" text="OK" clickable="true" enabled="true" bounds="[0,0][100,50]" />',
    );
    expect(screen.elements).toHaveLength(1);
    expect(screen.elements[0]?.label).toBe('OK');
    expect(screen.foregroundPackage).toBe('p');
  });

  it('parses a generated 5 MB dump', () => {
    const xml = syntheticPageSource({ nodes: 9000, format: 'appium' });
    expect(xml.length).toBeGreaterThan(5_000_000);
    const screen = parsePageSource(xml);
    // 1 status bar window + 1 app window; every node is on screen by construction.
    expect(screen.windows.map((w) => w.kind)).toEqual(['app', 'status_bar']);
    expect(screen.elements.length).toBe((xml.match(/ bounds="/g) ?? []).length);
    const rows = screen.elements.filter((e) => e.resourceId.endsWith(':id/row'));
    expect(rows.length).toBe(1284);
    expect(rows.every((r) => r.role === 'switch')).toBe(true);
    // How fast is `npm run bench`'s question (perception: 5,000 nodes), not a wall-clock bound here.
  });
});

describe('unrecoverable problems', () => {
  it('empty input', () => {
    expectError('', 'empty', 0);
    expectError('  \n\t ', 'empty', 5);
    expectError(new Uint8Array(0), 'empty', 0);
  });

  it('not XML at all', () => {
    expectError('hello world', 'not_xml', 0);
    expectError('{"value": "<hierarchy/>"}', 'not_xml', 0);
    expectError('\n  error: device offline', 'not_xml', 3);
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const error = parseError(binary);
    expect(['encoding', 'not_xml']).toContain(error.reason);
  });

  it('XML that is not a UI hierarchy', () => {
    expectError('<html><body>502 Bad Gateway</body></html>', 'not_page_source', 0);
  });

  DUMPS.it('truncated dumps, wherever the cut falls', () => {
    const xml = readDump(TWITTER);
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      const cut = xml.slice(0, Math.floor(xml.length * fraction));
      const error = expectError(cut, 'truncated');
      expect(error.byteOffset).toBeLessThanOrEqual(Buffer.byteLength(cut));
      expect(error.byteOffset).toBeGreaterThan(0);
    }
    // Cut inside an attribute value: the error points at the start of that tag.
    const inValue = xml.indexOf('text="Following"') + 8;
    const error = expectError(xml.slice(0, inValue), 'truncated');
    const tagStart = xml.lastIndexOf('<', inValue);
    expect(error.byteOffset).toBe(Buffer.byteLength(xml.slice(0, tagStart)));
    // Root never closed.
    expectError(xml.replace('</hierarchy>', ''), 'truncated', Buffer.byteLength(xml.replace('</hierarchy>', '')));
  });

  it('broken markup reports the byte offset in UTF-8 even after multi-byte text', () => {
    const xml = '<hierarchy rotation="0"><node text="你好" class="a.B" bounds="[0,0][10,10]"></nodes></hierarchy>';
    const at = xml.indexOf('</nodes>');
    const error = expectError(xml, 'malformed', Buffer.byteLength(xml.slice(0, at)));
    expect(error.byteOffset).toBe(at + 4); // two 3-byte characters before it
    expect(error.message).toContain('</nodes>');
    expectError('<hierarchy><node text=unquoted /></hierarchy>', 'malformed', 22);
    expectError('<hierarchy><node checked /></hierarchy>', 'malformed', 17);
    expectError('<hierarchy></node></hierarchy>', 'malformed', 11);
  });
});
