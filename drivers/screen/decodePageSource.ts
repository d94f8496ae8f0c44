/**
 * Bytes -> text for page source. Devices write UTF-8, but dumps pulled from
 * Chinese ROMs or re-saved by tools sometimes carry GBK bytes under a UTF-8
 * declaration. We trust UTF-8 when it decodes cleanly and fall back to
 * GB18030 (a superset of GBK and GB2312) when it does not.
 */
import iconv from 'iconv-lite';
import { PageSourceError, type PageSourceWarning } from './PageSourceError.ts';

export interface DecodedPageSource {
  text: string;
  /** Encoding actually used, lower case (utf-8, gb18030, utf-16le, ...). */
  encoding: string;
  /** Maps a character index in `text` back to a byte offset in the input. */
  toByteOffset: (charIndex: number) => number;
  warnings: PageSourceWarning[];
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });

/** Reads `encoding="..."` from an XML declaration at the start of the bytes (ASCII-compatible encodings only). */
function declaredEncoding(bytes: Uint8Array, start: number): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(200, bytes.length - start)).toString(
    'latin1',
  );
  if (!head.startsWith('<?xml')) return null;
  const end = head.indexOf('?>');
  const decl = end === -1 ? head : head.slice(0, end);
  const match = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function isUtf8Name(name: string): boolean {
  return name === 'utf-8' || name === 'utf8';
}

/** Byte offset where the first invalid UTF-8 sequence starts (only called once decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    const need =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

function utf8Offsets(text: string): (charIndex: number) => number {
  return (i) => Buffer.byteLength(text.slice(0, i), 'utf8');
}

export function decodePageSource(input: Uint8Array): DecodedPageSource {
  const warnings: PageSourceWarning[] = [];
  // Byte-order marks say more than any declaration.
  if (input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    return decodeUtf8(input.subarray(3), 3, warnings);
  }
  if (input.length >= 2 && input[0] === 0xff && input[1] === 0xfe)
    return decodeWith(input.subarray(2), 'utf-16le', 2, warnings);
  if (input.length >= 2 && input[0] === 0xfe && input[1] === 0xff)
    return decodeWith(input.subarray(2), 'utf-16be', 2, warnings);

  const declared = declaredEncoding(input, 0);
  if (declared && !isUtf8Name(declared) && declared !== 'us-ascii' && declared !== 'ascii') {
    if (!iconv.encodingExists(declared)) {
      throw new PageSourceError('encoding', 0, `Page source declares encoding "${declared}", which is not supported`);
    }
    return decodeWith(input, declared, 0, warnings);
  }
  return decodeUtf8(input, 0, warnings);
}

function decodeUtf8(bytes: Uint8Array, base: number, warnings: PageSourceWarning[]): DecodedPageSource {
  try {
    const text = UTF8_FATAL.decode(bytes);
    const offsets = utf8Offsets(text);
    return { text, encoding: 'utf-8', toByteOffset: (i) => base + offsets(i), warnings };
  } catch {
    const bad = base + firstInvalidUtf8(bytes);
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030');
    // GB18030 decodes almost anything; many replacement characters mean it was not GB text either.
    let replaced = 0;
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
    if (replaced > 0 && replaced * 50 > text.length) {
      throw new PageSourceError(
        'encoding',
        bad,
        'Page source is neither valid UTF-8 nor GBK/GB18030 text (binary data?)',
      );
    }
    warnings.push({
      code: 'encoding_fallback',
      message: `Invalid UTF-8 at byte ${bad}; decoded as GB18030 (GBK) instead`,
      byteOffset: bad,
    });
    return {
      text,
      encoding: 'gb18030',
      toByteOffset: (i) => base + iconv.encode(text.slice(0, i), 'gb18030').length,
      warnings,
    };
  }
}

function decodeWith(
  bytes: Uint8Array,
  encoding: string,
  base: number,
  warnings: PageSourceWarning[],
): DecodedPageSource {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  return {
    text,
    encoding,
    toByteOffset: (i) => base + iconv.encode(text.slice(0, i), encoding).length,
    warnings,
  };
}
